package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.Drafts;
import nl.routetoets.dusiworkflow.Drafts.DraftView;
import nl.routetoets.persistence.DraftKind;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.security.Caller;
import nl.routetoets.web.ResultView.FindingView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The school's self-check of a plan for a doorlopende leerroute or geïntegreerde route under the
 * structural law (a {@code route} document): fill in or upload, check, change a field and check again,
 * download. There is nothing to submit: under the law the boards offer the route themselves. The
 * check goes through the workflow's {@link Checks}, as the application form's does, on the form's own
 * peildatum: never today's date. As on the application form, a check saves the plan as a draft and
 * answers with a redirect to the draft's page (POST-redirect-GET), which shows the plan and the check.
 */
@Controller
@RequestMapping("/school/route")
@PreAuthorize("hasRole('SCHOOL')")
class RoutePlanPages {
  static final String FORM_ID = "route-form";

  private final Checks checks;
  private final ArticleTexts texts;
  private final MessageSource messages;
  private final Drafts drafts;
  private final DataSize maxUpload;

  RoutePlanPages(Checks checks, ArticleTexts texts, MessageSource messages, Drafts drafts,
      @Value("${routetoets.api.max-request-size:4MB}") DataSize maxUpload) {
    this.checks = checks;
    this.drafts = drafts;
    this.texts = texts;
    this.messages = messages;
    this.maxUpload = maxUpload;
  }

  /** An empty plan, with the school's own BRIN filled in. */
  @GetMapping
  String newForm(Authentication auth, Model model, Locale locale) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("type", "route");
    doc.putObject("provider").putObject("school").put("brin", Caller.of(auth).brins().stream().sorted().findFirst().orElse(""));
    return form(doc, List.of(), null, model, locale);
  }

  /**
   * The form's buttons: check (also the language switch, which sends the form along), save, and
   * download. Check and save keep the plan in its draft and answer with a redirect to the draft's page.
   */
  @PostMapping
  Object post(Authentication auth, HttpServletRequest request, @RequestParam(defaultValue = "check") String action,
      @RequestParam(required = false) Long draft, @RequestParam(required = false) Integer revision, RedirectAttributes redirect) {
    RouteForm.Built built = RouteForm.document(request.getParameterMap());
    if ("download".equals(action)) {
      return download(built.document());
    }
    Drafts.Saved saved = drafts.save(Caller.of(auth), draft, revision, DraftKind.ROUTE,
        new Drafts.Form(built.document(), problems(built.problems()), Map.of()), !"save".equals(action));
    if (saved.copied()) {
      redirect.addFlashAttribute("draftCopied", true);
    }
    return DraftForms.seeOther("/school/route/drafts/" + saved.id());
  }

  /** A route document's JSON file (formats.md §5), read into the form and checked at once, as a new draft. */
  @PostMapping("/upload")
  RedirectView upload(Authentication auth, @RequestParam("file") MultipartFile file, Locale locale, RedirectAttributes redirect)
      throws java.io.IOException {
    if (file.getSize() > maxUpload.toBytes()) {
      redirect.addFlashAttribute("uploadError", messages.getMessage("routeForm.upload.tooLarge", new Object[] {maxUpload.toKilobytes()}, locale));
      return DraftForms.seeOther("/school/route");
    }
    ObjectNode doc = FormDocuments.uploaded(file.getBytes(), "route");
    if (doc == null) {
      redirect.addFlashAttribute("uploadError", messages.getMessage("routeForm.upload.notRoute", null, locale));
      return DraftForms.seeOther("/school/route");
    }
    Drafts.Saved saved = drafts.save(Caller.of(auth), null, null, DraftKind.ROUTE,
        new Drafts.Form(doc, problems(RouteForm.unanswered(doc)), Map.of()), true);
    return DraftForms.seeOther("/school/route/drafts/" + saved.id());
  }

  /** A draft of the plan with its last check: the page the form's buttons lead to. */
  @GetMapping("/drafts/{id}")
  Object draft(Authentication auth, @PathVariable long id, Model model, Locale locale) {
    DraftView d = drafts.open(Caller.of(auth), id);
    if (d.kind() != DraftKind.ROUTE) {
      return DraftForms.seeOther("/school/check/drafts/" + id);
    }
    DraftForms.describe(d, checks.live().current().parameters().timeZone(), model);
    return form(d.document(), problems(d.problems()), d.result(), model, locale);
  }

  /** What the form could not read, as a draft keeps it. */
  private static JsonNode problems(List<RouteForm.Problem> problems) {
    var list = Json.MAPPER.createArrayNode();
    for (RouteForm.Problem p : problems) {
      var o = list.addObject();
      o.put("path", p.path());
      o.put("key", p.key());
      var args = o.putArray("args");
      p.args().forEach(a -> args.add(String.valueOf(a)));
    }
    return list;
  }

  private static List<RouteForm.Problem> problems(JsonNode stored) {
    List<RouteForm.Problem> problems = new ArrayList<>();
    if (stored != null) {
      for (JsonNode p : stored) {
        List<Object> args = new ArrayList<>();
        p.path("args").forEach(a -> args.add(a.asString()));
        problems.add(new RouteForm.Problem(p.path("path").asString(), p.path("key").asString(), args));
      }
    }
    return problems;
  }

  private String form(ObjectNode doc, List<RouteForm.Problem> problems, JsonNode result, Model model, Locale locale) {
    // the form's own words for what it could not read come first; the reader's follow for the rest
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.putIfAbsent(p.path(), messages.getMessage(p.key(), p.args().toArray(), locale)));
    ResultView view = null;
    Map<String, List<FindingView>> beside = new LinkedHashMap<>();
    List<SummaryLine> unplaced = new ArrayList<>();
    if (result != null) {
      view = ResultView.of(result, locale, texts, RouteForm::fieldOf);
      // an ERROR is the rule set's failure, not the form's: it shows with the result, not at the fields
      if (!"ERROR".equals(result.path("verdict").asString())) {
        for (JsonNode e : result.path("errors")) {
          String path = e.path("path").isString() ? e.path("path").asString() : null;
          String field = RouteForm.fieldOf(path);
          if (field == null) {
            unplaced.add(new SummaryLine(path == null ? "" : path, e.path("problem").asString(), null));
          } else {
            errors.putIfAbsent(field, e.path("problem").asString());
          }
        }
      }
      view.formGroups().forEach(g -> g.findings().forEach(f -> fieldsOf(f).forEach(
          field -> beside.computeIfAbsent(field, k -> new ArrayList<>()).add(f))));
    }
    RuleSet ruleSet = checks.live().current();
    model.addAttribute("form", RouteFormView.of(RouteForm.values(doc), errors, beside, ruleSet.reference(),
        ruleSet.parameters().law(), messages, locale));
    model.addAttribute("errors", errorSummary(errors, unplaced, locale));
    model.addAttribute("result", view);
    model.addAttribute("langForm", FORM_ID);
    return "school/route";
  }

  /** The fields a finding is shown beside: its path's field, else (a finding about the whole route) the fields it misses. */
  private static Set<String> fieldsOf(FindingView f) {
    Set<String> fields = new LinkedHashSet<>();
    String own = RouteForm.fieldOf(f.path());
    if (own != null) {
      fields.add(own);
    } else {
      f.missingFacts().stream().map(RouteForm::fieldOf).filter(java.util.Objects::nonNull).forEach(fields::add);
    }
    return fields;
  }

  /** One line of the error summary: the field's label linking to it, or the path of an error no field shows. */
  record SummaryLine(String label, String problem, String field) {}

  /** Every error of the form for the summary at the top: those beside a field by its label, linking to it, in the form's order. */
  private List<SummaryLine> errorSummary(Map<String, String> errors, List<SummaryLine> unplaced, Locale locale) {
    List<SummaryLine> summary = new ArrayList<>();
    for (String name : RouteForm.names()) {
      if (errors.containsKey(name)) {
        summary.add(new SummaryLine(messages.getMessage("routeForm.f." + name, null, name, locale), errors.get(name), FormView.fieldId(name)));
      }
    }
    summary.addAll(unplaced);
    return summary;
  }

  private static ResponseEntity<byte[]> download(ObjectNode doc) {
    String id = doc.path("id").isString() ? doc.path("id").asString() : "";
    String name = (id.isBlank() ? "route" : id).replaceAll("[^A-Za-z0-9._-]", "_");
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name + ".json").build().toString())
        .contentType(MediaType.APPLICATION_JSON)
        .body(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
  }
}
