package nl.routetoets.web;

import static nl.routetoets.web.FormDocuments.at;
import static nl.routetoets.web.FormDocuments.set;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.routetoets.document.Json;
import nl.routetoets.model.Codes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The school's application form as HTML fields, and back. Every input is named by its JSON path
 * ({@code routes[0].design.years}), so the reader's errors, which name JSON paths, land next to the
 * field they concern. The form edits a document rather than replacing it: fields the form does not
 * show (an uploaded document's assessment, say) are kept as they were.
 *
 * <p>Nothing here judges a value: an empty field is {@code null} ("not known"), and a value that does
 * not fit its type goes into the document as typed, so that the project's reader refuses it with
 * the path and the problem.
 */
final class ApplicationForm {
  enum Kind { TEXT, DATE, DATETIME, INT, DECIMAL, BOOL, ENUM, LIST, ENUM_LIST }

  /** A field: its JSON path below the document or the route, its kind, and the values of a choice. */
  record Field(String path, Kind kind, List<String> options) {
    static Field of(String path, Kind kind) {
      return new Field(path, kind, List.of());
    }

    static Field choice(String path, Class<? extends Enum<?>> codes) {
      return new Field(path, Kind.ENUM, FormDocuments.names(codes));
    }
  }

  record Group(String key, List<Field> fields) {}

  static final List<Group> APPLICATION = List.of(
      new Group("about", List.of(
          Field.of("id", Kind.TEXT), Field.of("asOf", Kind.DATE), Field.of("startSchoolYear", Kind.TEXT),
          Field.of("submittedAt", Kind.DATETIME), Field.choice("submissionChannel", Codes.SubmissionChannel.class))),
      new Group("applicant", List.of(
          Field.choice("applicant.form", Codes.ApplicantForm.class),
          Field.of("applicant.school.brin", Kind.TEXT), Field.of("applicant.school.vestiging", Kind.TEXT),
          Field.of("applicant.school.name", Kind.TEXT), Field.of("applicant.school.signed", Kind.BOOL),
          Field.of("applicant.institution.brin", Kind.TEXT), Field.of("applicant.institution.name", Kind.TEXT),
          Field.of("applicant.institution.signed", Kind.BOOL),
          Field.of("existingCooperation", Kind.BOOL), Field.of("pilotProfielSchool", Kind.BOOL))),
      new Group("agreement", List.of(
          Field.choice("agreement.kind", Codes.AgreementKind.class),
          Field.of("agreement.facilities", Kind.BOOL), Field.of("agreement.governance", Kind.BOOL),
          Field.of("agreement.fallback", Kind.BOOL), Field.of("agreement.complaints", Kind.BOOL),
          Field.of("agreement.sectorAndDomain", Kind.BOOL), Field.of("agreement.employersInQualificationChoice", Kind.BOOL),
          Field.of("agreement.employersInSetup", Kind.BOOL), Field.of("agreement.fundingTransfer.agreed", Kind.BOOL),
          Field.of("agreement.fundingTransfer.amountEur", Kind.DECIMAL), Field.of("agreement.fundingTransfer.purpose", Kind.TEXT))),
      new Group("advice", List.of(
          Field.of("advice.schoolParticipationCouncil", Kind.BOOL), Field.of("advice.studentCouncil", Kind.BOOL),
          Field.of("advice.worksCouncil", Kind.BOOL),
          // formats.md: true, false, or "NONE" when the institution has no ouderraad
          new Field("advice.parentCouncil", Kind.ENUM, List.of("true", "false", "NONE")))),
      new Group("projectPlan", List.of(
          Field.of("projectPlan.sharedVision", Kind.BOOL), Field.of("projectPlan.organisationPlan", Kind.BOOL),
          Field.of("projectPlan.programmaticWhole", Kind.BOOL))));

  static final List<Group> ROUTE = List.of(
      new Group("route", List.of(
          Field.of("routeId", Kind.TEXT), Field.choice("routeType", Codes.RouteType.class),
          new Field("leerwegen", Kind.ENUM_LIST, FormDocuments.names(Codes.Leerweg.class)))),
      new Group("vmbo", List.of(
          Field.choice("vmbo.sector", Codes.Sector.class), Field.of("vmbo.profiel", Kind.TEXT), Field.of("vmbo.afdeling", Kind.TEXT))),
      new Group("mbo", List.of(
          Field.of("mbo.level", Kind.INT), Field.of("mbo.domain", Kind.TEXT), Field.of("mbo.qualifications", Kind.LIST),
          Field.choice("mbo.pathway", Codes.Pathway.class), Field.of("mbo.extendedMiddenkader", Kind.BOOL))),
      new Group("design", List.of(
          Field.of("design.years", Kind.INT), Field.of("design.hours.total", Kind.INT), Field.of("design.hours.guided", Kind.INT),
          Field.of("design.hours.workplacement", Kind.INT))),
      new Group("exams", List.of(
          Field.of("exams.sectorSubjectsExcluded", Kind.BOOL), Field.choice("exams.vmboExamScope", Codes.ExamScope.class),
          Field.of("exams.vmboExamLatestRouteYear", Kind.INT))),
      new Group("conditions", List.of(
          Field.of("extraSubjects", Kind.LIST),
          Field.of("offeredPreviousYear.school", Kind.BOOL), Field.of("offeredPreviousYear.institution", Kind.BOOL),
          Field.of("exclusions.mboQualityInsufficient", Kind.BOOL), Field.of("exclusions.leerwegResultsDeficient", Kind.BOOL),
          Field.of("exclusions.inBolBblExperiment", Kind.BOOL),
          Field.of("oer.programmeWithHours", Kind.BOOL), Field.of("oer.fallbackExecution", Kind.BOOL))));

  private ApplicationForm() {}

  static String routePrefix(int index) {
    return "routes[" + index + "].";
  }

  /** Every input name of a document with this many routes. */
  static Stream<String> names(int routes) {
    Stream<String> app = APPLICATION.stream().flatMap(g -> g.fields().stream()).map(Field::path);
    Stream<String> route = Stream.iterate(0, i -> i < routes, i -> i + 1)
        .flatMap(i -> ROUTE.stream().flatMap(g -> g.fields().stream()).map(f -> routePrefix(i) + f.path()));
    return Stream.concat(app, route);
  }

  /**
   * The document the form describes: {@code base} (the document as it was) with every field of the
   * form written over it, and as many routes as {@code routeCount}. A date and time is entered as
   * local time in {@code zone}, the rule set's time zone (UR2015 art. 2(7) counts the instant of
   * submission in Amsterdam).
   */
  static ObjectNode document(ObjectNode base, Map<String, String[]> params, int routeCount, ZoneId zone) {
    ObjectNode doc = base == null ? JsonNodeFactory.instance.objectNode() : base.deepCopy();
    doc.put("type", "application");
    for (Group g : APPLICATION) {
      for (Field f : g.fields()) {
        set(doc, f.path(), value(f, params.get(f.path()), zone));
      }
    }
    ArrayNode routes = doc.has("routes") && doc.get("routes").isArray() ? (ArrayNode) doc.get("routes") : doc.putArray("routes");
    while (routes.size() > routeCount) {
      routes.remove(routes.size() - 1);
    }
    for (int i = 0; i < routeCount; i++) {
      if (i >= routes.size() || !routes.get(i).isObject()) {
        if (i < routes.size()) {
          routes.set(i, JsonNodeFactory.instance.objectNode());
        } else {
          routes.addObject();
        }
      }
      ObjectNode route = (ObjectNode) routes.get(i);
      for (Group g : ROUTE) {
        for (Field f : g.fields()) {
          set(route, f.path(), value(f, params.get(routePrefix(i) + f.path()), zone));
        }
      }
    }
    return doc;
  }

  /**
   * The form's values for a document: input name → the values shown (one, or several for a set of
   * check boxes); a date and time as local time in {@code zone}.
   */
  static Map<String, List<String>> values(JsonNode doc, ZoneId zone) {
    Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    for (Group g : APPLICATION) {
      for (Field f : g.fields()) {
        values.put(f.path(), shown(f, at(doc, f.path()), zone));
      }
    }
    JsonNode routes = doc.path("routes");
    for (int i = 0; i < routes.size(); i++) {
      for (Group g : ROUTE) {
        for (Field f : g.fields()) {
          values.put(routePrefix(i) + f.path(), shown(f, at(routes.get(i), f.path()), zone));
        }
      }
    }
    return values;
  }

  static int routeCount(JsonNode doc) {
    return doc.path("routes").isArray() ? doc.path("routes").size() : 0;
  }

  private static JsonNode value(Field f, String[] given, ZoneId zone) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    if (f.kind() == Kind.ENUM_LIST) {
      ArrayNode list = n.arrayNode();
      if (given != null) {
        Arrays.stream(given).filter(s -> !s.isBlank()).distinct().forEach(list::add);
      }
      return list;
    }
    String v = given == null || given.length == 0 ? "" : given[0].strip();
    if (f.kind() == Kind.LIST) {
      ArrayNode list = n.arrayNode();
      Arrays.stream(v.split("[,;\\s]+")).filter(s -> !s.isBlank()).forEach(list::add);
      return list;
    }
    if (v.isEmpty()) {
      return n.nullNode();
    }
    return switch (f.kind()) {
      case BOOL -> "true".equals(v) || "false".equals(v) ? n.booleanNode(Boolean.parseBoolean(v)) : n.stringNode(v);
      case INT -> parsed(v, () -> n.numberNode(Integer.parseInt(v)));
      case DECIMAL -> parsed(v, () -> v.matches("-?\\d{1,9}") ? n.numberNode(Integer.parseInt(v)) : n.numberNode(new BigDecimal(v.replace(',', '.'))));
      case DATETIME -> n.stringNode(instant(v, zone));
      case ENUM -> "true".equals(v) || "false".equals(v) ? n.booleanNode(Boolean.parseBoolean(v)) : n.stringNode(v);
      default -> n.stringNode(v);
    };
  }

  /** A number as a number; anything else as the text typed, for the reader to refuse with its path. */
  private static JsonNode parsed(String v, java.util.function.Supplier<JsonNode> number) {
    try {
      return number.get();
    } catch (NumberFormatException e) {
      return JsonNodeFactory.instance.stringNode(v);
    }
  }

  /** "2016-10-19T14:36" as local time in the zone, with its offset; what is not such a time stays as typed. */
  private static String instant(String local, ZoneId zone) {
    try {
      return LocalDateTime.parse(local).atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return local;
    }
  }

  private static List<String> shown(Field f, JsonNode node, ZoneId zone) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return List.of("");
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.isString() ? item.asString() : item.toString()));
      return f.kind() == Kind.LIST ? List.of(String.join(", ", items)) : items;
    }
    String text = node.isString() ? node.asString() : node.toString();
    if (f.kind() == Kind.DATETIME) {
      try {
        return List.of(OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString());
      } catch (DateTimeParseException e) {
        return List.of(text);
      }
    }
    return List.of(text);
  }

  /** Parses the hidden copy of the document the form edits; a tampered or empty one starts afresh. */
  static ObjectNode base(String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(json) instanceof ObjectNode o ? o : null;
    } catch (tools.jackson.core.JacksonException e) {
      return null;
    }
  }
}
