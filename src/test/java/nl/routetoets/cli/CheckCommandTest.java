package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** The command line as a user meets it: output, exit status, errors. */
class CheckCommandTest {
  private static final String BASELINE = TestRuleSet.fixtureFile("baseline/aanvraag-2016-vakmanschaproute-2-techniek").toString();
  private static final String TRAJECTORY = TestRuleSet.fixtureFile("baseline/traject-2016-beroepsroute-geslaagd").toString();
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCompliantApplicationExitsZeroWithOneJsonLine() {
    Run r = run("check", "--format", "json", BASELINE);
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines()).hasSize(1);
    JsonNode result = Json.MAPPER.readTree(r.out());
    assertThat(result.get("verdict").asString()).isEqualTo("COMPLIANT");
    assertThat(result.get("regime").asString()).isEqualTo("EXP_2015");
    assertThat(result.get("ruleSet").get("sha256").asString()).hasSize(64);
  }

  @Test
  void aViolationExitsOneAndTheTextReportCitesTheArticleAndTheFix() throws IOException {
    Path app = dir.resolve("kort.json");
    Files.writeString(app, Files.readString(Path.of(BASELINE)).replace("\"years\": 3", "\"years\": 2"));
    Run r = run("check", "--lang", "nl", app.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("art. 6, onder a").contains("N-DUR-1").contains("Oplossing:").contains("— Voldoet niet");
    Run en = run("check", "--lang", "en", app.toString());
    assertThat(en.out()).contains("Fix:").contains("full study years");
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    String first = run("check", "--format", "json", BASELINE, TRAJECTORY).out();
    String second = run("check", "--format", "json", BASELINE, TRAJECTORY).out();
    assertThat(second).isEqualTo(first).isNotEmpty();
  }

  @Test
  void aBadLineInAStreamIsAnInvalidResultAndTheRestIsChecked() throws IOException {
    String good = Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(Files.readString(Path.of(BASELINE))));
    Path stream = dir.resolve("s.jsonl");
    Files.writeString(stream, good + "\n{\"type\":\"application\",\"id\":\"X\",\"kleur\":\"rood\"}\n" + good + "\n");
    Run r = run("check", "--format", "json", stream.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out().lines()).hasSize(3);
    JsonNode bad = Json.MAPPER.readTree(r.out().lines().toList().get(1));
    assertThat(bad.get("verdict").asString()).isEqualTo("INVALID");
    assertThat(bad.get("errors").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(bad.get("errors").get(0).get("path").asString()).isEqualTo("kleur");
    assertThat(Json.MAPPER.readTree(r.out().lines().toList().get(2)).get("verdict").asString()).isEqualTo("COMPLIANT");
  }

  @Test
  void withoutAPeildatumTheDocumentIsRefusedRatherThanCheckedOnToday() throws IOException {
    Path app = dir.resolve("zonder-peildatum.json");
    Files.writeString(app, Files.readString(Path.of(BASELINE)).replace("\"asOf\": \"2016-03-01\",", ""));
    Run r = run("check", "--format", "json", app.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("no peildatum");
    assertThat(run("check", "--as-of", "2016-03-01", "--format", "json", app.toString()).exit()).isZero();
  }

  @Test
  void aMissingFileAndBadUsageExitTwo() {
    assertThat(run("check", "bestaat-niet.json").exit()).isEqualTo(2);
    assertThat(run("check", "--as-of", "gisteren", BASELINE).exit()).isEqualTo(2);
    assertThat(run("check").exit()).isEqualTo(2);
  }

  @Test
  void helpShowsExamples() {
    Run r = run("check", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Examples (from the project folder").contains("--as-of").contains("demo/");
  }

  @Test
  void normsListsEveryNormWithItsRules() {
    Run r = run("norms");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("N-DUR-1").contains("rule \"Studieduur vakmanschaproute niveau 2 (art. 6 onder a)\"")
        .contains("N-MON-2").contains("not automatable");
  }

  @Test
  void aNullInsideAnArrayOrANullDocumentIsReportedAndTheOthersAreChecked() throws IOException {
    String baseline = Json.MAPPER.readTree(Files.readString(Path.of(BASELINE))).toString();
    Path stream = dir.resolve("s.jsonl");
    Files.writeString(stream, baseline + "\n" + baseline.replace("\"leerwegen\":[", "\"leerwegen\":[null,") + "\n" + baseline + "\n");
    Path bundle = dir.resolve("b.json");
    Files.writeString(bundle, "{\"type\":\"bundle\",\"documents\":[null," + baseline + "]}");
    Run r = run("check", "--format", "json", stream.toString(), bundle.toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).doesNotContain("Exception");
    assertThat(r.out().lines().map(l -> Json.MAPPER.readTree(l).get("verdict").asString()).toList())
        .containsExactly("COMPLIANT", "INVALID", "COMPLIANT", "INVALID", "COMPLIANT");
    assertThat(r.out()).contains("\"path\":\"routes[0].leerwegen[0]\",\"problem\":\"must not be null\"")
        .contains("\"path\":\"documents[0]\",\"problem\":\"must not be null\"");
  }

  @Test
  void aFileThatIsNotUtf8IsAnErrorNamingTheLine() throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, Files.readString(Path.of(BASELINE)).replace("Vakcollege", "Vakcoll\u00e8ge").getBytes(StandardCharsets.ISO_8859_1));
    Run r = run("check", "--format", "json", file.toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).doesNotContain("Exception");
    assertThat(Json.MAPPER.readTree(r.out()).get("errors").get(0).get("problem").asString()).startsWith("not valid UTF-8");
  }

  @Test
  void aStreamWithDocumentsThatMakeARuleLoopOrThrowIsCheckedToTheEndAndExitsThree() throws IOException {
    Path rules = nl.routetoets.RuleTraps.rulesWithTraps(dir.resolve("rules"));
    String normal = Files.readString(nl.routetoets.RuleTraps.TRAJECTORY).replace("\n", "");
    Path stream = dir.resolve("stroom.jsonl");
    Files.writeString(stream, String.join("\n", normal, nl.routetoets.RuleTraps.trajectory(nl.routetoets.RuleTraps.ACTION_LOOP_ID),
        nl.routetoets.RuleTraps.trajectory(nl.routetoets.RuleTraps.THROWS_ID), normal) + "\n");
    Run json = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
        () -> run("check", "--rules", rules.toString(), "--time-limit", "500ms", "--format", "json", stream.toString()));
    assertThat(json.exit()).as(json.err()).isEqualTo(3);
    assertThat(json.out().lines().map(l -> Json.MAPPER.readTree(l).get("verdict").asString()))
        .containsExactly("COMPLIANT", "ERROR", "ERROR", "COMPLIANT");
    assertThat(json.out().lines().toList().get(1)).contains("rule \\\"" + nl.routetoets.RuleTraps.ACTION_LOOP + "\\\" did not finish");

    Run text = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
        () -> run("check", "--rules", rules.toString(), "--time-limit", "500ms", "--lang", "en", stream.toString()));
    assertThat(text.exit()).isEqualTo(3);
    assertThat(text.out()).contains("— Not checked: the rules failed")
        .contains("rule \"" + nl.routetoets.RuleTraps.THROWS + "\" failed in its action")
        .contains("Total: 2 compliant, 0 need review, 0 not compliant, 0 cannot be checked, 2 not checked: the rules failed");
  }

  @Test
  void aTimeLimitThatIsNotADurationIsBadUsage() {
    Run r = run("check", "--time-limit", "soon", BASELINE);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("\"soon\" is not a duration");
  }

  @Test
  void anUnreadableDocumentIsAnsweredWithoutTheRulesWhichAreLoadedOnlyForADocumentTheyCheck() throws IOException {
    Path rules = TestRuleSet.smallRules(dir.resolve("rules"));
    Path drl = rules.resolve("EXP_ALL/art05-jonger-dan-16.drl");
    Files.writeString(drl, Files.readString(drl).replaceFirst("then", "then\n  this is not java;"));
    Path bad = dir.resolve("kapot.json");
    Files.writeString(bad, "{\"type\": \"application\", \"id\": ");

    Run unreadable = run("check", "--rules", rules.toString(), "--format", "json", bad.toString());
    assertThat(unreadable.exit()).isEqualTo(2);
    assertThat(unreadable.err()).isEmpty();
    JsonNode result = Json.MAPPER.readTree(unreadable.out());
    assertThat(result.get("verdict").asString()).isEqualTo("INVALID");
    assertThat(result.get("ruleSet").get("sha256").asString()).isEqualTo(nl.routetoets.ruleset.RuleSetLoader.sha256(rules));
    assertThat(result.get("errors").get(0).get("problem").asString()).startsWith("not valid JSON");

    Run readable = run("check", "--rules", rules.toString(), "--format", "json", BASELINE);
    assertThat(readable.exit()).isEqualTo(2);
    assertThat(readable.out()).isEmpty();
    assertThat(readable.err()).startsWith("routetoets: the rules folder " + rules + " (given with --rules) cannot be loaded:")
        .contains("art05-jonger-dan-16.drl");
  }

  @Test
  void theUnreadableAnswerIsTheOneOfTheCheckerItself() throws IOException {
    Path bad = dir.resolve("kapot.jsonl");
    Files.writeString(bad, "{\"type\": \"trajectory\", \"kleur\": 1}\n[1,\n");
    Run r = run("check", "--format", "json", bad.toString());
    java.util.List<nl.routetoets.document.SourcedDocument> docs = new java.util.ArrayList<>();
    nl.routetoets.document.DocumentReader.readJsonLines(bad.toString(), Files.newInputStream(bad)).forEachRemaining(docs::add);
    nl.routetoets.check.Checker checker = new nl.routetoets.check.Checker(TestRuleSet.get(), null);
    StringBuilder expected = new StringBuilder();
    for (nl.routetoets.document.SourcedDocument d : docs) {
      expected.append(Json.MAPPER.writeValueAsString(checker.check(d))).append(System.lineSeparator());
    }
    assertThat(r.out()).isEqualTo(expected.toString()).contains("INVALID");
  }

  @Test
  void compiledRulesAreKeptWhereRulesCacheSaysAndOffKeepsNone() throws IOException {
    Path rules = TestRuleSet.smallRules(dir.resolve("rules"));
    Path cache = dir.resolve("cache");
    String trajectory = TestRuleSet.fixtureFile("EXP_ALL/art05-jonger-dan-16/leerling-van-15-in-de-bbl").toString();
    Run first = run("check", "--rules", rules.toString(), "--rules-cache", cache.toString(), "--format", "json", trajectory);
    assertThat(first.exit()).as(first.err()).isEqualTo(1);
    try (java.util.stream.Stream<Path> entries = Files.list(cache)) {
      assertThat(entries.filter(p -> p.toString().endsWith(".kbase"))).hasSize(1);
    }
    Path other = TestRuleSet.smallRules(dir.resolve("other"));
    Files.writeString(other.resolve("README.md"), "another rule set\n");
    Run off = run("check", "--rules", other.toString(), "--rules-cache", "off", "--format", "json", trajectory);
    assertThat(off.out()).isEqualTo(first.out().replace(nl.routetoets.ruleset.RuleSetLoader.sha256(rules),
        nl.routetoets.ruleset.RuleSetLoader.sha256(other)));
    try (java.util.stream.Stream<Path> entries = Files.list(cache)) {
      assertThat(entries).hasSize(1);
    }
  }
}
