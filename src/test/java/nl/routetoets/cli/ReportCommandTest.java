package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The report and generate commands as a user meets them, including Ctrl-C on a real JVM. */
class ReportCommandTest {
  @TempDir Path dir;

  @Test
  void generateThenReportWritesTheFourOutputs() throws IOException {
    Path data = dir.resolve("g.jsonl");
    CheckCommandTest.Run gen = CheckCommandTest.run("generate", "--trajectories", "40", "--applications", "6", "--seed", "3",
        "--out", data.toString());
    assertThat(gen.exit()).isZero();
    CheckCommandTest.Run r = CheckCommandTest.run("report", "--input", data.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    for (String name : List.of("results.jsonl", "findings.csv", "summary.json", "report.html")) {
      assertThat(dir.resolve("out").resolve(name)).isRegularFile();
      assertThat(r.err()).contains("wrote " + dir.resolve("out").resolve(name));
    }
    // 6 applications, 4 route documents under the law (the fewest generated) and 40 trajectories
    assertThat(Files.readAllLines(dir.resolve("out/results.jsonl"))).hasSize(50);
  }

  @Test
  void theReportEndsWithItsHeadlineResultAndWhereReportHtmlIs() throws IOException {
    Path data = dir.resolve("g.jsonl");
    assertThat(CheckCommandTest.run("generate", "--trajectories", "40", "--applications", "6", "--seed", "5",
        "--out", data.toString()).exit()).isZero();
    CheckCommandTest.Run r = CheckCommandTest.run("report", "--input", data.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("routetoets: the report: " + dir.resolve("out/report.html").toAbsolutePath());
    // the headline: per kind of record its verdicts, as results.jsonl has them
    List<JsonNode> results = Files.readAllLines(dir.resolve("out/results.jsonl")).stream().map(Json.MAPPER::readTree).toList();
    for (String type : List.of("application", "route", "trajectory")) {
      List<JsonNode> ofType = results.stream().filter(n -> n.path("subject").path("type").asString().equals(type)).toList();
      java.util.function.ToLongFunction<String> count = v -> ofType.stream().filter(n -> n.path("verdict").asString().equals(v)).count();
      String noun = type.equals("trajectory") ? "trajectories" : type + "s";
      assertThat(lines).contains("routetoets: " + ofType.size() + " " + noun + ": " + count.applyAsLong("COMPLIANT") + " compliant, "
          + count.applyAsLong("NEEDS_REVIEW") + " need review, " + count.applyAsLong("NON_COMPLIANT") + " not compliant, "
          + count.applyAsLong("INVALID") + " cannot be checked");
    }
  }

  @Test
  void aRegisterNeedsItsApplicationsAndAPeildatum() throws IOException {
    Path bron = dir.resolve("bron.csv");
    assertThat(CheckCommandTest.run("generate", "--trajectories", "30", "--applications", "3", "--seed", "3", "--format", "csv",
        "--out", bron.toString()).exit()).isZero();
    Path apps = dir.resolve("bron-aanvragen.jsonl");
    CheckCommandTest.Run r = CheckCommandTest.run("report", "--applications", apps.toString(), "--input", bron.toString(),
        "--as-of", "2020-10-01", "--out", dir.resolve("out").toString(), "--sort-chunk-rows", "7");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> results = Files.readAllLines(dir.resolve("out/results.jsonl"));
    assertThat(results).hasSize(30);
    long unresolved = results.stream().filter(l -> l.contains("was read before this trajectory")).count();
    assertThat(unresolved).isZero();
  }

  @Test
  void anUnreadableInputIsAnErrorAndWritesNothing() {
    CheckCommandTest.Run r = CheckCommandTest.run("report", "--input", dir.resolve("nope.jsonl").toString(),
        "--out", dir.resolve("out").toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("nope.jsonl: no such file");
    assertThat(dir.resolve("out/summary.json")).doesNotExist();
  }

  /** Ctrl-C on a running report: the JVM gets SIGINT, writes what it has read, marks it incomplete and says so. */
  @Test
  void ctrlCStopsCleanlyAndSaysWhatWasWritten() throws Exception {
    Path data = dir.resolve("big.jsonl");
    assertThat(CheckCommandTest.run("generate", "--trajectories", "60000", "--applications", "30", "--seed", "9",
        "--out", data.toString()).exit()).isZero();
    Path out = dir.resolve("out");
    Path stderr = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-Droutetoets.cache=" + nl.routetoets.TemporaryRuleCache.folder(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "report", "--input", data.toString(), "--out", out.toString(), "--threads", "1")
        .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Path partial = out.resolve(".results.jsonl.partial");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(partial) && Files.size(partial) > 0) && System.nanoTime() < deadline && p.isAlive()) {
      Thread.sleep(100);
    }
    assertThat(p.isAlive()).as("the report was still running when interrupted").isTrue();
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(ReportCommand.INTERRUPTED);
    assertThat(err).contains("stopped;", "marked incomplete", "wrote " + out.resolve("summary.json"));
    JsonNode summary = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("complete").asBoolean()).isFalse();
    long records = summary.get("records").asLong();
    assertThat(records).isPositive().isLessThan(60030);
    assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize((int) records);
    assertThat(partial).doesNotExist();
  }
}
