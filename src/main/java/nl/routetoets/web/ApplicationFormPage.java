package nl.routetoets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.FormReceipt;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Verdict;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.security.Caller;
import nl.routetoets.web.ApplicationForm.Named;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The application form's page as a school sees it, for {@link SchoolPages}: the form read back from a post
 * (with what it could not read), the check of the form as if it were submitted at this moment, and the
 * model the template renders — fields with lookups, every problem of the form at once in an error summary
 * that links to each field and beside each field, the findings beside their fields and in the list, by
 * the form's labels, and the school's verdict (see {@link SchoolResult}).
 *
 * <p>The moment of submission is not the school's to type: it is the moment the service receives the
 * application ({@link #received}), electronically. A check before submitting counts with the moment of the
 * check; a new version of a returned application keeps the moment the application was first received.
 */
@Component
class ApplicationFormPage {
  private final Checks checks;
  private final LiveRuleSet live;
  private final FormReceipt receipt;
  private final KnownInstitutions institutions;
  private final ArticleTexts texts;
  private final MessageSource messages;

  ApplicationFormPage(Checks checks, LiveRuleSet live, FormReceipt receipt, KnownInstitutions institutions, ArticleTexts texts,
      MessageSource messages) {
    this.checks = checks;
    this.live = live;
    this.receipt = receipt;
    this.institutions = institutions;
    this.texts = texts;
    this.messages = messages;
  }

  /** The application a form post describes, and what in it the form could not read; the parties' names filled in from their BRINs. */
  ApplicationForm.Built read(HttpServletRequest request, int routes, Caller caller) {
    return read(ApplicationForm.base(request.getParameter("base")), request.getParameterMap(), routes, caller);
  }

  /** An uploaded application read through the form, as if the school had typed it: "3.000", a domain by its name. */
  ApplicationForm.Built read(ObjectNode uploaded, Caller caller) {
    Map<String, String[]> params = new LinkedHashMap<>();
    ApplicationForm.values(uploaded, zone()).forEach((name, v) -> params.put(name, v.toArray(String[]::new)));
    return read(uploaded, params, ApplicationForm.routeCount(uploaded), caller);
  }

  private ApplicationForm.Built read(ObjectNode base, Map<String, String[]> params, int routes, Caller caller) {
    RuleSet ruleSet = live.current();
    SchoolLookups lookups = SchoolLookups.of(ruleSet);
    ApplicationForm.Built built = ApplicationForm.document(base, params, routes, ruleSet.parameters().timeZone(), lookups);
    FormDocuments.fillName(built.document(), "applicant.school", lookups::schoolNameToFill);
    KnownInstitutions.resolve(built.document(), "applicant.institution", institutions.of(caller));
    return built;
  }

  /** When the application counts as submitted: now, or for a new version the moment its application was first received. */
  OffsetDateTime moment(Caller caller, String versionOf) {
    return receipt.moment(caller, versionOf == null || versionOf.isBlank() ? null : ApplicationRef.of(versionOf));
  }

  /**
   * Fills the model for {@code school/check}: the form, its problems and the reader's errors (refusal
   * errors of a submission too) at their fields and in the summary, and the checked result if there is one.
   */
  String render(Model model, Caller caller, ObjectNode doc, List<FormInput.Problem> problems, List<InputError> readerErrors, JsonNode result,
      OffsetDateTime moment, String versionOf, Locale locale) {
    RuleSet ruleSet = live.current();
    SchoolLookups lookups = SchoolLookups.of(ruleSet);
    int routes = ApplicationForm.routeCount(doc);
    Map<String, List<String>> values = ApplicationForm.values(doc, zone());

    // the form's own words first, then the reader's (in the page's language) for the rest
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.putIfAbsent(p.path(), messages.getMessage(p.key(), p.args().toArray(), locale)));
    List<SchoolForms.SummaryLine> unplaced = new ArrayList<>();
    List<InputError> reader = new ArrayList<>(readerErrors);
    // an ERROR is the rule set's failure, not the form's: it shows with the result, not at the fields
    if (result != null && !Verdict.ERROR.name().equals(result.path("verdict").asString())) {
      result.path("errors").forEach(e -> reader.add(Json.MAPPER.treeToValue(e, InputError.class)));
    }
    for (InputError e : reader) {
      String field = ApplicationForm.fieldOf(e.path(), routes);
      String said = ReaderErrors.say(e.problem(), messages, locale);
      if (field == null) {
        unplaced.add(new SchoolForms.SummaryLine(e.path() == null || e.path().isBlank() ? "" : label(e.path(), locale), said, null));
      } else {
        errors.putIfAbsent(field, said);
      }
    }

    SchoolResult view = null;
    Map<String, List<SchoolResult.Finding>> beside = Map.of();
    if (result != null) {
      JsonNode json = result;
      ObjectNode received = receipt.received(doc, moment);
      List<FollowsFrom.Cause> causes = FollowsFrom.of(received, json,
          copy -> Json.MAPPER.valueToTree(checks.check(caller, Checks.read(Json.MAPPER.writeValueAsBytes(copy), false), null).get(0)),
          ruleSet.reference(), messages, locale);
      view = SchoolResult.of(json, new SchoolResult.Context(locale, texts, path -> ApplicationForm.fieldOf(path, routes),
          path -> label(path, locale), (field, f) -> SchoolForms.hint(field, values, "startSchoolYear", lookups, lookups.profielen(), messages, locale), causes, !problems.isEmpty()));
      beside = view.beside(path -> ApplicationForm.fieldOf(path, routes));
    }
    FormView.Context context = new FormView.Context(lookups, caller.brins(), institutions.of(caller));
    model.addAttribute("form", FormView.of(values, errors, beside, routes, context, messages, locale));
    model.addAttribute("routeCount", routes);
    model.addAttribute("base", doc.toString());
    model.addAttribute("versionOf", versionOf);
    model.addAttribute("errors", summary(errors, unplaced, values, locale));
    model.addAttribute("langForm", "application-form");
    model.addAttribute("moment", moment == null ? null : moment.atZoneSameInstant(zone()).format(SchoolForms.DUTCH_TIME));
    model.addAttribute("result", view);
    return "school/check";
  }

  /**
   * A stored result (of a submitted version) as the school reads it: its findings by the form's labels,
   * DUS-I's judgement apart. There is no form on that page, so nothing links to a field.
   */
  SchoolResult stored(JsonNode result, Locale locale) {
    return SchoolResult.of(result, new SchoolResult.Context(locale, texts, path -> null, path -> label(path, locale), (field, f) -> null,
        List.of(), false));
  }

  /** Every error of the form for the summary at the top, in the form's order, each by its label and linking to its field. */
  private List<SchoolForms.SummaryLine> summary(Map<String, String> errors, List<SchoolForms.SummaryLine> unplaced,
      Map<String, List<String>> values, Locale locale) {
    List<SchoolForms.SummaryLine> summary = new ArrayList<>();
    for (String name : values.keySet()) {
      if (errors.containsKey(name)) {
        summary.add(new SchoolForms.SummaryLine(fieldLabel(name, values, locale), errors.get(name), FormView.fieldId(name)));
      }
    }
    // a field of a route the form no longer shows, or one the summary has not named: still listed
    errors.forEach((name, problem) -> {
      if (!values.containsKey(name)) {
        summary.add(new SchoolForms.SummaryLine(label(name, locale), problem, null));
      }
    });
    summary.addAll(unplaced);
    return summary;
  }

  /** An input's label, with its route ("Route 2 (R2) – Studieduur (jaren)") where it is a route's. */
  private String fieldLabel(String name, Map<String, List<String>> values, Locale locale) {
    Named named = ApplicationForm.named(name);
    if (named == null) {
      return label(name, locale);
    }
    String label = messages.getMessage("f." + named.field().path(), null, named.field().path(), locale);
    if (named.route() < 0) {
      return label;
    }
    String id = values.getOrDefault(ApplicationForm.routePrefix(named.route()) + "routeId", List.of("")).get(0);
    return messages.getMessage("check.route", new Object[] {named.route() + 1, id}, locale) + " – " + label;
  }

  /**
   * A path's label: the field it names ({@code f.<path>} without the route and indices), else the label
   * of the form's field it is about, else the path itself.
   */
  String label(String path, Locale locale) {
    if (path == null || path.isBlank()) {
      return "";
    }
    String key = path.replaceFirst("^routes\\[\\d+]\\.", "").replaceAll("\\[\\d+]", "");
    String own = messages.getMessage("f." + key, null, null, locale);
    if (own != null) {
      return own.replace(" ({0}e jaar van het traject)", "").replace("{0}", "").strip();
    }
    String field = ApplicationForm.fieldOf(path, Integer.MAX_VALUE);
    Named named = field == null ? null : ApplicationForm.named(field);
    return named == null ? path : messages.getMessage("f." + named.field().path(), null, path, locale);
  }

  /** The zone in which the form shows and takes a date and time: the rule set's, as the checker reads the instants in it. */
  ZoneId zone() {
    return live.current().parameters().timeZone();
  }
}
