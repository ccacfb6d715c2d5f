package nl.routetoets.report;

import static nl.routetoets.report.ReportFixtures.compliant;
import static nl.routetoets.report.ReportFixtures.line;
import static nl.routetoets.report.ReportFixtures.stillAtSchool;
import static nl.routetoets.report.ReportFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.TestRuleSet;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.generate.Generator;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ReportRunTest {
  @TempDir Path dir;

  private ReportOutcome run(ReportRequest request) throws ReportException {
    return ReportRun.run(TestRuleSet.get(), request, ProgressListener.NONE, () -> false);
  }

  private ReportRequest request(Path input, String out) {
    return ReportRequest.of(List.of(input), dir.resolve(out)).withThreads(2);
  }

  private Path generated(int trajectories, int applications) throws IOException {
    Path file = dir.resolve("generated-" + trajectories + ".jsonl");
    Generator g = Generator.create(new Generator.Options(trajectories, applications, 11, Generator.Options.defaultShares()),
        TestRuleSet.RULES.resolve("reference"));
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      g.writeJsonLines(w);
    }
    return file;
  }

  @Test
  void writesTheSameResultsAsTheSequentialCheckerInInputOrder() throws Exception {
    Path input = generated(700, 30);
    ReportOutcome outcome = run(request(input, "out"));

    Checker sequential = new Checker(TestRuleSet.get(), null);
    List<String> expected = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      Iterator<SourcedDocument> docs = DocumentReader.readJsonLines(input.toString(), in);
      while (docs.hasNext()) {
        expected.add(Json.MAPPER.writeValueAsString(sequential.check(docs.next())));
      }
    }
    assertThat(Files.readAllLines(dir.resolve("out/results.jsonl"))).isEqualTo(expected);
    // 30 applications, the route documents under the law and 700 trajectories, each a record
    assertThat(outcome.records()).isEqualTo(30 + Generator.Options.defaultRoutes(700) + 700);
    assertThat(outcome.complete()).isTrue();
  }

  @Test
  void aRouteOfALateApplicationIsNonCompliantInTheResultsAsOnTheReviewersPage() throws Exception {
    Path input = write(dir, "late.jsonl", List.of(line((tools.jackson.databind.node.ObjectNode)
        Json.MAPPER.readTree(Files.readString(Path.of("demo/aanvraag-2018-vmr2-te-laat-fout.json"))))));
    run(request(input, "late"));
    JsonNode result = Json.MAPPER.readTree(Files.readAllLines(dir.resolve("late/results.jsonl")).get(0));
    assertThat(result.path("routes").get(0).path("findings")).isEmpty();
    assertThat(result.path("routes").get(0).path("verdict").asString()).isEqualTo("NON_COMPLIANT");
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    Path input = generated(600, 20);
    run(request(input, "a"));
    run(request(input, "b").withThreads(1));
    for (String name : ReportRun.OUTPUTS) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(name)))
          .as(name).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(name)));
    }
    List<String> pages;
    try (var files = Files.list(dir.resolve("a/details"))) {
      pages = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    try (var files = Files.list(dir.resolve("b/details"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(pages);
    }
    assertThat(pages).contains("norm-N-EX-4.html", "norm-N-EX-4.en.html");
    for (String page : pages) {
      assertThat(Files.readAllBytes(dir.resolve("a/details").resolve(page)))
          .as(page).isEqualTo(Files.readAllBytes(dir.resolve("b/details").resolve(page)));
    }
  }

  @Test
  void aBadLineIsReportedWithItsLineNumberAndTheRestIsChecked() throws Exception {
    Path input = write(dir, "in.jsonl", List.of(
        line(compliant("S-1")), "{\"type\":\"trajectory\",\"id\":\"S-2\",", line(stillAtSchool("S-3"))));
    run(request(input, "out"));

    List<JsonNode> results = Files.readAllLines(dir.resolve("out/results.jsonl")).stream().map(Json.MAPPER::readTree).toList();
    assertThat(results).extracting(r -> r.get("verdict").asString()).containsExactly("COMPLIANT", "INVALID", "NON_COMPLIANT");
    JsonNode error = results.get(1).get("errors").get(0);
    assertThat(error.get("file").asString()).isEqualTo(input.toString());
    assertThat(error.get("line").asInt()).isEqualTo(2);
    JsonNode summary = Json.MAPPER.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.get("invalid").get("count").asInt()).isEqualTo(1);
    assertThat(summary.get("invalid").get("first").get(0).asString()).startsWith(input + ":2: ");
    // the page names the file, never the folder it was read from (for a job: the server's)
    assertThat(Files.readString(dir.resolve("out/report.html"))).contains(input.getFileName() + ":2: ").doesNotContain(dir.toString());
  }

  @Test
  void hostileIdsAreRefusedAndEscapedInHtmlAndFormulaCellsAreNeutralisedInCsv() throws Exception {
    Path input = write(dir, "in.jsonl", List.of(
        line(stillAtSchool("<script>alert(1)</script>")), line(stillAtSchool("=HYPERLINK(\"http://x\")")),
        line(stillAtSchool("@SUM(A1)")), line(stillAtSchool("-1+2"))));
    run(request(input, "out"));

    List<JsonNode> results = Files.readAllLines(dir.resolve("out/results.jsonl")).stream().map(Json.MAPPER::readTree).toList();
    assertThat(results).hasSize(4).allSatisfy(r -> {
      assertThat(r.get("verdict").asString()).isEqualTo("INVALID");
      assertThat(r.get("subject").has("id")).as("a refused id is not the subject").isFalse();
      assertThat(r.get("errors").get(0).get("path").asString()).isEqualTo("id");
    });
    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    // no id from the input starts a cell any more; the guard stays for whatever text a cell may hold
    assertThat(List.of("=HYPERLINK(\"http://x\")", "@SUM(A1)", "-1+2", "+1", "\tx", "S-1").stream().map(FindingsCsv::safe))
        .containsExactly("'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "'-1+2", "'+1", "'\tx", "S-1");
  }

  @Test
  void aNullInsideAnArrayOrBytesThatAreNotUtf8MakeOneInvalidRecordNotAFailedRun() throws Exception {
    String nullLeerweg = line(compliant("S-2")).replace("\"leerwegen\":[", "\"leerwegen\":[null,");
    assertThat(nullLeerweg).contains("[null,");
    Path input = dir.resolve("in.jsonl");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes((line(compliant("S-1")) + "\n" + nullLeerweg + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(line(compliant("S-3")).replace("S-3", "S-\u00ff3").getBytes(StandardCharsets.ISO_8859_1));
    bytes.writeBytes(("\n" + line(compliant("S-4")) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(input, bytes.toByteArray());
    ReportOutcome outcome = run(request(input, "out"));

    assertThat(outcome.complete()).isTrue();
    List<JsonNode> results = Files.readAllLines(dir.resolve("out/results.jsonl")).stream().map(Json.MAPPER::readTree).toList();
    assertThat(results).extracting(r -> r.get("verdict").asString()).containsExactly("COMPLIANT", "INVALID", "INVALID", "COMPLIANT");
    assertThat(results.get(1).get("errors").get(0).get("path").asString()).endsWith("leerwegen[0]");
    assertThat(results.get(2).get("errors").get(0).get("problem").asString()).startsWith("not valid UTF-8");
    assertThat(results.get(2).get("errors").get(0).get("line").asInt()).isEqualTo(3);
  }

  @Test
  void smallCountsAreSuppressedOnlyWhenAsked() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      lines.add(line(stillAtSchool("S-BAD-" + i)));
    }
    for (int i = 0; i < 7; i++) {
      lines.add(line(compliant("S-OK-" + i)));
    }
    Path input = write(dir, "in.jsonl", lines);
    run(request(input, "open"));
    run(request(input, "published").withSuppressSmall(true));

    JsonNode open = Json.MAPPER.readTree(dir.resolve("open/summary.json").toFile());
    JsonNode published = Json.MAPPER.readTree(dir.resolve("published/summary.json").toFile());
    assertThat(open.get("verdicts").get("trajectory").get("NON_COMPLIANT").asInt()).isEqualTo(3);
    assertThat(published.get("verdicts").get("trajectory").get("NON_COMPLIANT").asString()).isEqualTo("<5");
    assertThat(published.get("verdicts").get("trajectory").get("COMPLIANT").asInt()).isEqualTo(7);
    assertThat(published.get("norms").get(0).get("violationSubjects").asString()).isEqualTo("<5");
    String html = Files.readString(dir.resolve("published/report.html"));
    assertThat(html).contains("&lt;5").doesNotContain("S-BAD-0");
    try (var pages = Files.list(dir.resolve("published/details"))) {
      for (Path page : pages.toList()) {
        assertThat(Files.readString(page)).as(page.toString()).doesNotContain("S-BAD-0");
      }
    }
    assertThat(Files.readString(dir.resolve("open/report.html"))).contains("S-BAD-0");
    assertThat(Files.readString(dir.resolve("open/details/school-onbekend.html"))).contains("S-BAD-0");
  }

  @Test
  void aCancelledRunWritesWhatItReadAndSaysItIsIncomplete() throws Exception {
    Path input = generated(3000, 10);
    AtomicInteger polls = new AtomicInteger();
    ReportOutcome outcome = ReportRun.run(TestRuleSet.get(), request(input, "out"), ProgressListener.NONE,
        () -> polls.incrementAndGet() > 600);

    assertThat(outcome.complete()).isFalse();
    assertThat(outcome.records()).isEqualTo(600);
    assertThat(Files.readAllLines(dir.resolve("out/results.jsonl"))).hasSize(600);
    JsonNode summary = Json.MAPPER.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.get("complete").asBoolean()).isFalse();
    assertThat(summary.get("records").asInt()).isEqualTo(600);
    assertThat(Files.readString(dir.resolve("out/report.html"))).contains("Onvolledig:");
    assertThat(Files.readString(dir.resolve("out/report.en.html"))).contains("Incomplete:");
  }

  @Test
  void aFatalErrorLeavesNothingInTheOutputFolder() throws Exception {
    Path register = write(dir, "bron.csv", List.of("leerling_id,schooljaar,kleur", "S-1,2016-2017,blauw"));
    assertThatThrownBy(() -> run(request(register, "out")))
        .isInstanceOf(ReportException.class).hasMessageContaining("bron.csv:1: unknown column \"kleur\"");
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files).isEmpty();
    }
    assertThatThrownBy(() -> run(request(dir.resolve("missing.jsonl"), "out2")))
        .isInstanceOf(ReportException.class).hasMessageContaining("missing.jsonl: no such file");
  }

  @Test
  void referencesResolveAgainstTheApplicationsFileAndOnlyAgainstEarlierApplications() throws Exception {
    Path apps = dir.resolve("apps.jsonl");
    Generator g = Generator.create(new Generator.Options(0, 3, 5, Map.of()), TestRuleSet.RULES.resolve("reference"));
    try (var w = Files.newBufferedWriter(apps, StandardCharsets.UTF_8)) {
      g.writeApplications(w);
    }
    List<String> appLines = Files.readAllLines(apps);
    JsonNode app = Json.MAPPER.readTree(appLines.get(0));
    String appId = app.get("id").asString();
    var traj = compliant("S-REF");
    traj.putObject("route").putObject("ref").put("applicationId", appId).put("routeId", "R1");

    Path input = write(dir, "in.jsonl", List.of(line(traj)));
    run(request(input, "with").withApplications(apps));
    JsonNode result = Json.MAPPER.readTree(Files.readAllLines(dir.resolve("with/results.jsonl")).get(0));
    assertThat(result.get("verdict").asString()).isNotEqualTo("INVALID");
    JsonNode schools = Json.MAPPER.readTree(dir.resolve("with/summary.json").toFile()).get("groups").get("trajectory").get("school");
    assertThat(schools.get(0).get("value").asString()).isEqualTo(app.get("applicant").get("school").get("brin").asString());

    // the application comes after the trajectory in the stream: as in a sequential check, it is not yet known
    Path late = write(dir, "late.jsonl", List.of(line(traj), appLines.get(0)));
    run(request(late, "late"));
    JsonNode unresolved = Json.MAPPER.readTree(Files.readAllLines(dir.resolve("late/results.jsonl")).get(0));
    assertThat(unresolved.get("verdict").asString()).isEqualTo("INVALID");
    assertThat(unresolved.get("errors").get(0).get("problem").asString()).contains("was read before this trajectory");
  }

  @Test
  void theReportAnswersWhichSchoolBreaksWhichArticle() throws Exception {
    Path input = generated(400, 12);
    run(request(input, "out"));
    String html = Files.readString(dir.resolve("out/report.html"));
    JsonNode summary = Json.MAPPER.readTree(dir.resolve("out/summary.json").toFile());
    JsonNode first = summary.get("violationsBySchoolAndNorm").get(0);
    assertThat(html).contains("(" + first.get("school").asString() + ")");
    JsonNode topNorm = summary.get("norms").get(0);
    assertThat(html).contains(topNorm.get("citation").asString());
    assertThat(html).doesNotContain("http://", "https://", "<script", "<link");
  }

  @Test
  void aRecordThatMakesARuleLoopOrThrowGetsAnErrorAndTheRunGoesOnWithTheNext() throws Exception {
    Path rules = nl.routetoets.RuleTraps.rulesWithTraps(dir.resolve("rules"));
    nl.routetoets.ruleset.RuleSet traps = nl.routetoets.ruleset.RuleSetLoader.load(rules)
        .withLimits(new nl.routetoets.ruleset.Limits(java.time.Duration.ofMillis(500), 1_000));
    List<String> normal = Files.readAllLines(generated(40, 5));
    List<String> lines = new ArrayList<>(normal.subList(0, 20));
    lines.add(nl.routetoets.RuleTraps.trajectory(nl.routetoets.RuleTraps.ACTION_LOOP_ID));
    lines.addAll(normal.subList(20, 30));
    lines.add(nl.routetoets.RuleTraps.trajectory(nl.routetoets.RuleTraps.ACTIVATION_LOOP_ID));
    lines.add(nl.routetoets.RuleTraps.trajectory(nl.routetoets.RuleTraps.THROWS_ID));
    lines.addAll(normal.subList(30, normal.size()));
    Path input = dir.resolve("met-valkuilen.jsonl");
    Files.write(input, lines);

    ReportOutcome outcome = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(180),
        () -> ReportRun.run(traps, request(input, "out"), ProgressListener.NONE, () -> false));

    assertThat(outcome.records()).isEqualTo(lines.size());
    Checker reference = new Checker(TestRuleSet.get(), null);
    List<String> expected = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      Iterator<SourcedDocument> docs = DocumentReader.readJsonLines(input.toString(), in);
      while (docs.hasNext()) {
        expected.add(withoutRuleSet(Json.MAPPER.writeValueAsString(reference.check(docs.next()))));
      }
    }
    List<String> results = Files.readAllLines(dir.resolve("out/results.jsonl"));
    Map<Integer, String> failing = Map.of(21, nl.routetoets.RuleTraps.ACTION_LOOP, 32, nl.routetoets.RuleTraps.ACTIVATION_LOOP,
        33, nl.routetoets.RuleTraps.THROWS);
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = Json.MAPPER.readTree(results.get(i));
      String rule = failing.get(i + 1);
      if (rule == null) {
        assertThat(withoutRuleSet(results.get(i))).as("line " + (i + 1)).isEqualTo(expected.get(i));
      } else {
        assertThat(r.get("verdict").asString()).as("line " + (i + 1)).isEqualTo("ERROR");
        assertThat(r.get("errors").get(0).get("problem").asString()).contains("rule \"" + rule + "\"");
      }
    }
    JsonNode summary = Json.MAPPER.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.get("verdicts").get("trajectory").get("ERROR").asInt()).isEqualTo(3);
    assertThat(summary.get("errors").get("count").asInt()).isEqualTo(3);
    assertThat(summary.get("errors").get("first").get(0).asString()).contains(nl.routetoets.RuleTraps.ACTION_LOOP);
    assertThat(Files.readString(dir.resolve("out/report.html"))).contains("id=\"regelfouten\"")
        .contains(nl.routetoets.RuleTraps.ACTIVATION_LOOP);
  }

  private static String withoutRuleSet(String result) {
    tools.jackson.databind.node.ObjectNode json = (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(result);
    json.remove("ruleSet");
    return json.toString();
  }

  @Test
  void aRouteDocumentIsAValueOfTypeAndAReferenceToItIsAKey() {
    assertThat(ReportRun.hasRouteValue("{\"type\":\"route\",\"id\":\"DLR-1\"}")).isTrue();
    assertThat(ReportRun.hasRouteValue("{ \"type\" :\n \"route\" }")).isTrue();
    assertThat(ReportRun.hasRouteValue("{\"type\":\"trajectory\",\"route\":{\"ref\":{\"route\":\"DLR-1\"}}}")).isFalse();
  }

  /** Route documents are read before the trajectories that refer to them, as applications are, and counted as routes. */
  @Test
  void aLawTrajectoryRefersOnlyToARouteDocumentReadBeforeIt() throws Exception {
    Generator g = Generator.create(new Generator.Options(40, 3, 4, 21, 1.0, Map.of()), TestRuleSet.RULES.resolve("reference"));
    java.io.StringWriter text = new java.io.StringWriter();
    g.writeJsonLines(text);
    List<String> all = text.toString().lines().toList();
    List<String> routes = all.stream().filter(l -> l.startsWith("{\"type\":\"route\"")).toList();
    String referring = all.stream().filter(l -> l.contains("\"ref\":{\"route\":\"" + Json.MAPPER.readTree(routes.get(0)).get("id").asString()))
        .findFirst().orElseThrow();

    Path before = write(dir, "before.jsonl", List.of(routes.get(0), referring));
    run(request(before, "before"));
    List<JsonNode> results = Files.readAllLines(dir.resolve("before/results.jsonl")).stream().map(Json.MAPPER::readTree).toList();
    assertThat(results.get(1).get("verdict").asString()).isNotEqualTo("INVALID");
    assertThat(results.get(1).get("regime").asString()).isEqualTo("LAW_2020");
    JsonNode summary = Json.MAPPER.readTree(dir.resolve("before/summary.json").toFile());
    assertThat(summary.get("law").get("routes").asInt()).isEqualTo(1);
    assertThat(summary.get("law").get("students").asInt()).isEqualTo(1);
    assertThat(summary.get("verdicts").get("route").get("COMPLIANT").asInt()
        + summary.get("verdicts").get("route").get("NEEDS_REVIEW").asInt()
        + summary.get("verdicts").get("route").get("NON_COMPLIANT").asInt()).isEqualTo(1);
    assertThat(summary.get("groups").get("trajectory").get("school").get(0).get("value").asString())
        .isEqualTo(Json.MAPPER.readTree(routes.get(0)).get("provider").get("school").get("brin").asString());

    Path after = write(dir, "after.jsonl", List.of(referring, routes.get(0)));
    run(request(after, "after"));
    JsonNode unresolved = Json.MAPPER.readTree(Files.readAllLines(dir.resolve("after/results.jsonl")).get(0));
    assertThat(unresolved.get("verdict").asString()).isEqualTo("INVALID");
    assertThat(unresolved.get("errors").get(0).get("path").asString()).isEqualTo("route.ref.route");

    // route documents given with --applications are known to every record, and are not reported on
    Path given = write(dir, "given.jsonl", List.of(routes.get(0)));
    Path alone = write(dir, "alone.jsonl", List.of(referring));
    run(request(alone, "given").withApplications(given));
    assertThat(Files.readAllLines(dir.resolve("given/results.jsonl"))).singleElement()
        .satisfies(l -> assertThat(Json.MAPPER.readTree(l).get("verdict").asString()).isNotEqualTo("INVALID"));
  }

  /**
   * The sections on the law and the passage, recomputed from results.jsonl, findings.csv and the input: every students'
   * table adds up to the one denominator (readable trajectories), route documents count as routes, and the switch of
   * 1 August 2022 counts the experiment students still in a route then with their verdicts and norms.
   */
  @Test
  void theLawSectionsAgreeWithTheResultsAndTheFindings() throws Exception {
    Path input = generated(2000, 40);
    // a route without permission started in 2020-2021: a rule of the law speaks about it (I-14)
    List<String> lines = new ArrayList<>(Files.readAllLines(input));
    lines.add(line(TestRuleSet.fixture("LAW_2020/wet-sterk-beroepsonderwijs/route-zonder-toestemming-die-in-2020-2021-begint").tree()));
    Files.write(input, lines);
    run(request(input, "out"));
    JsonNode law = Json.MAPPER.readTree(dir.resolve("out/summary.json").toFile()).get("law");

    List<JsonNode> results = Files.readAllLines(dir.resolve("out/results.jsonl")).stream().map(Json.MAPPER::readTree).toList();
    List<JsonNode> documents = lines.stream().map(l -> (JsonNode) Json.MAPPER.readTree(l)).toList();
    Map<String, java.util.Set<String>> lawRuleSubjects = new java.util.HashMap<>();
    java.util.Set<String> lawRules = new java.util.HashSet<>();
    TestRuleSet.get().rules().values().forEach(r -> {
      if (r.regimes().contains("LAW_2020")) {
        lawRules.add(r.name());
      }
    });
    Map<String, Map<String, java.util.Set<String>>> normSubjects = new java.util.HashMap<>();
    try (Reader in = Files.newBufferedReader(dir.resolve("out/findings.csv"))) {
      assertThat(in.read()).as("the byte order mark").isEqualTo(0xFEFF);
      for (CSVRecord row : FindingsCsv.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        if (lawRules.contains(row.get("rule"))) {
          lawRuleSubjects.computeIfAbsent(row.get("subject_type"), k -> new java.util.HashSet<>()).add(row.get("subject_id"));
        }
        if (!"INFO".equals(row.get("severity"))) {
          normSubjects.computeIfAbsent(row.get("norm"), k -> new java.util.HashMap<>())
              .computeIfAbsent(row.get("severity"), k -> new java.util.HashSet<>()).add(row.get("subject_id"));
        }
      }
    }

    // per regime: the readable trajectories by their result's regime and verdict; the rows add up to N
    Map<String, Map<String, Integer>> byRegime = new java.util.TreeMap<>();
    Map<String, Integer> underLawByRegime = new java.util.TreeMap<>();
    int students = 0;
    int routes = 0;
    for (JsonNode r : results) {
      String type = r.get("subject").get("type").asString();
      if ("route".equals(type)) {
        routes++;
      }
      if (!"trajectory".equals(type) || "INVALID".equals(r.get("verdict").asString())) {
        continue;
      }
      students++;
      String regime = r.get("regime").asString();
      byRegime.computeIfAbsent(regime, k -> new java.util.TreeMap<>()).merge(r.get("verdict").asString(), 1, Integer::sum);
      if (lawRuleSubjects.getOrDefault("trajectory", java.util.Set.of()).contains(r.get("subject").get("id").asString())) {
        underLawByRegime.merge(regime, 1, Integer::sum);
      }
    }
    assertThat(law.get("students").asInt()).isEqualTo(students);
    assertThat(law.get("routes").asInt()).isEqualTo(routes).isEqualTo(Generator.Options.defaultRoutes(2000));
    int sum = 0;
    for (JsonNode row : law.get("regimes")) {
      Map<String, Integer> expected = byRegime.get(row.get("regime").asString());
      for (String verdict : List.of("COMPLIANT", "NEEDS_REVIEW", "NON_COMPLIANT")) {
        assertThat(row.get(verdict).asInt()).as(row.get("regime") + " " + verdict).isEqualTo(expected.getOrDefault(verdict, 0));
      }
      assertThat(row.get("judgedUnderLaw").asInt()).isEqualTo(underLawByRegime.getOrDefault(row.get("regime").asString(), 0));
      sum += row.get("total").asInt();
    }
    assertThat(sum).isEqualTo(students);
    assertThat(byRegime.keySet()).containsExactly("EXP_2013", "EXP_2015", "LAW_2020");
    assertThat(underLawByRegime.get("LAW_2020")).as("the route without permission").isPositive();

    // DLR against GLR: the kinds add up to the students of LAW_2020; the route documents to the routes
    int lawStudents = 0;
    for (JsonNode row : law.get("regimes")) {
      lawStudents += "LAW_2020".equals(row.get("regime").asString()) ? row.get("total").asInt() : 0;
    }
    assertThat(total(law.get("kinds").get("trajectory"))).isEqualTo(lawStudents);
    assertThat(total(law.get("kinds").get("route"))).isEqualTo(routes);
    assertThat(law.get("kinds").get("trajectory")).extracting(k -> k.get("kind").asString()).containsExactly("DLR", "GLR", "onbekend");

    // leerweg to level and the exam's route year: each group adds up to its regime's students, or to the routes
    Map<String, Integer> groupTotals = new java.util.TreeMap<>();
    law.get("regimes").forEach(row -> groupTotals.put(row.get("regime").asString(), row.get("total").asInt()));
    groupTotals.put("route", routes);
    for (String table : List.of("leerwegLevels", "examRouteYears")) {
      Map<String, Integer> sums = new java.util.TreeMap<>();
      law.get(table).forEach(row -> sums.merge(row.get("group").asString(), row.get("count").asInt(), Integer::sum));
      assertThat(sums).as(table).isEqualTo(groupTotals);
    }

    // leaving: recomputed from the input, the law's overstapoptie and the decree's fallback
    java.time.LocalDate switchDay = java.time.LocalDate.parse(law.get("passage").get("from").asString());
    Map<String, int[]> exits = new java.util.TreeMap<>();
    java.util.Set<String> stillInRoute = new java.util.HashSet<>();
    int observed = 0;
    assertThat(results).hasSameSizeAs(documents);
    for (int i = 0; i < documents.size(); i++) {
      JsonNode d = documents.get(i);
      if (!"trajectory".equals(d.get("type").asString()) || "INVALID".equals(results.get(i).get("verdict").asString())) {
        continue;
      }
      java.time.LocalDate asOf = java.time.LocalDate.parse(d.get("asOf").asString());
      JsonNode route = d.get("route");
      boolean experiment = route.has("approval") && !route.get("approval").isNull()
          || route.has("ref") && route.get("ref").has("applicationId");
      JsonNode exit = d.get("exit");
      java.time.LocalDate left = exit == null || exit.isNull() ? null : java.time.LocalDate.parse(exit.get("leftOn").asString());
      if (left != null && !left.isAfter(asOf)) {
        String option = !experiment || !left.isBefore(switchDay) ? "OVERSTAPOPTIE" : "TERUGVALOPTIE";
        int[] e = exits.computeIfAbsent(option, k -> new int[2]);
        e[0]++;
        e[1] += exit.get("fallback").get("offered").asBoolean() ? 1 : 0;
      }
      if (experiment && !asOf.isBefore(switchDay)) {
        observed++;
        boolean running = false;
        for (JsonNode y : d.get("years")) {
          running |= y.has("routeYear") && !nl.routetoets.model.SchoolYear.parse(y.get("schoolYear").asString()).firstDay().isBefore(switchDay);
        }
        if (running && (left == null || !left.isBefore(switchDay))) {
          stillInRoute.add(d.get("id").asString());
        }
      }
    }
    for (JsonNode row : law.get("exits")) {
      int[] e = exits.get(row.get("option").asString());
      assertThat(row.get("left").asInt()).as(row.get("option").asString()).isEqualTo(e[0]);
      assertThat(row.get("offered").asInt()).isEqualTo(e[1]);
    }
    assertThat(law.get("exits")).hasSize(exits.size()).hasSize(2);

    // the switch: who was still in a route, their verdicts, and their findings per norm
    JsonNode passage = law.get("passage");
    assertThat(passage.get("observed").asInt()).isEqualTo(observed);
    JsonNode still = passage.get("stillInRoute");
    assertThat(still.get("total").asInt()).isEqualTo(stillInRoute.size()).isPositive().isLessThan(observed);
    Map<String, Integer> verdicts = new java.util.TreeMap<>();
    for (JsonNode r : results) {
      if (r.get("subject").has("id") && stillInRoute.contains(r.get("subject").get("id").asString())) {
        verdicts.merge(r.get("verdict").asString(), 1, Integer::sum);
      }
    }
    for (String verdict : List.of("COMPLIANT", "NEEDS_REVIEW", "NON_COMPLIANT")) {
      assertThat(still.get(verdict).asInt()).as(verdict).isEqualTo(verdicts.getOrDefault(verdict, 0));
    }
    Map<String, List<Integer>> expectedNorms = new java.util.TreeMap<>();
    normSubjects.forEach((norm, bySeverity) -> {
      long violations = bySeverity.getOrDefault("VIOLATION", java.util.Set.of()).stream().filter(stillInRoute::contains).count();
      long reviews = bySeverity.getOrDefault("REVIEW", java.util.Set.of()).stream().filter(stillInRoute::contains).count();
      if (violations + reviews > 0) {
        expectedNorms.put(norm, List.of((int) violations, (int) reviews));
      }
    });
    Map<String, List<Integer>> norms = new java.util.TreeMap<>();
    passage.get("norms").forEach(n -> norms.put(n.get("norm").asString(), List.of(n.get("violationSubjects").asInt(), n.get("reviewSubjects").asInt())));
    assertThat(norms).isEqualTo(expectedNorms).isNotEmpty();

    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).contains("id=\"wet\"", LawText.DENOMINATOR_NL.substring(0, 40), "Doorlopende leerroute tegenover geïntegreerde route",
        "De overgang van");
  }

  private static int total(JsonNode rows) {
    int sum = 0;
    for (JsonNode row : rows) {
      sum += row.get("total").asInt();
    }
    return sum;
  }
}
