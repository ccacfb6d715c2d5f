package nl.routetoets.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Findings;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.dusiworkflow.Views.DecisionView;
import nl.routetoets.model.Codes;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.Overrule;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * The reviewer's pages: the queue with its filters, an application with its findings and the text of
 * each article, a decision form per route, the audit history, and what a re-check under the current
 * rules would change. Auditors read the same pages without the decision forms.
 */
@Controller
@RequestMapping("/review")
@PreAuthorize("hasAnyRole('REVIEWER', 'AUDITOR')")
class ReviewPages {
  /** A finding a reviewer may overrule on a route's decision form: the route's own and those about the whole form. */
  public record Shown(int index, String severity, String norm, String message, String key, String reason, String error) {}

  /** One route's decision form, as filled in (after an error) or empty. */
  public record DecisionForm(String routeId, String outcome, String motivation, List<Shown> findings, Map<String, String> errors) {}

  private final ApplicationWorkflow workflow;
  private final AuditLog audit;
  private final ArticleTexts texts;
  private final MessageSource messages;

  ReviewPages(ApplicationWorkflow workflow, AuditLog audit, ArticleTexts texts, MessageSource messages) {
    this.messages = messages;
    this.workflow = workflow;
    this.audit = audit;
    this.texts = texts;
  }

  @GetMapping
  String queue(Authentication auth, @RequestParam MultiValueMap<String, String> params, Model model) {
    Map<String, String> filter = new LinkedHashMap<>();
    for (String name : List.of("startSchoolYear", "routeType", "verdict", "status", "brin")) {
      String v = params.getFirst(name);
      filter.put(name, v == null || v.isBlank() ? null : v.strip());
    }
    try {
      model.addAttribute("entries", workflow.queue(Caller.of(auth), filter.get("startSchoolYear"), filter.get("routeType"),
          filter.get("verdict"), filter.get("status"), filter.get("brin")));
      model.addAttribute("errors", Map.of());
    } catch (Refused e) {
      model.addAttribute("entries", List.of());
      model.addAttribute("errors", byPath(e.errors()));
    }
    model.addAttribute("filter", filter);
    model.addAttribute("routeTypes", Codes.RouteType.values());
    model.addAttribute("verdicts", Verdict.values());
    model.addAttribute("statuses", ApplicationStatus.values());
    return "review/queue";
  }

  @GetMapping("/applications/{id}")
  String application(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, Model model, Locale locale) {
    return page(Caller.of(auth), new ApplicationRef(id, school), null, model, locale);
  }

  private String page(Caller caller, ApplicationRef ref, DecisionForm failed, Model model, Locale locale) {
    ApplicationView view = workflow.view(caller, ref);
    JsonNode result = view.current().result();
    Map<String, DecisionView> decided = new HashMap<>();
    view.current().decisions().forEach(d -> decided.put(d.routeId(), d));
    Map<String, DecisionForm> forms = new LinkedHashMap<>();
    for (JsonNode route : result.path("routes")) {
      String routeId = route.path("routeId").asString();
      if (!decided.containsKey(routeId)) {
        forms.put(routeId, failed != null && failed.routeId().equals(routeId) ? failed
            : new DecisionForm(routeId, null, null, shown(result, routeId, Map.of(), Map.of(), locale), Map.of()));
      }
    }
    model.addAttribute("app", view);
    model.addAttribute("result", ResultView.of(result, locale, texts, Set.of()));
    model.addAttribute("decisions", decided);
    model.addAttribute("forms", forms);
    model.addAttribute("mayDecide", caller.is(Role.REVIEWER));
    model.addAttribute("outcomes", DecisionOutcome.values());
    model.addAttribute("history", workflow.history(caller, ref, 200));
    return "review/application";
  }

  /**
   * One route's decision. A reason next to a finding overrules it; approving a route overrules its
   * violations, so the workflow refuses an approval that leaves one without a reason.
   */
  @PostMapping("/applications/{id}/decisions")
  @PreAuthorize("hasRole('REVIEWER')")
  String decide(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, @RequestParam String routeId,
      @RequestParam(required = false) String outcome, @RequestParam(required = false) String motivation,
      @RequestParam MultiValueMap<String, String> params, Model model, Locale locale, RedirectAttributes redirect) {
    Caller caller = Caller.of(auth);
    ApplicationRef ref = new ApplicationRef(id, school);
    ApplicationView view = workflow.view(caller, ref);
    JsonNode result = view.current().result();
    Map<String, String> reasons = new HashMap<>();
    params.forEach((name, values) -> {
      if (name.startsWith("reason.") && !values.isEmpty() && !values.get(0).isBlank()) {
        reasons.put(name.substring("reason.".length()), values.get(0).strip());
      }
    });
    List<JsonNode> findings = Findings.ofRoute(result, routeId);
    List<Overrule> overrules = new ArrayList<>();
    List<Integer> overruled = new ArrayList<>();
    for (int k = 0; k < findings.size(); k++) {
      String reason = reasons.get(Integer.toString(k));
      if (reason != null) {
        JsonNode f = findings.get(k);
        overrules.add(new Overrule(f.path("norm").asString(), f.path("path").asString(), f.path("rule").asString(), reason));
        overruled.add(k);
      }
    }
    DecisionOutcome parsed = outcome == null ? null : java.util.Arrays.stream(DecisionOutcome.values())
        .filter(o -> o.name().equals(outcome)).findFirst().orElse(null);
    try {
      workflow.decide(caller, ref, new DecisionRequest(routeId, parsed, motivation, overrules));
    } catch (Refused e) {
      if (e.kind() == Refused.Kind.NOT_FOUND) {
        throw e;
      }
      Map<String, String> errors = new LinkedHashMap<>();
      Map<Integer, String> findingErrors = new HashMap<>();
      for (InputError err : e.errors()) {
        String path = err.path() == null ? "" : err.path();
        if (path.matches("overrules\\[\\d+\\].*")) {
          int i = Integer.parseInt(path.substring("overrules[".length(), path.indexOf(']')));
          findingErrors.putIfAbsent(overruled.get(i), said(path.endsWith(".reason") ? "reason" : null, err.problem(), locale));
        } else if (path.equals("overrules")) {
          // "approving overrules the VIOLATION <key>": the finding it names gets the error
          for (int k = 0; k < findings.size(); k++) {
            if (err.problem().contains(Findings.key(findings.get(k)))) {
              findingErrors.putIfAbsent(k, said("approve", err.problem(), locale));
            }
          }
        } else {
          errors.putIfAbsent(path, said(path, err.problem(), locale));
        }
      }
      if (e.errors().isEmpty()) {
        errors.put("", e.getMessage());
      }
      Map<Integer, String> given = new HashMap<>();
      reasons.forEach((k, v) -> given.put(Integer.parseInt(k), v));
      DecisionForm failed = new DecisionForm(routeId, outcome, motivation, shown(result, routeId, given, findingErrors, locale), errors);
      model.addAttribute("failedRoute", routeId);
      return page(caller, ref, failed, model, locale);
    }
    redirect.addFlashAttribute("decided", routeId);
    return "redirect:/review/applications/" + id + "?school=" + view.schoolBrin() + "#route-" + routeId;
  }

  @GetMapping("/applications/{id}/recheck")
  String recheck(Authentication auth, @PathVariable String id, @RequestParam(required = false) String school, Model model, Locale locale) {
    model.addAttribute("recheck", workflow.recheck(Caller.of(auth), new ApplicationRef(id, school)));
    model.addAttribute("lang", locale.getLanguage());
    return "review/recheck";
  }

  private static List<Shown> shown(
      JsonNode result, String routeId, Map<Integer, String> reasons, Map<Integer, String> errors, Locale locale) {
    List<JsonNode> findings = Findings.ofRoute(result, routeId);
    List<Shown> shown = new ArrayList<>();
    for (int k = 0; k < findings.size(); k++) {
      JsonNode f = findings.get(k);
      shown.add(new Shown(k, f.path("severity").asString(), f.path("norm").asString(), f.path("message").path(ResultView.lang(locale)).asString(""),
          Findings.key(f), reasons.get(k), errors.get(k)));
    }
    return shown;
  }

  /**
   * The workflow's refusal of a decision in the page's language: the path says which rule of a
   * decision was broken (a motivation, an outcome, a reason); anything else as the workflow said it.
   */
  private String said(String rule, String problem, Locale locale) {
    return rule == null ? problem : messages.getMessage("review.err." + rule, null, problem, locale);
  }

  private static Map<String, String> byPath(List<InputError> errors) {
    Map<String, String> out = new LinkedHashMap<>();
    errors.forEach(e -> out.putIfAbsent(e.path(), e.problem()));
    return out;
  }
}
