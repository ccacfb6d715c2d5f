package nl.routetoets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import org.junit.jupiter.api.Test;

class CheckerTest {
  private static SourcedDocument read(String text) throws IOException {
    List<SourcedDocument> docs = new ArrayList<>();
    DocumentReader.readJson("t.json", new StringReader(text), docs::add);
    return docs.get(0);
  }

  /** A baseline's document, built as the fixture runner builds it. */
  private static String fixture(String name) {
    return TestRuleSet.fixture("baseline/" + name.substring(0, name.length() - ".json".length())).json();
  }

  @Test
  void aTrajectoryRefersToAnApplicationRouteReadBeforeIt() throws IOException {
    Checker checker = new Checker(TestRuleSet.get(), null);
    Result app = checker.check(read(fixture("aanvraag-2016-vakmanschaproute-2-techniek.json")));
    assertThat(app.verdict()).isEqualTo(Verdict.COMPLIANT);
    var trajectory = (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(fixture("traject-2016-vakmanschaproute-2-geslaagd.json"));
    trajectory.set("route", Json.MAPPER.readTree("{\"ref\":{\"applicationId\":\"APP-2016-0042\",\"routeId\":\"R1\"}}"));
    Result r = checker.check(read(trajectory.toString()));
    assertThat(r.verdict()).isNotEqualTo(Verdict.INVALID);
    assertThat(r.regime()).isEqualTo("EXP_2015");
  }

  /** A value in a document is text in a finding: it is never read as a template (a spoofed "79020"). */
  @Test
  void aDomainThatLooksLikeATemplateIsQuotedAsSent() throws IOException {
    for (String domain : List.of("${nope:-79020}", "${x}")) {
      var app = (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(fixture("aanvraag-2016-vakmanschaproute-2-techniek.json"));
      ((tools.jackson.databind.node.ObjectNode) app.path("routes").get(0).path("mbo")).put("domain", domain);
      Result r = new Checker(TestRuleSet.get(), null).check(read(app.toString()));
      assertThat(r.routes()).singleElement().satisfies(route -> assertThat(route.findings())
          .filteredOn(f -> f.path().endsWith("mbo.domain"))
          .isNotEmpty()
          .allSatisfy(f -> assertThat(f.message().nl()).contains(domain)));
    }
  }

  /** interpretations.md I-51: the design of a referenced route gets the application's finding, pointing into the application. */
  @Test
  void aReferencedRouteIsJudgedAsInItsApplicationAndTheFindingPointsThere() throws IOException {
    Checker checker = new Checker(TestRuleSet.get(), null);
    Result app = checker.check(read(TestRuleSet.fixture("EXP_ALL/art15-looptijd/verlengde-technologieroute-2017-loopt-door-na-2022").json()));
    var appFinding = app.routes().get(0).findings().stream().filter(f -> f.norm().equals("N-END-3")).findFirst().orElseThrow();
    assertThat(appFinding.path()).isEqualTo("routes[0].design.years");
    String trajectory = """
        {"type": "trajectory", "id": "S-REF-1", "asOf": "2018-03-01", "birthDate": "2003-05-01",
         "route": {"ref": {"applicationId": "APP-2017-0015", "routeId": "R1"}},
         "startLeerweg": "GL", "informedBeforeEnrolment": true,
         "years": [{"schoolYear": "2017-2018", "routeYear": 1, "enrolledAt": "SCHOOL", "vmboLeerjaar": 3}],
         "exams": [], "vmboResults": null, "diplomas": [], "exit": null}
        """;
    Result r = checker.check(read(trajectory));
    assertThat(r.findings()).filteredOn(f -> f.norm().equals("N-END-3")).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo(appFinding.path());
      assertThat(f.rule()).isEqualTo(appFinding.rule());
      assertThat(f.message()).isEqualTo(appFinding.message());
    });
  }

  @Test
  void anUnresolvableReferenceIsAnInputError() throws IOException {
    Checker checker = new Checker(TestRuleSet.get(), null);
    var trajectory = (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(fixture("traject-2016-vakmanschaproute-2-geslaagd.json"));
    trajectory.set("route", Json.MAPPER.readTree("{\"ref\":{\"applicationId\":\"APP-0\",\"routeId\":\"R9\"}}"));
    Result r = checker.check(read(trajectory.toString()));
    assertThat(r.verdict()).isEqualTo(Verdict.INVALID);
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("route.ref"));
  }

  @Test
  void theAsOfOfTheCallerWinsOverTheDocument() throws IOException {
    Result r = new Checker(TestRuleSet.get(), java.time.LocalDate.of(2017, 1, 1))
        .check(read(fixture("aanvraag-2016-vakmanschaproute-2-techniek.json")));
    assertThat(r.asOf()).hasToString("2017-01-01");
  }

  @Test
  void manyThreadsGetTheSameResultsAsOne() throws Exception {
    List<String> docs = new ArrayList<>();
    try (var files = Files.list(TestRuleSet.FIXTURES.resolve("baseline"))) {
      for (Path p : files.filter(p -> !p.toString().endsWith(".expected.json")).sorted().toList()) {
        docs.add(fixture(p.getFileName().toString()));
      }
    }
    List<String> expected = new ArrayList<>();
    for (String d : docs) {
      expected.add(Json.MAPPER.writeValueAsString(new Checker(TestRuleSet.get(), null).check(read(d))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int k = i % docs.size();
        runs.add(pool.submit(() -> Json.MAPPER.writeValueAsString(new Checker(TestRuleSet.get(), null).check(read(docs.get(k))))
            .equals(expected.get(k))));
      }
      for (Future<Boolean> f : runs) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
