package nl.routetoets.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.dusiworkflow.Views.DecisionView;
import nl.routetoets.dusiworkflow.Views.VersionView;
import nl.routetoets.persistence.Overrule;
import nl.routetoets.web.Readable.Kind;
import tools.jackson.databind.JsonNode;

/**
 * The decision (besluit) on a version of an application as it is printed, with its receipt (ontvangstbevestiging):
 * who applied, per route the outcome, the scope the Uitvoeringsregeling asks a decision to state (art. 4(2): sector or
 * profiel, leerweg, opleidingsdomein, level; with the qualifications), the motivation and every finding the reviewer
 * went against with the reason; then that the version was received, when, as which bytes, and what each decision
 * rested on (rule set, regime, peildatum, the findings as shown). Always in Dutch: the decision's language.
 */
record Besluit(
    String id, int version, int versions, boolean complete, String date, String schoolName, String schoolBrin, String vestiging,
    String institutionName, String institutionBrin, String startSchoolYear, String received, String submittedBy, String documentSha256,
    String verdictAtReceipt, String ruleSetVersion, String ruleSetSha256, List<RouteDecision> routes, List<String> undecided,
    String applicationHref) {

  static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

  /** A finding the reviewer went against, with its field's label and the reason. */
  record Deviation(String norm, String field, String reason) {}

  /** The scope of an approved route, in the words of UR art. 4(2), and its qualifications by name. */
  record Scope(String label, String value) {}

  /** One route's decision and what it rested on (its receipt). */
  record RouteDecision(
      String routeId, String routeType, String outcome, String outcomeText, List<Scope> scope, String motivation,
      List<Deviation> deviations, String decidedBy, String decidedAt, String ruleSet, String ruleSetSha256, String regime, String asOf,
      String inputSha256,
      String verdictShown, int findingsShown) {}

  static Besluit of(ApplicationView app, VersionView v, JsonNode doc, Readable r) {
    List<RouteDecision> routes = new ArrayList<>();
    List<DecisionView> decisions = v.decisions().stream().sorted(Comparator.comparing(DecisionView::routeId)).toList();
    for (DecisionView d : decisions) {
      JsonNode route = route(doc, d.routeId());
      JsonNode receipt = d.receipt();
      List<Deviation> deviations = new ArrayList<>();
      for (Overrule o : d.overrules()) {
        deviations.add(new Deviation(o.norm(), label(o.path(), r), o.reason()));
      }
      routes.add(new RouteDecision(d.routeId(), route == null ? null : r.text(route.path("routeType"), Kind.CODE),
          d.outcome().name(), r.msg("outcome." + d.outcome().name()), scope(route, r), d.motivation(), deviations, d.decidedBy(),
          r.dateTime(d.decidedAt()), receipt.path("ruleSet").path("version").asString(""), receipt.path("ruleSet").path("sha256").asString(""),
          receipt.path("regime").asString(""), r.date(receipt.path("asOf").asString("")), receipt.path("inputSha256").asString(""),
          r.msg("verdict." + receipt.path("verdict").asString("")), receipt.path("findings").size()));
    }
    List<String> undecided = v.routes().stream().map(x -> x.routeId()).filter(id -> decisions.stream().noneMatch(d -> d.routeId().equals(id)))
        .toList();
    LocalDate on = decisions.stream().map(DecisionView::decidedOn).max(Comparator.naturalOrder()).orElse(null);
    JsonNode school = doc.path("applicant").path("school");
    JsonNode institution = doc.path("applicant").path("institution");
    return new Besluit(app.id(), v.version(), app.versions().size(), undecided.isEmpty(), r.date(on), text(school.path("name")),
        app.schoolBrin(), text(school.path("vestiging")), text(institution.path("name")), text(institution.path("brin")),
        app.startSchoolYear(), r.dateTime(v.receivedAt()), v.submittedBy(), v.documentSha256(), r.msg("verdict." + v.verdict()),
        v.ruleSet().version(), v.ruleSet().sha256(), routes, undecided,
        "/review/applications/" + app.id() + "?school=" + app.schoolBrin());
  }

  private static JsonNode route(JsonNode doc, String routeId) {
    for (JsonNode route : doc.path("routes")) {
      if (routeId.equals(route.path("routeId").asString())) {
        return route;
      }
    }
    return null;
  }

  /** UR2015 art. 4(2): "sector, leerweg, en in voorkomende gevallen profiel van het vmbo, verwant opleidingsdomein, niveau". */
  private static List<Scope> scope(JsonNode route, Readable r) {
    if (route == null) {
      return List.of();
    }
    List<Scope> scope = new ArrayList<>();
    scope.add(new Scope(r.msg("f.leerwegen"), r.text(route.path("leerwegen"), Kind.LEERWEG)));
    if (!Readable.absent(route.path("vmbo").path("sector"))) {
      scope.add(new Scope(r.msg("f.vmbo.sector"), r.text(route.path("vmbo").path("sector"), Kind.CODE)));
    }
    if (!Readable.absent(route.path("vmbo").path("profiel"))) {
      scope.add(new Scope(r.msg("f.vmbo.profiel"), r.text(route.path("vmbo").path("profiel"), Kind.PROFIEL)));
    }
    scope.add(new Scope(r.msg("f.mbo.domain"), r.text(route.path("mbo").path("domain"), Kind.DOMAIN)));
    scope.add(new Scope(r.msg("f.mbo.level"), r.text(route.path("mbo").path("level"), Kind.LEVEL)));
    scope.add(new Scope(r.msg("desk.besluit.qualifications"), r.text(route.path("mbo").path("qualifications"), Kind.QUALIFICATION)));
    scope.add(new Scope(r.msg("f.design.years"), r.text(route.path("design").path("years"), Kind.YEARS)));
    return scope;
  }

  /** A finding's path in the form's words: "routes[1].design.years" → "Studieduur (jaren)"; the path when the form has no label. */
  static String label(String path, Readable r) {
    if (path == null || path.isBlank()) {
      return r.msg("desk.wholeForm");
    }
    String relative = path.replaceFirst("^routes\\[\\d+\\]\\.?", "").replaceAll("\\[\\d+\\]", "");
    if (relative.isEmpty()) {
      return r.msg("desk.besluit.theRoute");
    }
    return r.messagesHas("f." + relative) ? r.msg("f." + relative) : path;
  }

  private static String text(JsonNode n) {
    return Readable.absent(n) || n.asString().isBlank() ? null : n.asString();
  }
}
