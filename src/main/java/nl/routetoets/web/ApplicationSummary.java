package nl.routetoets.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.routetoets.web.Readable.Kind;
import tools.jackson.databind.JsonNode;

/**
 * A submitted application as the reviewer reads it: the form as a whole (the application, the applicants by name,
 * the agreement's clauses, advice, project plan, the assessment) and a summary per route (leerwegen, vmbo, mbo with
 * the qualifications by name, duration and hours, the exam plan, the conditions), every value readable. Read from the
 * document as the school sent it. Each row has the HTML id of its JSON path, so that a finding links to the value it is
 * about.
 */
record ApplicationSummary(List<Section> application, List<RouteSummary> routes) {
  /** One value: its JSON path (with the route's index), its HTML id, its label, and its text (several lines for a list). */
  record Row(String path, String id, String label, List<String> values) {}

  /** {@code path}: the JSON object the section shows (null when it gathers fields from several). */
  record Section(String key, String path, String id, String title, List<Row> rows) {}

  /** {@code headline}: the route in one line (leerwegen, level, domain, years). */
  record RouteSummary(int index, String routeId, String path, String id, String routeType, String headline, List<Section> sections) {}

  record Field(String path, Kind kind) {}

  record Group(String key, String path, List<Field> fields) {}

  private static Field f(String path, Kind kind) {
    return new Field(path, kind);
  }

  /** The form as a whole, in the order of formats.md §1. */
  static final List<Group> APPLICATION = List.of(
      new Group("about", null, List.of(f("id", Kind.TEXT), f("startSchoolYear", Kind.TEXT), f("submittedAt", Kind.INSTANT),
          f("submissionChannel", Kind.CODE), f("asOf", Kind.DATE), f("decidedOn", Kind.DATE))),
      new Group("applicant", "applicant", List.of(f("applicant.form", Kind.CODE), f("applicant.school.name", Kind.TEXT),
          f("applicant.school.brin", Kind.TEXT), f("applicant.school.vestiging", Kind.TEXT), f("applicant.school.signed", Kind.BOOL),
          f("applicant.institution.name", Kind.TEXT), f("applicant.institution.brin", Kind.TEXT),
          f("applicant.institution.signed", Kind.BOOL), f("existingCooperation", Kind.BOOL), f("pilotProfielSchool", Kind.BOOL))),
      new Group("agreement", "agreement", List.of(f("agreement.kind", Kind.CODE), f("agreement.facilities", Kind.BOOL),
          f("agreement.governance", Kind.BOOL), f("agreement.fallback", Kind.BOOL), f("agreement.complaints", Kind.BOOL),
          f("agreement.sectorAndDomain", Kind.BOOL), f("agreement.employersInQualificationChoice", Kind.BOOL),
          f("agreement.employersInSetup", Kind.BOOL), f("agreement.fundingTransfer.agreed", Kind.BOOL),
          f("agreement.fundingTransfer.amountEur", Kind.EURO), f("agreement.fundingTransfer.purpose", Kind.TEXT))),
      new Group("advice", "advice", List.of(f("advice.schoolParticipationCouncil", Kind.BOOL), f("advice.studentCouncil", Kind.BOOL),
          f("advice.worksCouncil", Kind.BOOL), f("advice.parentCouncil", Kind.BOOL))),
      new Group("projectPlan", "projectPlan", List.of(f("projectPlan.sharedVision", Kind.BOOL),
          f("projectPlan.organisationPlan", Kind.BOOL), f("projectPlan.programmaticWhole", Kind.BOOL))),
      new Group("assessment", "assessment", List.of(f("assessment.executionFeasible", Kind.BOOL),
          f("assessment.businessInvolved", Kind.BOOL), f("assessment.readyToStart", Kind.BOOL),
          f("assessment.sufficientSupport", Kind.BOOL), f("assessment.risksManaged", Kind.BOOL))));

  /** One route, paths below the route. */
  static final List<Group> ROUTE = List.of(
      new Group("route", null, List.of(f("routeType", Kind.CODE), f("leerwegen", Kind.LEERWEG))),
      new Group("vmbo", "vmbo", List.of(f("vmbo.sector", Kind.CODE), f("vmbo.profiel", Kind.PROFIEL), f("vmbo.afdeling", Kind.TEXT))),
      new Group("mbo", "mbo", List.of(f("mbo.level", Kind.LEVEL), f("mbo.domain", Kind.DOMAIN), f("mbo.qualifications", Kind.QUALIFICATION),
          f("mbo.pathway", Kind.CODE), f("mbo.extendedMiddenkader", Kind.BOOL))),
      new Group("design", "design", List.of(f("design.years", Kind.YEARS), f("design.hours.total", Kind.NUMBER),
          f("design.hours.guided", Kind.NUMBER), f("design.hours.workplacement", Kind.NUMBER))),
      new Group("exams", "exams", List.of(f("exams.sectorSubjectsExcluded", Kind.BOOL), f("exams.vmboExamScope", Kind.CODE),
          f("exams.vmboExamLatestRouteYear", Kind.TEXT))),
      new Group("conditions", null, List.of(f("extraSubjects", Kind.TEXT), f("offeredPreviousYear.school", Kind.BOOL),
          f("offeredPreviousYear.institution", Kind.BOOL), f("exclusions.mboQualityInsufficient", Kind.BOOL),
          f("exclusions.leerwegResultsDeficient", Kind.BOOL), f("exclusions.inBolBblExperiment", Kind.BOOL),
          f("oer.programmeWithHours", Kind.BOOL), f("oer.fallbackExecution", Kind.BOOL))));

  /** How each known field reads, by its path (below the route for a route's fields): the difference view reads values so too. */
  static final Map<String, Kind> KINDS = kinds();

  private static Map<String, Kind> kinds() {
    Map<String, Kind> kinds = new LinkedHashMap<>();
    for (List<Group> groups : List.of(APPLICATION, ROUTE)) {
      groups.forEach(g -> g.fields().forEach(field -> kinds.put(field.path(), field.kind())));
    }
    return Map.copyOf(kinds);
  }

  static ApplicationSummary of(JsonNode doc, Readable readable) {
    List<Section> application = new ArrayList<>();
    for (Group g : APPLICATION) {
      application.add(section(g, doc, "", readable));
    }
    List<RouteSummary> routes = new ArrayList<>();
    JsonNode list = doc.path("routes");
    for (int i = 0; i < list.size(); i++) {
      JsonNode route = list.get(i);
      String prefix = "routes[" + i + "].";
      List<Section> sections = new ArrayList<>();
      for (Group g : ROUTE) {
        sections.add(section(g, route, prefix, readable));
      }
      String path = "routes[" + i + "]";
      String type = Readable.absent(route.path("routeType")) ? null : readable.text(route.path("routeType"), Kind.CODE);
      routes.add(new RouteSummary(i, route.path("routeId").asString(Integer.toString(i + 1)), path, FormView.fieldId(path), type,
          headline(route, readable), sections));
    }
    return new ApplicationSummary(application, routes);
  }

  private static Section section(Group g, JsonNode node, String prefix, Readable readable) {
    List<Row> rows = new ArrayList<>();
    for (Field field : g.fields()) {
      String path = prefix + field.path();
      rows.add(new Row(path, FormView.fieldId(path), readable.msg("f." + field.path()),
          readable.items(Readable.at(node, field.path()), field.kind())));
    }
    String path = g.path() == null ? null : prefix + g.path();
    // a part that is one JSON object has the id of its path, as a finding about it links (ResultView, FormView.fieldId)
    String id = path != null ? FormView.fieldId(path) : "summary-" + (prefix.isEmpty() ? "" : prefix.replaceAll("[^A-Za-z0-9]+", "-")) + g.key();
    return new Section(g.key(), path, id, readable.msg("desk.g." + g.key()), rows);
  }

  /** "BB, KB → niveau 2, c – Techniek en procesindustrie, 3 jaar": what a reviewer recognises a route by. */
  private static String headline(JsonNode route, Readable readable) {
    List<String> parts = new ArrayList<>();
    JsonNode leerwegen = route.path("leerwegen");
    List<String> lw = new ArrayList<>();
    leerwegen.forEach(l -> lw.add(l.asString()));
    String from = lw.isEmpty() ? readable.msg("desk.value.unknown") : String.join(", ", lw);
    String level = Readable.absent(route.path("mbo").path("level")) ? readable.msg("desk.value.unknown")
        : readable.text(route.path("mbo").path("level"), Kind.LEVEL);
    parts.add(readable.msg("desk.headline.fromTo", from, level));
    if (!Readable.absent(route.path("mbo").path("domain"))) {
      parts.add(readable.text(route.path("mbo").path("domain"), Kind.DOMAIN));
    }
    if (!Readable.absent(route.path("design").path("years"))) {
      parts.add(readable.text(route.path("design").path("years"), Kind.YEARS));
    }
    return String.join(" · ", parts);
  }

  /** The summary of the route with this id; null when the document has none. */
  public RouteSummary route(String routeId) {
    return routes.stream().filter(r -> r.routeId().equals(routeId)).findFirst().orElse(null);
  }

  /** The paths the summary shows a place for (values and sections), so that a finding about one links to it. */
  Set<String> paths() {
    Set<String> paths = new LinkedHashSet<>();
    for (Section s : application) {
      add(paths, s);
    }
    for (RouteSummary r : routes) {
      paths.add(r.path());
      r.sections().forEach(s -> add(paths, s));
    }
    return paths;
  }

  private static void add(Set<String> paths, Section s) {
    if (s.path() != null) {
      paths.add(s.path());
    }
    s.rows().forEach(r -> paths.add(r.path()));
  }

  /**
   * The place on the page a finding's path is about: the value itself, or else the nearest enclosing part the summary
   * shows ({@code routes[0].design.hours} → the route's design, {@code routes[0].mbo.qualifications[1]} → the
   * qualifications); null when the summary shows none.
   */
  String place(String path) {
    Set<String> paths = paths();
    String p = path;
    while (p != null && !p.isEmpty()) {
      if (paths.contains(p)) {
        return p;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? null : p.substring(0, cut);
    }
    return null;
  }
}
