package nl.routetoets.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * A stored route document (formats.md §5) as a page shows it: its fields in groups, each with a label
 * and a readable value, read from the document's JSON as it was sent, so that what the page shows is
 * what the school recorded. A missing or null field reads "onbekend" (formats: not known), except
 * where the format leaves a part out when it does not apply; {@code "NONE"} reads as the known absence it is.
 */
record LawRouteFields(List<Section> sections) {
  /** {@code id}: the HTML id a finding's path links to. */
  record Section(String path, String id, String title, List<Row> rows) {}

  record Row(String path, String id, String label, String value) {}

  /** How a field's value reads: as it is, as a code with its label ({@code code.<value>}), or as optional (left out when it does not apply). */
  private enum Kind { TEXT, CODE, OPTIONAL }

  private record Field(String path, Kind kind) {}

  private record Group(String key, String path, boolean optional, List<Field> fields) {}

  private static Field text(String path) {
    return new Field(path, Kind.TEXT);
  }

  private static Field code(String path) {
    return new Field(path, Kind.CODE);
  }

  private static Field optional(String path) {
    return new Field(path, Kind.OPTIONAL);
  }

  /** The groups in the order of formats.md §5; an optional group is shown only when the document has it. */
  private static final List<Group> GROUPS = List.of(
      new Group("provider", "provider", false, List.of(code("provider.form"), text("provider.school.brin"),
          text("provider.school.vestiging"), text("provider.school.name"), code("provider.school.leerwegen"),
          code("provider.school.profielen"), text("provider.institution.brin"), text("provider.institution.name"))),
      new Group("vmbo", "vmbo", false, List.of(code("leerwegen"), code("vmbo.profiel"))),
      new Group("mbo", "mbo", false, List.of(text("mbo.level"), text("mbo.programmeYears"), code("mbo.extendedMiddenkader"),
          text("mbo.domain"), text("mbo.qualifications"), code("mbo.pathway"), code("mbo.relatedToVo"))),
      new Group("design", "design", false, List.of(text("design.years"), code("design.locations"),
          text("design.vmboCentralExamRouteYear"), text("design.hours.total"), text("design.hours.guided"),
          text("design.hours.workplacement"), optional("design.reducedHours.schoolplan"), optional("design.reducedHours.schoolgids"),
          optional("design.reducedHours.annualReport"), code("design.programmeDescription.perYear"),
          code("design.programmeDescription.examinationPerYear"), code("design.programmeDescription.partsMarked"),
          code("design.programmeDescription.inOer"), code("design.teams.used"), code("design.teams.namedInDescription"))),
      new Group("agreement", "agreement", false, List.of(code("agreement.kind"), code("agreement.profielAndRelated"),
          code("agreement.management"), code("agreement.managementReporting"), code("agreement.organisation"),
          code("agreement.fundingTransfer.agreed"), text("agreement.fundingTransfer.amountEur"),
          text("agreement.fundingTransfer.purpose"), code("agreement.overstapoptie"), code("agreement.businessInvolvement"),
          code("agreement.disputes"), code("agreement.joiningAndEnding"), code("agreement.participation"))),
      new Group("melding", "melding", false, List.of(text("melding.notifiedOn"), code("melding.jointly"))),
      new Group("complaints", "complaints", false, List.of(code("complaints.coversOtherBoard"), code("complaints.chairIndependent"))),
      new Group("glr", "glr", true, List.of(code("glr.bbFinalExamOffered"))));

  static LawRouteFields of(JsonNode doc, MessageSource messages, Locale locale) {
    List<Section> sections = new ArrayList<>();
    for (Group g : GROUPS) {
      JsonNode whole = at(doc, g.path());
      if (g.optional() && absent(whole)) {
        continue;
      }
      List<Row> rows = new ArrayList<>();
      if (whole.isString() && "NONE".equals(whole.asString())) {
        // the whole part is known to be absent ("agreement": "NONE"): one row says so
        rows.add(new Row(g.path(), null, msg(messages, locale, "lawroute.g." + g.key() + ".absent"),
            msg(messages, locale, "lawroute.none")));
      } else {
        for (Field f : g.fields()) {
          rows.add(new Row(f.path(), FormView.fieldId(f.path()), msg(messages, locale, "lawroute.f." + f.path()),
              value(at(doc, f.path()), f.kind(), messages, locale)));
        }
      }
      sections.add(new Section(g.path(), FormView.fieldId(g.path()), msg(messages, locale, "lawroute.g." + g.key()), rows));
    }
    return new LawRouteFields(sections);
  }

  /** The paths the page shows a place for, so that a finding about one links to it. */
  Set<String> paths() {
    Set<String> paths = new LinkedHashSet<>();
    for (Section s : sections) {
      paths.add(s.path());
      s.rows().stream().filter(r -> r.id() != null).forEach(r -> paths.add(r.path()));
    }
    return paths;
  }

  private static String value(JsonNode v, Kind kind, MessageSource messages, Locale locale) {
    if (absent(v)) {
      return msg(messages, locale, kind == Kind.OPTIONAL ? "lawroute.notGiven" : "lawroute.unknown");
    }
    if (v.isString() && "NONE".equals(v.asString())) {
      return msg(messages, locale, "lawroute.none");
    }
    if (v.isArray()) {
      if (v.isEmpty()) {
        return msg(messages, locale, "lawroute.noneListed");
      }
      List<String> items = new ArrayList<>();
      v.forEach(item -> items.add(value(item, kind, messages, locale)));
      return String.join(", ", items);
    }
    String text = v.isBoolean() ? Boolean.toString(v.asBoolean()) : v.asString();
    return kind == Kind.TEXT ? text : messages.getMessage("code." + text, null, text, locale);
  }

  private static JsonNode at(JsonNode doc, String path) {
    JsonNode n = doc;
    for (String part : path.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }

  private static boolean absent(JsonNode n) {
    return n.isMissingNode() || n.isNull();
  }

  private static String msg(MessageSource messages, Locale locale, String key) {
    return messages.getMessage(key, null, key, locale);
  }
}
