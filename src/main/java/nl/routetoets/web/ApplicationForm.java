package nl.routetoets.web;

import static nl.routetoets.web.FormDocuments.at;
import static nl.routetoets.web.FormDocuments.set;

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
 * <p>Nothing here judges the application: an empty field is {@code null} ("not known"). A value is read
 * as its kind the way a Dutch school writes it ({@link FormInput}: "3.000" uren, "2017/2018", a domain by
 * its name); what the form cannot read is named beside its field in the page's language and goes into
 * the document as typed, so that the project's reader refuses it too. The moment of submission is not a
 * field: it is the moment the service receives the application (SchoolPages sets it).
 */
final class ApplicationForm {
  /**
   * {@code PROFIEL}: a vmbo profiel of the reference list (a select); {@code DOMAIN}: an opleidingsdomein by
   * crebo, letter or name (a datalist); {@code QUALIFICATIONS}: crebos ticked in the list of the route's
   * level and domain or typed; {@code BRIN}: a BRIN, with the school's name from DUO's data beside it.
   */
  enum Kind { TEXT, DATE, DATETIME, SCHOOL_YEAR, INT, DECIMAL, BOOL, ENUM, LIST, ENUM_LIST, PROFIEL, DOMAIN, QUALIFICATIONS, BRIN }

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

  /** The document the form describes, and what in the form could not be read. */
  record Built(ObjectNode document, List<FormInput.Problem> problems) {}

  static final List<Group> APPLICATION = List.of(
      new Group("about", List.of(
          Field.of("id", Kind.TEXT), Field.of("asOf", Kind.DATE), Field.of("startSchoolYear", Kind.SCHOOL_YEAR))),
      new Group("applicant", List.of(
          Field.choice("applicant.form", Codes.ApplicantForm.class),
          Field.of("applicant.school.brin", Kind.BRIN), Field.of("applicant.school.vestiging", Kind.TEXT),
          Field.of("applicant.school.name", Kind.TEXT), Field.of("applicant.school.signed", Kind.BOOL),
          Field.of("applicant.institution.brin", Kind.BRIN), Field.of("applicant.institution.name", Kind.TEXT),
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
          Field.choice("vmbo.sector", Codes.Sector.class), Field.of("vmbo.profiel", Kind.PROFIEL), Field.of("vmbo.afdeling", Kind.TEXT))),
      new Group("mbo", List.of(
          Field.of("mbo.level", Kind.INT), Field.of("mbo.domain", Kind.DOMAIN), Field.of("mbo.qualifications", Kind.QUALIFICATIONS),
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

  /**
   * The document the form describes: {@code base} (the document as it was) with every field of the
   * form written over it, and as many routes as {@code routeCount}, with what the form could not read.
   * A date and time is entered as local time in {@code zone}, the rule set's time zone.
   */
  static Built document(ObjectNode base, Map<String, String[]> params, int routeCount, ZoneId zone, SchoolLookups lookups) {
    ObjectNode doc = base == null ? JsonNodeFactory.instance.objectNode() : base.deepCopy();
    List<FormInput.Problem> problems = new ArrayList<>();
    doc.put("type", "application");
    for (Group g : APPLICATION) {
      for (Field f : g.fields()) {
        set(doc, f.path(), value(f, f.path(), params.get(f.path()), zone, lookups, problems));
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
          String name = routePrefix(i) + f.path();
          set(route, f.path(), value(f, name, params.get(name), zone, lookups, problems));
        }
      }
    }
    problems.addAll(unanswered(doc));
    return new Built(withoutSubmission(doc), List.copyOf(problems));
  }

  /** The id and the peildatum when a document lacks them: the reader refuses it too, in its own words; the form says what to do. */
  static List<FormInput.Problem> unanswered(JsonNode doc) {
    List<FormInput.Problem> problems = new ArrayList<>();
    if (doc.path("id").isMissingNode() || doc.path("id").isNull()) {
      problems.add(new FormInput.Problem("id", "check.problem.id", List.of()));
    }
    if (doc.path("asOf").isMissingNode() || doc.path("asOf").isNull()) {
      problems.add(new FormInput.Problem("asOf", "check.problem.asOf", List.of()));
    }
    return problems;
  }

  /**
   * The document without a moment of submission: that is the moment the service receives it, not a value
   * a draft keeps (a form that was uploaded, or a new version of a returned application, drops it).
   */
  static ObjectNode withoutSubmission(ObjectNode doc) {
    doc.remove("submittedAt");
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

  private static final java.util.regex.Pattern IN_ROUTE = java.util.regex.Pattern.compile("routes\\[(\\d+)](?:\\.(.*))?");

  /**
   * The input a path of the document is about, for a finding or an error: a route's path
   * ({@code routes[1].mbo.qualifications[0]}) in that route's fields, any other in the application's
   * (see {@link FormDocuments#nearestField}); null when no field of the form shows it.
   */
  static String fieldOf(String path, int routes) {
    if (path == null) {
      return null;
    }
    java.util.regex.Matcher route = IN_ROUTE.matcher(path);
    if (route.matches()) {
      int i = Integer.parseInt(route.group(1));
      if (i >= routes) {
        return null;
      }
      String field = route.group(2) == null ? null : FormDocuments.nearestField(route.group(2), ROUTE_NAMES);
      return routePrefix(i) + (field == null ? "routeId" : field);
    }
    return FormDocuments.nearestField(path, APPLICATION_NAMES);
  }

  private static final List<String> APPLICATION_NAMES = APPLICATION.stream().flatMap(g -> g.fields().stream()).map(Field::path).toList();
  private static final List<String> ROUTE_NAMES = ROUTE.stream().flatMap(g -> g.fields().stream()).map(Field::path).toList();

  /** The field of an input name, and the route it is in (-1 for the application's own fields). */
  record Named(Field field, int route) {}

  static Named named(String name) {
    java.util.regex.Matcher route = IN_ROUTE.matcher(name);
    String path = route.matches() ? route.group(2) : name;
    int index = route.matches() ? Integer.parseInt(route.group(1)) : -1;
    for (Group g : route.matches() ? ROUTE : APPLICATION) {
      for (Field f : g.fields()) {
        if (f.path().equals(path)) {
          return new Named(f, index);
        }
      }
    }
    return null;
  }

  static int routeCount(JsonNode doc) {
    return doc.path("routes").isArray() ? doc.path("routes").size() : 0;
  }

  private static JsonNode value(Field f, String name, String[] given, ZoneId zone, SchoolLookups lookups,
      List<FormInput.Problem> problems) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    if (f.kind() == Kind.ENUM_LIST) {
      ArrayNode list = n.arrayNode();
      if (given != null) {
        Arrays.stream(given).filter(s -> !s.isBlank()).distinct().forEach(list::add);
      }
      return list;
    }
    if (f.kind() == Kind.QUALIFICATIONS) {
      return FormInput.qualifications(name, given, lookups.reference(), problems);
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
      case INT -> FormInput.integer(name, v, problems);
      case DECIMAL -> FormInput.decimal(name, v, problems);
      case DATE -> FormInput.date(name, v, problems);
      case SCHOOL_YEAR -> FormInput.schoolYear(name, v, problems);
      case DATETIME -> n.stringNode(instant(v, zone));
      case ENUM -> "true".equals(v) || "false".equals(v) ? n.booleanNode(Boolean.parseBoolean(v)) : n.stringNode(v);
      // the experiment's rules do not name an unknown domain themselves (N-SCOPE-4 does), nor an unknown profiel: the form does
      case DOMAIN -> FormInput.domain(name, v, lookups.reference(), false, false, problems);
      case PROFIEL -> {
        if (!lookups.isProfiel(v)) {
          problems.add(new FormInput.Problem(name, "form.problem.profiel", List.of(v, SchoolLookups.named(lookups.profielen(), 20))));
        }
        yield n.stringNode(v);
      }
      case BRIN -> FormInput.brin(v);
      default -> n.stringNode(v);
    };
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
      List<String> items = FormInput.items(node);
      return f.kind() == Kind.LIST ? List.of(String.join(", ", items)) : items.isEmpty() ? List.of("") : items;
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
