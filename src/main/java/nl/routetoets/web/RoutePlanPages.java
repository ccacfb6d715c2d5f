package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.Drafts;
import nl.routetoets.dusiworkflow.Drafts.DraftView;
import nl.routetoets.model.Result;
import nl.routetoets.persistence.DraftKind;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.security.Caller;
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
  private final KnownInstitutions institutions;
  private final DataSize maxUpload;

  RoutePlanPages(Checks checks, ArticleTexts texts, MessageSource messages, Drafts drafts, KnownInstitutions institutions,
      @Value("${routetoets.api.max-request-size:4MB}") DataSize maxUpload) {
    this.checks = checks;
    this.drafts = drafts;
    this.institutions = institutions;
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
    return form(Caller.of(auth), doc, List.of(), null, model, locale);
  }

  /**
   * The form's buttons: check (also the language switch, which sends the form along), save, show the
   * lists for what is filled in, and download. All but download keep the plan in its draft (only check
   * checks it) and answer with a redirect to the draft's page.
   */
  @PostMapping
  Object post(Authentication auth, HttpServletRequest request, @RequestParam(defaultValue = "check") String action,
      @RequestParam(required = false) Long draft, @RequestParam(required = false) Integer revision, RedirectAttributes redirect) {
    Caller caller = Caller.of(auth);
    SchoolLookups lookups = SchoolLookups.of(checks.live().current());
    RouteForm.Built built = RouteForm.document(request.getParameterMap(), lookups);
    // the parties' names from their BRINs where the form leaves them empty
    FormDocuments.fillName(built.document(), "provider.school", lookups::schoolNameToFill);
    KnownInstitutions.resolve(built.document(), "provider.institution", institutions.of(caller));
    if ("download".equals(action)) {
      return download(built.document());
    }
    boolean check = !"save".equals(action) && !"lists".equals(action);
    Drafts.Saved saved = drafts.save(caller, draft, revision, DraftKind.ROUTE,
        new Drafts.Form(built.document(), FormInput.toJson(built.problems()), Map.of()), check);
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
        new Drafts.Form(doc, FormInput.toJson(RouteForm.unanswered(doc)), Map.of()), true);
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
    return form(Caller.of(auth), d.document(), FormInput.fromJson(d.problems()), d.result(), model, locale);
  }

  /** The check of a changed copy of the plan, for what a finding follows from. */
  private Result checked(Caller caller, ObjectNode doc) {
    List<SourcedDocument> docs = Checks.read(Json.MAPPER.writeValueAsBytes(doc), false);
    return checks.check(caller, docs, null).get(0);
  }

  private String form(Caller caller, ObjectNode doc, List<FormInput.Problem> problems, JsonNode json, Model model, Locale locale) {
    // the form's own words for what it could not read come first; the reader's follow for the rest, in the page's language
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.putIfAbsent(p.path(), messages.getMessage(p.key(), p.args().toArray(), locale)));
    RuleSet ruleSet = checks.live().current();
    SchoolLookups lookups = SchoolLookups.of(ruleSet);
    Map<String, List<String>> values = RouteForm.values(doc);
    List<SchoolForms.SummaryLine> unplaced = new ArrayList<>();
    SchoolResult view = null;
    Map<String, List<SchoolResult.Finding>> beside = Map.of();
    if (json != null) {
      // an ERROR is the rule set's failure, not the form's: it shows with the result, not at the fields
      if (!"ERROR".equals(json.path("verdict").asString())) {
        for (JsonNode e : json.path("errors")) {
          String path = e.path("path").isString() ? e.path("path").asString() : null;
          String field = RouteForm.fieldOf(path);
          String said = ReaderErrors.say(e.path("problem").asString(), messages, locale);
          if (field == null) {
            unplaced.add(new SchoolForms.SummaryLine(path == null || path.isBlank() ? "" : label(path, locale), said, null));
          } else {
            errors.putIfAbsent(field, said);
          }
        }
      }
      List<SchoolLookups.Option> profielen = RouteFormView.profielChoices(ruleSet.reference(), ruleSet.parameters().law(), messages, locale);
      List<FollowsFrom.Cause> causes = FollowsFrom.of(doc, json, copy -> Json.MAPPER.valueToTree(checked(caller, copy)),
          ruleSet.reference(), messages, locale);
      view = SchoolResult.of(json, new SchoolResult.Context(locale, texts, RouteForm::fieldOf, path -> label(path, locale),
          (field, f) -> SchoolForms.hint(field, values, "firstSchoolYear", lookups, profielen, messages, locale), causes,
          !problems.isEmpty()));
      beside = view.beside(RouteForm::fieldOf);
    }
    model.addAttribute("form", RouteFormView.of(values, errors, beside, lookups, ruleSet.parameters().law(),
        new FormView.Context(lookups, caller.brins(), institutions.of(caller)), messages, locale));
    model.addAttribute("errors", errorSummary(errors, unplaced, locale));
    model.addAttribute("result", view);
    model.addAttribute("langForm", FORM_ID);
    return "school/route";
  }

  /** A path's label on the route form: its field's ({@code routeForm.f.<field>}), else the words the rules use ({@code f.<path>}), else the path. */
  private String label(String path, Locale locale) {
    if (path == null || path.isBlank()) {
      return "";
    }
    String plain = path.replaceAll("\\[\\d+]", "");
    String own = messages.getMessage("routeForm.f." + plain, null, null, locale);
    if (own == null) {
      own = messages.getMessage("f." + plain, null, null, locale);
    }
    if (own != null) {
      return own;
    }
    String field = RouteForm.fieldOf(path);
    return field == null ? path : messages.getMessage("routeForm.f." + field, null, path, locale);
  }

  /** Every error of the form for the summary at the top: those beside a field by its label, linking to it, in the form's order. */
  private List<SchoolForms.SummaryLine> errorSummary(Map<String, String> errors, List<SchoolForms.SummaryLine> unplaced, Locale locale) {
    List<SchoolForms.SummaryLine> summary = new ArrayList<>();
    for (String name : RouteForm.names()) {
      if (errors.containsKey(name)) {
        summary.add(new SchoolForms.SummaryLine(messages.getMessage("routeForm.f." + name, null, name, locale), errors.get(name),
            FormView.fieldId(name)));
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
