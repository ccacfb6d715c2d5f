package nl.routetoets.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.RuleSetReloads;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import nl.routetoets.ruleset.NormCatalogue;
import nl.routetoets.ruleset.RuleInfo;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Checking documents, and what the checker checks with: the norm catalogue and the rule set. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class CheckController {
  static final String JSON_LINES = "application/x-ndjson";

  /** A norm with what automates it (formats of {@code routetoets norms}); regimes are the catalogue's. */
  record NormView(
      String id, String title, String source, String appliesTo, List<String> regimes, String note, boolean automatable,
      String notAutomatable, List<RuleView> rules) {}

  record RuleView(String name, String file, String severity, List<String> regimes, String citation, String interpretation, int fixtures) {}

  record RuleSetView(
      String version, String sha256, java.time.Instant loadedAt, int rules, int fixtures, List<String> regimes,
      Map<String, Object> parameters) {}

  private final Checks checks;
  private final LiveRuleSet live;
  private final Bodies bodies;
  private final RuleSetReloads reloads;

  CheckController(Checks checks, LiveRuleSet live, Bodies bodies, RuleSetReloads reloads) {
    this.reloads = reloads;
    this.checks = checks;
    this.live = live;
    this.bodies = bodies;
  }

  @Operation(summary = "Check documents",
      description = "Body: one application, trajectory, route under the law or bundle (application/json, document.schema.json, "
          + "formats 1.1), or JSON Lines "
          + "(application/x-ndjson). Answers one result per document (result.schema.json). A single document that cannot be "
          + "checked (unreadable, or no peildatum) is answered 422 with its errors; in a bundle or stream such a document gets an "
          + "INVALID result and the others are still checked. A document the rules cannot finish (a rule throws, keeps firing or "
          + "passes routetoets.check.time-limit) gets an ERROR result naming the rule, in the 200 answer like any other.")
  @PostMapping(path = "/checks", consumes = {MediaType.APPLICATION_JSON_VALUE, JSON_LINES})
  ResponseEntity<?> check(
      HttpServletRequest request, Authentication auth,
      @Parameter(description = "The peildatum; overrides the documents' own asOf. Without either a document is refused.")
      @RequestParam(required = false) LocalDate asOf,
      @RequestHeader(name = "Content-Type") String contentType) throws IOException {
    boolean jsonLines = contentType.startsWith(JSON_LINES);
    List<SourcedDocument> docs = Checks.read(bodies.read(request), jsonLines);
    List<Result> results = checks.check(Caller.of(auth), docs, asOf);
    if (!jsonLines && results.size() == 1 && results.get(0).verdict() == Verdict.INVALID) {
      ProblemDetail p = ProblemDetailsAdvice.invalid("the document cannot be checked", results.get(0).errors());
      p.setProperty("results", results);
      return ProblemDetailsAdvice.respond(p);
    }
    return ResponseEntity.ok(results);
  }

  @Operation(summary = "The norm catalogue: per norm its source, regimes, rules, fixtures, and why it is not automated where not")
  @GetMapping("/norms")
  List<NormView> norms() {
    LiveRuleSet.Loaded loaded = live.loaded();
    RuleSet ruleSet = loaded.ruleSet();
    Map<String, List<String>> fixturesByRule = loaded.fixturesByRule();
    return ruleSet.norms().all().stream().map(n -> norm(n, ruleSet, fixturesByRule)).toList();
  }

  private static NormView norm(NormCatalogue.Norm n, RuleSet ruleSet, Map<String, List<String>> fixturesByRule) {
    List<RuleInfo> rules = ruleSet.rules().values().stream().filter(r -> r.norm().equals(n.id())).toList();
    return new NormView(n.id(), n.title(), n.source(), n.appliesTo(), n.regimes(), n.note(), n.automatable(), n.notAutomatable(),
        rules.stream().map(r -> new RuleView(r.name(), r.file(), r.severity().name(), r.regimes(), r.article().citation(),
            r.interpretation(), fixturesByRule.getOrDefault(r.name(), List.of()).size())).toList());
  }

  @Operation(summary = "The rule set in service: version, sha256, regimes, dated parameters")
  @GetMapping("/rule-set")
  RuleSetView ruleSet() {
    LiveRuleSet.Loaded loaded = live.loaded();
    RuleSet r = loaded.ruleSet();
    return new RuleSetView(r.ref().version(), r.ref().sha256(), loaded.loadedAt(), r.rules().size(), loaded.fixtures(),
        r.parameters().regimes().stream().map(p -> p.id()).toList(), r.parameters().asMap());
  }

  @Operation(summary = "Reload rules/ (ADMIN): compiled, gated by every fixture, swapped in only when all pass; "
      + "otherwise 422 with the problems (a rule that throws or does not finish on a fixture is named) and the old rule set keeps "
      + "serving; 409 while another reload runs")
  @PreAuthorize("hasRole('ADMIN')")
  @PostMapping("/rule-set/reload")
  ResponseEntity<?> reload(Authentication auth) {
    RuleSetReloads.Outcome outcome = reloads.reload(Caller.of(auth).name());
    if (outcome instanceof RuleSetReloads.Busy busy) {
      return ProblemDetailsAdvice.respond(ProblemDetailsAdvice.problem(HttpStatus.CONFLICT,
          busy.message() + "; the rule set " + busy.before() + " keeps serving", List.of()));
    }
    if (outcome instanceof RuleSetReloads.Refused refused) {
      ProblemDetail p = ProblemDetailsAdvice.problem(HttpStatus.UNPROCESSABLE_CONTENT,
          "the rule set in " + refused.folder() + " was refused; the rule set " + refused.before() + " keeps serving",
          refused.problems().stream().map(problem -> new ProblemDetailsAdvice.ApiError(null, null, problem)).toList());
      return ProblemDetailsAdvice.respond(p);
    }
    return ResponseEntity.ok(ruleSet());
  }

}
