package nl.routetoets.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureRunner;
import nl.routetoets.document.Docs;
import nl.routetoets.document.SourcedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schemas (src/main/resources/schema) and the reader agree: every document the
 * checker reads validates, every result it writes validates, and what the schema refuses the reader refuses.
 */
class SchemaTest {
  private static final String BASE = "https://routetoets.nl/schema/v1/";
  private static Schema document;
  private static Schema result;
  /** Each document type's own schema, where an error names the field rather than every branch of document.schema.json's oneOf. */
  private static final java.util.Map<String, Schema> OWN = new java.util.HashMap<>();

  @BeforeAll
  static void load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(id -> id.startsWith(BASE) ? resource(id.substring(BASE.length())) : null));
    document = registry.getSchema(SchemaLocation.of(BASE + "document.schema.json"));
    result = registry.getSchema(SchemaLocation.of(BASE + "result.schema.json"));
    for (String type : List.of("application", "trajectory", "route")) {
      OWN.put(type, registry.getSchema(SchemaLocation.of(BASE + type + ".schema.json")));
    }
  }

  private static String resource(String name) {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyReadableFixtureAsBuiltAndEveryDemoDocumentValidates() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Fixture f : FixtureRunner.discover(TestRuleSet.FIXTURES)) {
      if (!"INVALID".equals(f.expected().verdict())) {
        check(f.document(), f.built().json(), problems);
      }
    }
    if (Files.isDirectory(Path.of("demo"))) {
      try (Stream<Path> demo = Files.list(Path.of("demo"))) {
        for (Path p : demo.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          check(p, Files.readString(p), problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** A fixture's document as the runner builds it, not its file: a fixture that names a base and a change is no document. */
  @Test
  void aFixtureIsValidatedAsBuiltFromItsBaseAndChange() throws IOException {
    Fixture changed = FixtureRunner.discover(TestRuleSet.FIXTURES).stream().filter(f -> f.built().change() != null).findFirst().orElseThrow();
    List<String> asBuilt = new ArrayList<>();
    check(changed.document(), changed.built().json(), asBuilt);
    assertThat(asBuilt).isEmpty();
    List<String> asWritten = new ArrayList<>();
    check(changed.document(), Files.readString(changed.document()), asWritten);
    assertThat(asWritten).isNotEmpty();
  }

  private static void check(Path p, String json, List<String> problems) {
    document.validate(Json.MAPPER.readTree(json)).forEach(e -> problems.add(p + ": " + e));
  }

  @Test
  void everyResultTheCheckerWritesValidates() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Fixture f : FixtureRunner.discover(TestRuleSet.FIXTURES)) {
      JsonNode written = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(FixtureRunner.run(f, TestRuleSet.get(), null)));
      result.validate(written).forEach(e -> problems.add(f.document() + ": " + e));
    }
    assertThat(problems).isEmpty();
  }

  /** The demo set holds route documents and law trajectories (formats 1.1), which the fixtures may not yet. */
  @Test
  void theResultOfEveryDemoDocumentValidatesRoutesUnderTheLawToo() throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> types = new ArrayList<>();
    try (Stream<Path> demo = Files.list(Path.of("demo"))) {
      for (Path p : demo.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode written : Json.MAPPER.readTree(TestRuleSet.resultsAsJson(Files.readString(p)))) {
          types.add(written.path("subject").path("type").asString());
          result.validate(written).forEach(e -> problems.add(p + ": " + e));
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(types).contains("route", "trajectory", "application");
  }

  /**
   * Values the published schema refuses, each at a path of a baseline document (APP: an application,
   * TRAJ: a trajectory); {@code -} leaves the field out. The reader must refuse every one of them too.
   */
  private static final String SCHEMA_INVALID = """
      APP  | type                                   | "aanvraag"
      APP  | kleur                                  | "rood"
      APP  | routes[0].kleur                        | 1
      APP  | id                                     | -
      APP  | id                                     | null
      APP  | id                                     | ""
      APP  | id                                     | 42
      APP  | id                                     | "APP/1"
      APP  | id                                     | "APP\\u00001"
      APP  | id                                     | "APP\\n1"
      APP  | id                                     | "APP 1"
      APP  | id                                     | " APP-1"
      APP  | id                                     | "-APP-1"
      APP  | id                                     | "\\u0410PP-1"
      APP  | id                                     | "\\u202eAPP-1"
      APP  | id                                     | "APP\\u200b-1"
      APP  | id                                     | "0123456789012345678901234567890123456789012345678901234567890123x"
      APP  | asOf                                   | 12345
      APP  | asOf                                   | 16900.5
      APP  | asOf                                   | true
      APP  | asOf                                   | [2016, 3, 1]
      APP  | asOf                                   | {"year": 2016}
      APP  | asOf                                   | ""
      APP  | asOf                                   | "+999999999-12-31"
      APP  | asOf                                   | "-2016-03-01"
      APP  | asOf                                   | "12016-03-01"
      APP  | asOf                                   | " 2016-03-01"
      APP  | asOf                                   | "2016-03-01 "
      APP  | asOf                                   | "2016-03-01\\n"
      APP  | asOf                                   | "2016-03-01T00:00:00Z"
      APP  | asOf                                   | "2016-03-01T00:00"
      APP  | asOf                                   | "2016-3-1"
      APP  | asOf                                   | "20160301"
      APP  | asOf                                   | "01-03-2016"
      APP  | asOf                                   | "\\uff12\\uff10\\uff11\\uff16-03-01"
      APP  | decidedOn                              | 12345
      APP  | decidedOn                              | "2016-02-25T10:00:00+01:00"
      APP  | submittedAt                            | 1447000000
      APP  | submittedAt                            | "2015-11-20"
      APP  | submittedAt                            | "2015-11-20T14:03+01:00"
      APP  | submittedAt                            | "2015-11-20T14:03:00"
      APP  | submittedAt                            | "2015-11-20 14:03:00+01:00"
      APP  | submittedAt                            | "2015-11-20t14:03:00z"
      APP  | submittedAt                            | "2015-11-20T14:03:00+01:00:30"
      APP  | submittedAt                            | "2015-11-20T14:03:00.1234567891+01:00"
      APP  | submittedAt                            | " 2015-11-20T14:03:00+01:00"
      APP  | startSchoolYear                        | 2016
      APP  | startSchoolYear                        | " 2016-2017"
      APP  | startSchoolYear                        | "2016/2017"
      APP  | submissionChannel                      | "electronic"
      APP  | submissionChannel                      | 0
      APP  | applicant                              | []
      APP  | applicant                              | ""
      APP  | applicant.school.brin                  | "02qz"
      APP  | applicant.school.brin                  | "02QZ1"
      APP  | applicant.institution.brin             | ""
      APP  | applicant.school.signed                | ""
      APP  | applicant.school.signed                | "true"
      APP  | applicant.school.signed                | 1
      APP  | applicant.school.name                  | 7
      APP  | agreement.fundingTransfer.amountEur    | -1
      APP  | agreement.fundingTransfer.amountEur    | "100"
      APP  | advice.parentCouncil                   | "none"
      APP  | advice.parentCouncil                   | 1
      APP  | routes                                 | -
      APP  | routes                                 | null
      APP  | routes                                 | []
      APP  | routes                                 | {}
      APP  | routes[0]                              | null
      APP  | routes[0].routeId                      | -
      APP  | routes[0].routeId                      | ""
      APP  | routes[0].routeId                      | "R 1"
      APP  | routes[0].leerwegen                    | "BB"
      APP  | routes[0].leerwegen[0]                 | null
      APP  | routes[0].leerwegen[0]                 | 0
      APP  | routes[0].leerwegen[0]                 | "bb"
      APP  | routes[0].leerwegen[0]                 | ""
      APP  | routes[0].routeType                    | 1
      APP  | routes[0].mbo.level                    | ""
      APP  | routes[0].mbo.level                    | "2"
      APP  | routes[0].mbo.level                    | 0
      APP  | routes[0].mbo.level                    | 5
      APP  | routes[0].mbo.level                    | 2.5
      APP  | routes[0].mbo.level                    | 2147483648
      APP  | routes[0].mbo.level                    | true
      APP  | routes[0].mbo.qualifications[0]        | null
      APP  | routes[0].mbo.qualifications[0]        | 25333
      APP  | routes[0].mbo.qualifications[0]        | "2533"
      APP  | routes[0].mbo.qualifications[0]        | "25333 "
      APP  | routes[0].design.years                 | 0
      APP  | routes[0].design.hours.total           | -1
      APP  | routes[0].design.hours.guided          | 2147483648
      APP  | routes[0].exams.vmboExamLatestRouteYear | 0
      APP  | routes[0].extraSubjects                | [""]
      APP  | routes[0].extraSubjects                | [null]
      TRAJ | route                                  | -
      TRAJ | route                                  | null
      TRAJ | route                                  | {"ref": null}
      TRAJ | route                                  | {"ref": {"applicationId": "APP-1"}}
      TRAJ | route                                  | {"ref": {"applicationId": "APP/1", "routeId": "R1"}}
      TRAJ | route                                  | {"ref": {"applicationId": "APP-1", "routeId": "R1"}, "routeType": "BEROEPSROUTE"}
      TRAJ | route.approval.applicationId           | "APP 1"
      TRAJ | route.approval.routeId                 | ""
      TRAJ | route.leerwegen[0]                     | null
      TRAJ | route.mbo.qualifications[0]            | null
      TRAJ | birthDate                              | 12345
      TRAJ | startLeerweg                           | 1
      TRAJ | years[0]                               | null
      TRAJ | years[0].schoolYear                    | -
      TRAJ | years[0].schoolYear                    | null
      TRAJ | years[0].routeYear                     | 0
      TRAJ | years[0].vmboLeerjaar                  | 0
      TRAJ | years[2].mboLevel                      | 5
      TRAJ | years[2].crebo                         | "2533"
      TRAJ | years[2].workplacement.hours           | -1
      TRAJ | years[2].enrolledOn                    | "2018-08-01T00:00:00Z"
      TRAJ | exams[0]                               | null
      TRAJ | exams[1].level                         | 0
      TRAJ | exams[1].completedOn                   | 17000
      TRAJ | diplomas[0]                            | null
      TRAJ | vmboResults.nederlands                 | 0.5
      TRAJ | vmboResults.nederlands                 | 10.5
      TRAJ | vmboResults.nederlands                 | "6"
      TRAJ | exit                                   | []
      ROUTE | type                                  | "leerroute"
      ROUTE | id                                    | -
      ROUTE | kind                                  | "dlr"
      ROUTE | mbo.level                             | 0
      ROUTE | mbo.qualifications[0]                 | "2520"
      ROUTE | design.years                          | 0
      ROUTE | design.hours.total                    | -1
      ROUTE | leerwegen[0]                          | null
      LAWTRAJ | route.leerwegen[0]                  | "bb"
      LAWTRAJ | years[2].crebo                      | "2518"
      """;

  /** Values at the edge of what the schema allows: the reader must take every one of them. */
  private static final String SCHEMA_VALID = """
      APP  | id                                     | "A"
      APP  | id                                     | "0"
      APP  | id                                     | "a.b_c-D"
      APP  | id                                     | "A123456789012345678901234567890123456789012345678901234567890123"
      APP  | asOf                                   | "2016-02-29"
      APP  | asOf                                   | "9999-12-31"
      APP  | asOf                                   | -
      APP  | decidedOn                              | null
      APP  | submittedAt                            | "2015-11-20T14:03:00Z"
      APP  | submittedAt                            | "2015-11-20T14:03:00.123456789+01:00"
      APP  | submittedAt                            | "2015-11-20T14:03:00-12:00"
      APP  | applicant.school.name                  | "\\u00c7a va \\ud83d\\ude00 <b>&amp;</b>"
      APP  | applicant.school.vestiging             | ""
      APP  | agreement.fundingTransfer.amountEur    | 0
      APP  | agreement.fundingTransfer.amountEur    | 0.01
      APP  | agreement.fundingTransfer.amountEur    | 1e6
      APP  | advice.parentCouncil                   | "NONE"
      APP  | advice.parentCouncil                   | false
      APP  | advice                                 | null
      APP  | routes[0].routeId                      | "route-1.a_b"
      APP  | routes[0].leerwegen                    | []
      APP  | routes[0].leerwegen                    | null
      APP  | routes[0].mbo.level                    | 1
      APP  | routes[0].mbo.level                    | 4
      APP  | routes[0].mbo.qualifications           | []
      APP  | routes[0].design.hours.total           | 0
      APP  | routes[0].design.hours.total           | 2147483647
      APP  | routes[0].extraSubjects                | ["INFORMATIETECHNOLOGIE"]
      APP  | routes[0].mbo                          | {}
      TRAJ | route                                  | {}
      TRAJ | route                                  | {"ref": {"applicationId": "APP-1", "routeId": "R1"}}
      TRAJ | route.approval                         | null
      TRAJ | route.approval.applicationId           | null
      TRAJ | years                                  | []
      TRAJ | years                                  | null
      TRAJ | years[2].crebo                         | null
      TRAJ | years[2].workplacement.hours           | 0
      TRAJ | exams                                  | []
      TRAJ | vmboResults.nederlands                 | 1
      TRAJ | vmboResults.nederlands                 | 10
      TRAJ | vmboResults.nederlands                 | 5.5
      TRAJ | exit                                   | null
      TRAJ | exit                                   | {}
      TRAJ | route.kind                             | null
      TRAJ | route.provider                         | null
      TRAJ | route.agreement                        | null
      TRAJ | route.mbo.programmeYears               | null
      TRAJ | route.design.teams                     | null
      TRAJ | route                                  | {"ref": {"applicationId": "APP-1", "routeId": "R1"}, "routeType": null, "kind": null}
      TRAJ | route                                  | {"ref": {"applicationId": "APP-1", "routeId": "R1", "route": null}}
      TRAJ | years[0].enrolledAt                    | "BOTH"
      APP  | routes[0].mbo.programmeYears           | null
      APP  | routes[0].design.vmboCentralExamRouteYear | null
      APP  | routes[0].mbo.domain                   | "NONE"
      ROUTE | kind                                  | "GLR"
      ROUTE | asOf                                  | -
      ROUTE | agreement                             | "NONE"
      ROUTE | agreement                             | null
      ROUTE | agreement                             | {}
      ROUTE | melding                               | "NONE"
      ROUTE | melding                               | null
      ROUTE | design.vmboCentralExamRouteYear       | "NONE"
      ROUTE | design.vmboCentralExamRouteYear       | null
      ROUTE | design.vmboCentralExamRouteYear       | 1
      ROUTE | design.reducedHours                   | {"schoolplan": true, "schoolgids": true, "annualReport": null}
      ROUTE | design.locations                      | ["OTHER"]
      ROUTE | mbo.domain                            | "NONE"
      ROUTE | mbo.programmeYears                    | 1
      ROUTE | mbo.programmeYears                    | 3
      ROUTE | mbo.level                             | 1
      ROUTE | provider.form                         | "NON_FUNDED"
      ROUTE | provider.school.profielen             | []
      ROUTE | vmbo.sector                           | null
      ROUTE | vmbo.profiel                          | "TECHNIEK"
      ROUTE | complaints                            | null
      ROUTE | glr                                   | {"bbFinalExamOffered": false}
      LAWTRAJ | route                               | {"ref": {"route": "GLR-04SU-99MY-HBR-2"}}
      LAWTRAJ | route                               | {"ref": {"route": "GLR-1", "applicationId": null, "routeId": null}}
      LAWTRAJ | route                               | {"kind": "DLR"}
      LAWTRAJ | route.approval                      | null
      LAWTRAJ | route.routeType                     | null
      LAWTRAJ | route.exams                         | null
      LAWTRAJ | mboAgreementOn                      | "NONE"
      LAWTRAJ | mboAgreementOn                      | null
      LAWTRAJ | years[0].enrolledAt                 | "BOTH"
      LAWTRAJ | years[2].vmboExamCandidate          | true
      LAWTRAJ | exams[0]                            | {"part": "VMBO_CE", "subjects": ["NEDERLANDS"], "sitting": 1, "completedOn": "2023-05-15", "passed": true, "countedInFinalResult": true}
      LAWTRAJ | exams[0].sitting                    | 3
      LAWTRAJ | studyAdvice                         | [{"givenOn": "2025-01-15", "binding": false, "negative": false}]
      LAWTRAJ | studyAdvice                         | []
      LAWTRAJ | exit                                | {"leftOn": "2024-11-01", "definitivelyRemoved": false, "fallback": {"offered": true, "targetDiploma": "MBO_2", "levelJudgedJointly": true, "sameInstitution": true}}
      LAWTRAJ | glrDecision                         | null
      """;

  static Stream<Arguments> schemaInvalid() {
    return table(SCHEMA_INVALID);
  }

  static Stream<Arguments> schemaValid() {
    return table(SCHEMA_VALID);
  }

  private static Stream<Arguments> table(String rows) {
    return rows.lines().filter(l -> !l.isBlank()).map(l -> {
      String[] cells = l.split("\\|", 3);
      return Arguments.of(cells[0].strip(), cells[1].strip(), cells[2].strip());
    });
  }

  /**
   * The baseline with the value at the path; {@code -} leaves the field out. APP and TRAJ are the
   * baselines of the fixtures; ROUTE (a route under the law) and LAWTRAJ (a law trajectory, its GLR
   * inline) are documents of the demo set, the first of formats 1.1.
   */
  private static JsonNode document(String which, String path, String value) {
    ObjectNode base = switch (which) {
      case "APP" -> Docs.load(Docs.APPLICATION);
      case "TRAJ" -> Docs.load(Docs.TRAJECTORY);
      case "ROUTE" -> Docs.demo(Docs.ROUTE);
      case "LAWTRAJ" -> Docs.demo(Docs.LAW_TRAJECTORY);
      default -> throw new IllegalArgumentException(which);
    };
    return value.equals("-") ? Docs.without(base, path) : Docs.with(base, path, Docs.value(value));
  }

  private static boolean readerTakes(JsonNode doc) {
    List<SourcedDocument> read = Docs.read(doc.toString());
    return read.size() == 1 && read.get(0).valid();
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @MethodSource("schemaInvalid")
  void whatTheSchemaRefusesTheReaderRefusesToo(String which, String path, String value) {
    JsonNode doc = document(which, path, value);
    assertThat(document.validate(doc)).as("the schema refuses it").isNotEmpty();
    assertThat(readerTakes(doc)).as("the reader refuses it").isFalse();
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @MethodSource("schemaValid")
  void whatTheSchemaTakesAtItsEdgesTheReaderTakesToo(String which, String path, String value) {
    JsonNode doc = document(which, path, value);
    assertThat(document.validate(doc)).as("the schema takes it").isEmpty();
    assertThat(readerTakes(doc)).as("the reader takes it").isTrue();
  }

  /**
   * Values of formats 1.1 that the schema and the reader both refuse, each with the field the reader's
   * error names (and the schema's error is at or below): a wrong kind, {@code "NONE"} where the law
   * needs no known absence and {@code "GEEN"} where it does, a sitting or programme length out of range,
   * a reference that names both an application's route and a route document, and experiment and law
   * fields mixed in one route, whichever way round.
   */
  private static final String LAW_REFUSED = """
      ROUTE | kind                                  | "SNELROUTE"            | kind
      ROUTE | kind                                  | -                      | kind
      ROUTE | kind                                  | null                   | kind
      ROUTE | agreement                             | "GEEN"                 | agreement
      ROUTE | agreement                             | "none"                 | agreement
      ROUTE | agreement                             | false                  | agreement
      ROUTE | agreement.kleur                       | true                   | agreement.kleur
      ROUTE | agreement.fundingTransfer.amountEur   | -1                     | agreement.fundingTransfer.amountEur
      ROUTE | melding                               | "GEEN"                 | melding
      ROUTE | melding.notifiedOn                    | "2021-2-15"            | melding.notifiedOn
      ROUTE | complaints                            | "NONE"                 | complaints
      ROUTE | glr                                   | "NONE"                 | glr
      ROUTE | provider                              | "NONE"                 | provider
      ROUTE | design.reducedHours                   | "NONE"                 | design.reducedHours
      ROUTE | mbo.level                             | "NONE"                 | mbo.level
      ROUTE | mbo.programmeYears                    | 4                      | mbo.programmeYears
      ROUTE | mbo.programmeYears                    | 0                      | mbo.programmeYears
      ROUTE | design.vmboCentralExamRouteYear       | "none"                 | design.vmboCentralExamRouteYear
      ROUTE | design.vmboCentralExamRouteYear       | 0                      | design.vmboCentralExamRouteYear
      ROUTE | design.vmboCentralExamRouteYear       | "2"                    | design.vmboCentralExamRouteYear
      ROUTE | design.locations[0]                   | "THUIS"                | design.locations[0]
      ROUTE | provider.form                         | "SAMEN"                | provider.form
      ROUTE | provider.school.brin                  | "30bc"                 | provider.school.brin
      ROUTE | provider.school.profielen[0]          | null                   | provider.school.profielen[0]
      ROUTE | provider.school.signed                | true                   | provider.school.signed
      ROUTE | firstSchoolYear                       | "2021/2022"            | firstSchoolYear
      ROUTE | vmbo.sector                           | "TECHNIEK"             | vmbo.sector
      ROUTE | vmbo.afdeling                         | "MVI"                  | vmbo.afdeling
      ROUTE | routeType                             | "BEROEPSROUTE"         | routeType
      ROUTE | approval                              | {}                     | approval
      ROUTE | exams                                 | {}                     | exams
      LAWTRAJ | route.kind                          | "ABC"                  | route.kind
      LAWTRAJ | route.approval                      | {"applicationId": "APP-1", "routeId": "R1"} | route.approval
      LAWTRAJ | route.routeType                     | "VAKMANSCHAPSROUTE"    | route.routeType
      LAWTRAJ | route.exams                         | {}                     | route.exams
      LAWTRAJ | route.vmbo.afdeling                 | "HBR"                  | route.vmbo.afdeling
      LAWTRAJ | route.agreement                     | "GEEN"                 | route.agreement
      LAWTRAJ | route.mbo.programmeYears            | 4                      | route.mbo.programmeYears
      LAWTRAJ | route                               | {"ref": {"route": "GLR-1", "applicationId": "APP-1", "routeId": "R1"}} | route.ref
      LAWTRAJ | route                               | {"ref": {"route": "GLR-1", "applicationId": "APP-1"}} | route.ref
      LAWTRAJ | route                               | {"ref": {"route": "GLR 1"}} | route.ref.route
      LAWTRAJ | route                               | {"ref": {"route": "GLR-1"}, "kind": "GLR"} | route
      LAWTRAJ | mboAgreementOn                      | "GEEN"                 | mboAgreementOn
      LAWTRAJ | mboAgreementOn                      | "none"                 | mboAgreementOn
      LAWTRAJ | mboAgreementOn                      | "22-08-2022"           | mboAgreementOn
      LAWTRAJ | mboAgreementOn                      | 20220822               | mboAgreementOn
      LAWTRAJ | firstMboPartOn                      | "NONE"                 | firstMboPartOn
      LAWTRAJ | exams[0]                            | {"part": "VMBO_CE", "sitting": 4} | exams[0].sitting
      LAWTRAJ | exams[0]                            | {"part": "VMBO_CE", "sitting": 0} | exams[0].sitting
      LAWTRAJ | exams[0]                            | {"part": "VMBO_CE", "subjects": [""]} | exams[0].subjects[0]
      LAWTRAJ | exams[0]                            | {"part": "VMBO_CE", "subjects": [null]} | exams[0].subjects[0]
      LAWTRAJ | exams[0]                            | {"part": "VMBO_CSE"}   | exams[0].part
      LAWTRAJ | years[0].enrolledAt                 | "BEIDE"                | years[0].enrolledAt
      LAWTRAJ | years[0].promoted                   | "ja"                   | years[0].promoted
      LAWTRAJ | studyAdvice                         | [null]                 | studyAdvice[0]
      LAWTRAJ | studyAdvice                         | [{"binding": "ja"}]    | studyAdvice[0].binding
      LAWTRAJ | glrDecision.decidedOn               | 20220620               | glrDecision.decidedOn
      LAWTRAJ | exit                                | {"definitivelyRemoved": "NONE"} | exit.definitivelyRemoved
      LAWTRAJ | exit                                | {"fallback": {"sameInstitution": 1}} | exit.fallback.sameInstitution
      TRAJ | route.kind                             | "DLR"                  | route.approval
      TRAJ | route.provider                         | {}                     | route.provider
      TRAJ | route.agreement                        | "NONE"                 | route.agreement
      TRAJ | route.melding                          | "NONE"                 | route.melding
      TRAJ | route.firstSchoolYear                  | "2016-2017"            | route.firstSchoolYear
      TRAJ | route.mbo.programmeYears               | 2                      | route.mbo.programmeYears
      TRAJ | route.design.teams                     | {}                     | route.design.teams
      TRAJ | route.design.vmboCentralExamRouteYear  | "NONE"                 | route.design.vmboCentralExamRouteYear
      TRAJ | route                                  | {"ref": {"applicationId": "APP-1", "routeId": "R1"}, "kind": "DLR"} | route
      APP  | routes[0].mbo.programmeYears           | 2                      | routes[0].mbo.programmeYears
      APP  | routes[0].mbo.relatedToVo              | true                   | routes[0].mbo.relatedToVo
      APP  | routes[0].design.locations             | ["SCHOOL"]             | routes[0].design.locations
      APP  | routes[0].design.vmboCentralExamRouteYear | 2                   | routes[0].design.vmboCentralExamRouteYear
      APP  | routes[0].design.reducedHours          | {}                     | routes[0].design.reducedHours
      APP  | routes[0].design.programmeDescription  | {}                     | routes[0].design.programmeDescription
      APP  | routes[0].design.teams                 | {}                     | routes[0].design.teams
      APP  | routes[0].kind                         | "DLR"                  | routes[0].kind
      APP  | agreement                              | "NONE"                 | agreement
      """;

  static Stream<Arguments> lawRefused() {
    return LAW_REFUSED.lines().filter(l -> !l.isBlank()).map(l -> {
      String[] cells = l.split("\\|");
      return Arguments.of(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip());
    });
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @MethodSource("lawRefused")
  void whatFormats11RefusesTheSchemaAndTheReaderRefuseNamingTheField(String which, String path, String value, String named) {
    JsonNode doc = document(which, path, value);
    assertThat(document.validate(doc)).as("document.schema.json refuses it").isNotEmpty();
    String type = doc.path("type").asString();
    String pointer = "/" + named.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    List<String> schemaNames = OWN.get(type).validate(doc).stream()
        .map(e -> e.getInstanceLocation() + (List.of("required", "additionalProperties").contains(e.getKeyword()) ? "/" + e.getProperty() : ""))
        .toList();
    assertThat(schemaNames).as(type + ".schema.json names the field").anySatisfy(at -> assertThat(at.equals(pointer)
        || at.startsWith(pointer + "/")).isTrue());
    List<SourcedDocument> read = Docs.read(doc.toString());
    assertThat(read).singleElement().satisfies(d -> {
      assertThat(d.valid()).as("the reader refuses it").isFalse();
      assertThat(d.errors()).as("the reader names the field").anySatisfy(e -> {
        assertThat(e.path()).isEqualTo(named);
        assertThat(e.problem()).isNotBlank();
      });
    });
  }

  /**
   * What only the program can check (formats.md and the schema descriptions say so): a real calendar day,
   * two consecutive years in a school year, years that follow each other, a route id used once per form,
   * and text that is Unicode (no unpaired surrogate, which no UTF-8 document can hold).
   */
  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(delimiter = '|', value = {
    "APP  | asOf                    | '\"2016-02-30\"'",
    "APP  | submittedAt             | '\"2015-11-20T24:00:00+01:00\"'",
    "APP  | startSchoolYear         | '\"2016-2018\"'",
    "APP  | routes[1]               | '{\"routeId\": \"R1\"}'",
    "APP  | routes[0].design.years  | '3.0'",
    "APP  | routes[0].design.hours.total | '3E+3'",
    "APP  | applicant.school.name   | '\"\\ud800\"'",
    "TRAJ | years[1].schoolYear     | '\"2018-2019\"'",
    "TRAJ | years[2].enrolledOn     | '\"2020-01-01\"'",
    "ROUTE | firstSchoolYear        | '\"2021-2023\"'",
    "ROUTE | melding.notifiedOn     | '\"2021-02-30\"'",
    "ROUTE | design.vmboCentralExamRouteYear | '2.0'",
    "LAWTRAJ | mboAgreementOn       | '\"2022-02-30\"'",
    "LAWTRAJ | years[1].schoolYear  | '\"2024-2025\"'",
  })
  void whatOnlyTheProgramChecksTheReaderRefusesAndTheSchemaDescribes(String which, String path, String value) {
    JsonNode doc = document(which, path, value);
    assertThat(readerTakes(doc)).as("the reader refuses it").isFalse();
  }

  @Test
  void anErrorResultValidatesWithItsErrorAndNotWithFindings() {
    Result error = Result.error(new Result.Subject("trajectory", "S-1", "stroom.jsonl", 3), java.time.LocalDate.of(2019, 8, 1),
        "EXP_2015", new Result.RuleSetRef("2026.11.0", "0".repeat(64)), "rule \"X\" did not finish within 2 s of computing time");
    JsonNode written = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(error));
    assertThat(result.validate(written)).isEmpty();
    tools.jackson.databind.node.ObjectNode withoutErrors = ((tools.jackson.databind.node.ObjectNode) written.deepCopy());
    withoutErrors.remove("errors");
    assertThat(result.validate(withoutErrors)).isNotEmpty();
    tools.jackson.databind.node.ObjectNode withFindings = ((tools.jackson.databind.node.ObjectNode) written.deepCopy());
    withFindings.set("findings", Json.MAPPER.readTree("[{\"norm\":\"N-DUR-1\",\"severity\":\"REVIEW\",\"message\":{\"nl\":\"x\",\"en\":\"x\"}}]"));
    assertThat(result.validate(withFindings)).isNotEmpty();
  }
}
