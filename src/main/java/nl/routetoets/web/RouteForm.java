package nl.routetoets.web;

import static nl.routetoets.web.FormDocuments.at;
import static nl.routetoets.web.FormDocuments.set;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.model.Codes;
import nl.routetoets.model.LawParts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A school's plan for a route under the structural law (a {@code route} document, formats.md §5) as
 * HTML fields, and back. As in {@link ApplicationForm}, every input is named by its JSON path, so the
 * reader's errors and the findings' paths land beside the field they concern.
 *
 * <p>The form shows every field of the format, so the document is built from the form alone. An empty
 * field is {@code null} ("not known"); a part whose every field is empty is {@code null} as a whole.
 * Where the format lets a document say that something is not there ({@code "NONE"}), the form offers
 * that as a choice of its own, apart from "unknown". Nothing here judges the plan: a value is read as
 * its kind the way a Dutch school writes it ({@link FormInput}: "3.000" uren, "2021/2022", a domain by
 * its name, qualifications chosen from a list); a value the form cannot read is named in the page's
 * language beside its field and goes into the document as typed, so that the reader refuses it too.
 */
final class RouteForm {
  /**
   * {@code PRESENCE}: whether a part that may be {@code "NONE"} is there ("" unknown, {@code GIVEN},
   * {@code NONE}); {@code YEAR_OR_NONE}: a route year or {@code "NONE"}; {@code PROFIEL} and
   * {@code PROFIEL_LIST}: vmbo profielen, {@code DOMAIN}: an opleidingsdomein (or NONE for entree),
   * {@code QUALIFICATIONS}: crebos, {@code BRIN}: a BRIN — chosen from the rule set's reference data.
   */
  enum Kind { TEXT, DATE, SCHOOL_YEAR, INT, DECIMAL, BOOL, ENUM, LIST, ENUM_LIST, YEAR_OR_NONE, PRESENCE, PROFIEL, PROFIEL_LIST,
    DOMAIN, QUALIFICATIONS, BRIN }

  /** A part that may be {@code "NONE"} is there (an object). */
  static final String GIVEN = "GIVEN";

  /** The route years offered for the central exam: a route takes at most six years (WVO 10b16(d)). */
  private static final List<String> ROUTE_YEARS = List.of("1", "2", "3", "4", "5", "6", LawParts.NONE);

  record Field(String path, Kind kind, List<String> options) {
    static Field of(String path, Kind kind) {
      return new Field(path, kind, List.of());
    }

    static Field choice(String path, Class<? extends Enum<?>> codes) {
      return new Field(path, Kind.ENUM, FormDocuments.names(codes));
    }

    static Field choices(String path, Class<? extends Enum<?>> codes) {
      return new Field(path, Kind.ENUM_LIST, FormDocuments.names(codes));
    }

    static Field bool(String path) {
      return new Field(path, Kind.BOOL, List.of());
    }

    /** Whether the part at this path is there, or {@code "NONE"}. */
    static Field presence(String path) {
      return new Field(path, Kind.PRESENCE, List.of(GIVEN, LawParts.NONE));
    }
  }

  record Group(String key, List<Field> fields) {}

  /** The document the form describes, and what in the form could not be read. */
  record Built(ObjectNode document, List<FormInput.Problem> problems) {}

  /** The clauses of the agreement, WVO 10b11(2) a–j, in order (formats.md §5). */
  static final List<String> CLAUSES = List.of("profielAndRelated", "management", "managementReporting", "organisation",
      "fundingTransfer", "overstapoptie", "businessInvolvement", "disputes", "joiningAndEnding", "participation");

  static final List<Group> GROUPS = List.of(
      new Group("about", List.of(
          Field.of("id", Kind.TEXT), Field.of("asOf", Kind.DATE), Field.choice("kind", Codes.LawRouteKind.class),
          Field.of("firstSchoolYear", Kind.SCHOOL_YEAR))),
      new Group("provider", List.of(
          Field.choice("provider.form", Codes.ProviderForm.class),
          Field.of("provider.school.brin", Kind.BRIN), Field.of("provider.school.vestiging", Kind.TEXT),
          Field.of("provider.school.name", Kind.TEXT), Field.choices("provider.school.leerwegen", Codes.Leerweg.class),
          Field.of("provider.school.profielen", Kind.PROFIEL_LIST),
          Field.of("provider.institution.brin", Kind.BRIN), Field.of("provider.institution.name", Kind.TEXT))),
      new Group("vmbo", List.of(
          Field.choices("leerwegen", Codes.Leerweg.class), Field.of("vmbo.profiel", Kind.PROFIEL))),
      new Group("mbo", List.of(
          Field.of("mbo.level", Kind.INT), Field.of("mbo.programmeYears", Kind.INT), Field.bool("mbo.extendedMiddenkader"),
          Field.of("mbo.domain", Kind.DOMAIN), Field.of("mbo.qualifications", Kind.QUALIFICATIONS), Field.choice("mbo.pathway", Codes.Pathway.class),
          Field.bool("mbo.relatedToVo"))),
      new Group("design", List.of(
          Field.of("design.years", Kind.INT), Field.choices("design.locations", Codes.Location.class),
          new Field("design.vmboCentralExamRouteYear", Kind.YEAR_OR_NONE, ROUTE_YEARS),
          Field.of("design.hours.total", Kind.INT), Field.of("design.hours.guided", Kind.INT),
          Field.of("design.hours.workplacement", Kind.INT))),
      new Group("reducedHours", List.of(
          Field.bool("design.reducedHours.schoolplan"), Field.bool("design.reducedHours.schoolgids"),
          Field.bool("design.reducedHours.annualReport"))),
      new Group("programme", List.of(
          Field.bool("design.programmeDescription.perYear"), Field.bool("design.programmeDescription.examinationPerYear"),
          Field.bool("design.programmeDescription.partsMarked"), Field.bool("design.programmeDescription.inOer"),
          Field.bool("design.teams.used"), Field.bool("design.teams.namedInDescription"))),
      new Group("agreement", agreementFields()),
      new Group("melding", List.of(
          Field.presence("melding"), Field.of("melding.notifiedOn", Kind.DATE), Field.bool("melding.jointly"))),
      new Group("complaints", List.of(
          Field.bool("complaints.coversOtherBoard"), Field.bool("complaints.chairIndependent"))),
      new Group("glr", List.of(Field.bool("glr.bbFinalExamOffered"))));

  private RouteForm() {}

  /** The agreement: whether there is one, its kind, then clauses a–j; clause e is the funding transfer. */
  private static List<Field> agreementFields() {
    List<Field> fields = new ArrayList<>(List.of(Field.presence("agreement"), Field.choice("agreement.kind", Codes.AgreementKind.class)));
    for (String clause : CLAUSES) {
      if (clause.equals("fundingTransfer")) {
        fields.add(Field.bool("agreement.fundingTransfer.agreed"));
        fields.add(Field.of("agreement.fundingTransfer.amountEur", Kind.DECIMAL));
        fields.add(Field.of("agreement.fundingTransfer.purpose", Kind.TEXT));
      } else {
        fields.add(Field.bool("agreement." + clause));
      }
    }
    return List.copyOf(fields);
  }

  /** Every field, in the order of the form. */
  static List<Field> fields() {
    return GROUPS.stream().flatMap(g -> g.fields().stream()).toList();
  }

  /** Every input name, in the order of the form. */
  static List<String> names() {
    return fields().stream().map(Field::path).toList();
  }

  /** The document the form's request describes: a {@code route} document with every field of the form. */
  static Built document(Map<String, String[]> params, SchoolLookups lookups) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode doc = n.objectNode();
    doc.put("type", "route");
    List<FormInput.Problem> problems = new ArrayList<>();
    Map<String, String> presence = new LinkedHashMap<>();
    for (Field f : fields()) {
      String[] given = params.get(f.path());
      if (f.kind() == Kind.PRESENCE) {
        presence.put(f.path(), first(given));
        doc.set(f.path(), n.nullNode()); // keeps the part's place in the document's order
      } else {
        set(doc, f.path(), value(f, given, lookups, problems));
      }
    }
    emptyPartsAsNull(doc);
    problems.addAll(unanswered(doc));
    presence.forEach((path, answer) -> {
      if (LawParts.NONE.equals(answer)) {
        doc.put(path, LawParts.NONE);
      } else if (GIVEN.equals(answer) && !doc.path(path).isObject()) {
        // there is one, but nothing of it is known yet: an object of unknowns, not "unknown whether there is one"
        ObjectNode part = doc.putObject(path);
        fields().stream().map(Field::path).filter(p -> p.startsWith(path + "."))
            .map(p -> p.substring(path.length() + 1).split("\\.")[0]).distinct().forEach(child -> part.set(child, n.nullNode()));
      } else if (!answer.isEmpty() && !GIVEN.equals(answer)) {
        doc.put(path, answer); // not a choice of the form: as sent, for the reader to refuse
      }
    });
    return new Built(doc, List.copyOf(problems));
  }

  /**
   * The id and the peildatum when a document lacks them. The reader refuses such a document too, in its
   * own words; the form says what to do in the page's language.
   */
  static List<FormInput.Problem> unanswered(JsonNode doc) {
    List<FormInput.Problem> problems = new ArrayList<>();
    if (absent(doc.path("id"))) {
      problems.add(new FormInput.Problem("id", "routeForm.problem.id", List.of()));
    }
    if (absent(doc.path("asOf"))) {
      problems.add(new FormInput.Problem("asOf", "routeForm.problem.asOf", List.of()));
    }
    return problems;
  }

  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  /** The form's values for a document: input name → the values shown (one, or several for a set of check boxes). */
  static Map<String, List<String>> values(JsonNode doc) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Field f : fields()) {
      values.put(f.path(), shown(f, at(doc, f.path())));
    }
    return values;
  }

  /**
   * The field a path of the document is about, for a finding or an error: the field itself; a list's
   * field for one of its items ({@code leerwegen[1]}); for a part, its first field ({@code design.hours}
   * → the total); else the field of the nearest part above it. Null when the path is about the whole
   * document or no field of the form.
   */
  static String fieldOf(String path) {
    return FormDocuments.nearestField(path, names());
  }

  private static String first(String[] given) {
    return given == null || given.length == 0 || given[0] == null ? "" : given[0].strip();
  }

  private static JsonNode value(Field f, String[] given, SchoolLookups lookups, List<FormInput.Problem> problems) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    if (f.kind() == Kind.ENUM_LIST || f.kind() == Kind.PROFIEL_LIST) {
      ArrayNode list = n.arrayNode();
      if (given != null) {
        Arrays.stream(given).map(String::strip).filter(s -> !s.isEmpty()).distinct().forEach(list::add);
      }
      return list.isEmpty() ? n.nullNode() : list;
    }
    if (f.kind() == Kind.QUALIFICATIONS) {
      ArrayNode list = FormInput.qualifications(f.path(), given, lookups.reference(), problems);
      return list.isEmpty() ? n.nullNode() : list;
    }
    String v = first(given);
    if (f.kind() == Kind.LIST) {
      ArrayNode list = n.arrayNode();
      Arrays.stream(v.split("[,;\\s]+")).filter(s -> !s.isBlank()).forEach(list::add);
      return list.isEmpty() ? n.nullNode() : list;
    }
    if (v.isEmpty()) {
      return n.nullNode();
    }
    return switch (f.kind()) {
      case BOOL -> "true".equals(v) || "false".equals(v) ? n.booleanNode(Boolean.parseBoolean(v)) : n.stringNode(v);
      case INT -> FormInput.integer(f.path(), v, problems);
      case DECIMAL -> FormInput.decimal(f.path(), v, problems);
      case DATE -> FormInput.date(f.path(), v, problems);
      case SCHOOL_YEAR -> FormInput.schoolYear(f.path(), v, problems);
      case YEAR_OR_NONE -> v.matches("\\d{1,2}") ? n.numberNode(Integer.parseInt(v)) : n.stringNode(v);
      // no rule of the law names an unknown domain: the form does, with the choices
      case DOMAIN -> FormInput.domain(f.path(), v, lookups.reference(), true, true, problems);
      case BRIN -> FormInput.brin(v);
      default -> n.stringNode(v);
    };
  }

  /** Every object below the root whose values are all null (after its own parts) becomes null: a part not known at all. */
  private static void emptyPartsAsNull(ObjectNode node) {
    for (String name : new ArrayList<>(node.propertyNames())) {
      if (node.get(name) instanceof ObjectNode part) {
        emptyPartsAsNull(part);
        if (part.valueStream().allMatch(JsonNode::isNull)) {
          node.set(name, JsonNodeFactory.instance.nullNode());
        }
      }
    }
  }

  private static List<String> shown(Field f, JsonNode node) {
    if (f.kind() == Kind.PRESENCE) {
      if (node != null && node.isObject()) {
        return List.of(GIVEN);
      }
      return List.of(node != null && node.isString() ? node.asString() : "");
    }
    if (node == null || node.isNull() || node.isMissingNode()) {
      return List.of("");
    }
    if (node.isArray()) {
      List<String> items = FormInput.items(node);
      return f.kind() == Kind.LIST ? List.of(String.join(", ", items)) : items;
    }
    return List.of(node.isString() ? node.asString() : node.toString());
  }
}
