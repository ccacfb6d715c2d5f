package nl.routetoets.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routetoets.TestRuleSet;
import nl.routetoets.check.Checker;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One bad value is an input error at its path, never an exception: nulls inside arrays, ids outside
 * the id syntax, dates and instants in any form but the one the schema allows.
 */
class BadValuesTest {
  private static final ObjectNode APP = Docs.load(Docs.APPLICATION);
  private static final ObjectNode TRAJECTORY = Docs.load(Docs.TRAJECTORY);
  private static final ObjectNode ROUTE = Docs.demo(Docs.ROUTE);
  private static final ObjectNode LAW_TRAJECTORY = Docs.demo(Docs.LAW_TRAJECTORY);

  private static ObjectNode base(String which) {
    return switch (which) {
      case "APP" -> APP;
      case "ROUTE" -> ROUTE;
      case "LAW_TRAJECTORY" -> LAW_TRAJECTORY;
      default -> TRAJECTORY;
    };
  }

  /** Reads the document, checks it, and gives the one result: reading and checking must not throw. */
  private static Result readAndCheck(ObjectNode doc) {
    List<SourcedDocument> read = Docs.read(doc.toString());
    assertThat(read).hasSize(1);
    return new Checker(TestRuleSet.get(), null).check(read.get(0));
  }

  private static void refusedAt(ObjectNode doc, String path, String... problems) {
    Result r = readAndCheck(doc);
    assertThat(r.verdict()).as(doc.toString()).isEqualTo(Verdict.INVALID);
    assertThat(r.errors()).as(doc.toString()).anySatisfy(e -> {
      assertThat(e.path()).isEqualTo(path);
      assertThat(e.problem()).containsAnyOf(problems);
    });
  }

  @ParameterizedTest
  @CsvSource({
    "APP, routes[0].leerwegen[0]",
    "APP, routes[0].leerwegen[1]",
    "APP, routes[0].mbo.qualifications[0]",
    "APP, routes[0].extraSubjects[0]",
    "APP, routes[0]",
    "TRAJECTORY, route.leerwegen[0]",
    "TRAJECTORY, route.mbo.qualifications[0]",
    "TRAJECTORY, years[0]",
    "TRAJECTORY, years[2]",
    "TRAJECTORY, exams[0]",
    "TRAJECTORY, exams[1]",
    "TRAJECTORY, diplomas[0]",
    "ROUTE, leerwegen[0]",
    "ROUTE, provider.school.leerwegen[0]",
    "ROUTE, provider.school.profielen[0]",
    "ROUTE, mbo.qualifications[0]",
    "ROUTE, design.locations[0]",
    "LAW_TRAJECTORY, route.design.locations[0]",
    "LAW_TRAJECTORY, studyAdvice[0]",
    "LAW_TRAJECTORY, exams[0].subjects[0]",
  })
  void aNullInsideAnArrayIsAnErrorAtItsPath(String which, String path) {
    refusedAt(Docs.with(base(which), path, Docs.value("null")), path, "must not be null");
  }

  @Test
  void aNullReferenceIsAnErrorAtItsPath() {
    refusedAt(Docs.with(TRAJECTORY, "route", Docs.value("{\"ref\": null}")), "route.ref", "must not be null");
  }

  @Test
  void aNullDocumentInABundleIsAnErrorAndTheOthersAreRead() {
    String bundle = "{\"type\":\"bundle\",\"id\":\"B-1\",\"documents\":[null," + APP + ",[]]}";
    List<SourcedDocument> read = Docs.read(bundle);
    assertThat(read).hasSize(3);
    assertThat(read.get(0).errors()).extracting(InputError::path, InputError::problem)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("documents[0]", "must not be null"));
    assertThat(read.get(1).valid()).isTrue();
    assertThat(read.get(2).errors()).extracting(InputError::path).containsExactly("documents[2]");
    Checker checker = new Checker(TestRuleSet.get(), null);
    assertThat(read).extracting(d -> checker.check(d).verdict())
        .containsExactly(Verdict.INVALID, Verdict.COMPLIANT, Verdict.INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", " APP-1", "APP-1 ", "APP/1", "../APP-1", "APP%2F1", "APP\u00001", "APP\n1", "APP\t1", "APP\u007f1", "\ud800APP",
    "APP\udc00", "\u0410PP-1", "\u202eAPP-1", "APP\u200b-1", "APP\ufeff", "-APP", ".APP", "_APP", "APP:1", "APP 1",
    "APP<1>", "AP\u00c9", "0123456789012345678901234567890123456789012345678901234567890123x"
  })
  void anIdOutsideTheIdSyntaxIsRefusedWhereverItStands(String id) {
    for (String[] at : new String[][] {
        {"APP", "id"}, {"APP", "routes[0].routeId"}, {"TRAJECTORY", "id"}, {"TRAJECTORY", "route.approval.applicationId"},
        {"TRAJECTORY", "route.approval.routeId"}}) {
      refusedAt(Docs.with(base(at[0]), at[1], Docs.text(id)), at[1], "not a valid id", "not Unicode text");
    }
    ObjectNode ref = (ObjectNode) Docs.value("{\"ref\":{\"applicationId\":\"APP-1\",\"routeId\":\"R1\"}}");
    refusedAt(Docs.with(Docs.with(TRAJECTORY, "route", ref), "route.ref.applicationId", Docs.text(id)),
        "route.ref.applicationId", "not a valid id", "not Unicode text");
    refusedAt(Docs.with(Docs.with(TRAJECTORY, "route", ref), "route.ref.routeId", Docs.text(id)), "route.ref.routeId",
        "not a valid id", "not Unicode text");
    ObjectNode toRoute = (ObjectNode) Docs.value("{\"ref\":{\"route\":\"DLR-1\"}}");
    refusedAt(Docs.with(Docs.with(LAW_TRAJECTORY, "route", toRoute), "route.ref.route", Docs.text(id)), "route.ref.route",
        "not a valid id", "not Unicode text");
    refusedAt(Docs.with(ROUTE, "id", Docs.text(id)), "id", "not a valid id", "not Unicode text");
    List<SourcedDocument> bundle = Docs.read(Docs.with(
        (ObjectNode) Docs.value("{\"type\":\"bundle\",\"documents\":[]}"), "id", Docs.text(id)).toString());
    assertThat(bundle).singleElement().satisfies(d -> assertThat(d.errors()).extracting(InputError::path).containsExactly("id"));
  }

  @Test
  void anIdOfSixtyFourLettersDigitsDashesDotsAndUnderscoresIsRead() {
    String id = "A1-b2_c3.d4" + "x".repeat(53);
    assertThat(id).hasSize(64);
    assertThat(readAndCheck(Docs.with(APP, "id", Docs.text(id))).verdict()).isNotEqualTo(Verdict.INVALID);
    assertThat(readAndCheck(Docs.with(APP, "routes[0].routeId", Docs.text(id))).verdict()).isNotEqualTo(Verdict.INVALID);
  }

  @Test
  void anInvalidIdIsNotEchoedAsTheSubjectOfTheErrorResult() {
    Result r = readAndCheck(Docs.with(APP, "id", Docs.text("APP\n\u202e1")));
    assertThat(r.subject().id()).isNull();
    assertThat(r.errors().get(0).problem()).doesNotContain("\n", "\u202e").contains("\\n", "\\u202e");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "asOf | 12345",
    "asOf | 16900.5",
    "asOf | [2016, 3, 1]",
    "asOf | '\"+999999999-12-31\"'",
    "asOf | '\"-2016-03-01\"'",
    "asOf | '\"12016-03-01\"'",
    "asOf | '\" 2016-03-01\"'",
    "asOf | '\"2016-03-01 \"'",
    "asOf | '\"2016-03-01\\n\"'",
    "asOf | '\"2016-03-01T00:00:00Z\"'",
    "asOf | '\"2016-03-01T00:00\"'",
    "asOf | '\"2016-3-1\"'",
    "asOf | '\"20160301\"'",
    "asOf | '\"2016-02-30\"'",
    "asOf | '\"\"'",
    "asOf | true",
    "decidedOn | 12345",
    "decidedOn | '\"2016-02-25T10:00:00+01:00\"'",
    "submittedAt | 1447000000",
    "submittedAt | '\"2015-11-20T14:03+01:00\"'",
    "submittedAt | '\"2015-11-20T14:03:00\"'",
    "submittedAt | '\"2015-11-20 14:03:00+01:00\"'",
    "submittedAt | '\"2015-11-20t14:03:00z\"'",
    "submittedAt | '\"2015-11-20T14:03:00+01:00:30\"'",
    "submittedAt | '\" 2015-11-20T14:03:00+01:00\"'",
    "submittedAt | '\"2015-11-20\"'",
    "startSchoolYear | 2016",
    "startSchoolYear | '\" 2016-2017\"'",
    "routes[0].leerwegen[0] | 0",
    "routes[0].routeType | 1",
    "routes[0].mbo.level | '\"\"'",
    "routes[0].mbo.level | 0",
    "routes[0].mbo.level | 5",
    "routes[0].mbo.level | 2.0",
    "routes[0].mbo.qualifications[0] | '\"2533\"'",
    "routes[0].mbo.qualifications[0] | '\"25333 \"'",
    "routes[0].design.years | 0",
    "routes[0].design.hours.total | -1",
    "routes[0].exams.vmboExamLatestRouteYear | 0",
    "routes[0].extraSubjects[0] | '\"\"'",
    "applicant.school.brin | '\"02qz\"'",
    "applicant.school.signed | '\"\"'",
    "agreement.fundingTransfer.amountEur | -1",
    "advice.parentCouncil | '\"none\"'",
  })
  void aValueTheSchemaRefusesTheReaderRefuses(String path, String json) {
    JsonNode value = Docs.value(json);
    Result r = readAndCheck(Docs.with(APP, path, value));
    assertThat(r.verdict()).as(path + " = " + json).isEqualTo(Verdict.INVALID);
    assertThat(r.errors()).as(path + " = " + json).extracting(InputError::path).anySatisfy(p -> assertThat(path).startsWith(p));
  }
}
