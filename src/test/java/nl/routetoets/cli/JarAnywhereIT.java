package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The built jar alone in an empty folder, as someone who downloaded it runs it: no rules/, no test-fixtures/,
 * no ROUTETOETS_RULES. check, generate, report and norms work with the rules and fixtures bundled in
 * the jar, which are the project's own (the same sha256); a rules folder named but missing is one sentence and
 * exit status 2. Runs after the package phase (failsafe), on Java 17 and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JarAnywhereIT {
  private static final Path JAR = Path.of("target", "routetoets.jar");
  private Path folder;
  private Path temporary;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  void copyTheJarAlone() throws IOException {
    assertThat(JAR).as("the jar, built by mvn package").isRegularFile();
    folder = Files.createTempDirectory("routetoets-anywhere");
    Files.copy(JAR, folder.resolve("routetoets.jar"), StandardCopyOption.REPLACE_EXISTING);
    temporary = Files.createDirectories(folder.resolve(".tmp"));
  }

  /** The jar in the folder, with a temporary folder of its own (to see that it cleans up) and without ROUTETOETS_RULES. */
  private Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + temporary, "-Duser.language=en", "-jar", "routetoets.jar"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
    pb.environment().remove("ROUTETOETS_RULES");
    pb.environment().putAll(env);
    Path out = Files.createTempFile("anywhere-out", ".txt");
    Path err = Files.createTempFile("anywhere-err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished: " + command).isTrue();
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  private Run run(String... args) throws Exception {
    return run(Map.of(), args);
  }

  @Test
  void checkUsesTheBundledRulesWhichAreTheProjectsOwn() throws Exception {
    String doc = Path.of("demo", "traject-2017-vmr2-bbl-onder-16-fout.json").toAbsolutePath().toString();
    Run json = run("check", "--format", "json", doc);
    assertThat(json.exit()).as(json.err()).isEqualTo(1);
    JsonNode result = Json.MAPPER.readTree(json.out());
    assertThat(result.path("verdict").asString()).isEqualTo("NON_COMPLIANT");
    assertThat(result.path("findings").get(0).path("norm").asString()).isEqualTo("N-PRG-6");
    assertThat(result.path("ruleSet").path("sha256").asString()).isEqualTo(TestRuleSet.get().ref().sha256());
    assertThat(leftInTemporary()).as("the unpacked rules are removed at the end").isEmpty();
  }

  @Test
  void generateAndReportWorkWithoutARulesFolder() throws Exception {
    Run gen = run("generate", "--trajectories", "300", "--seed", "11", "--out", "populatie.jsonl");
    assertThat(gen.exit()).as(gen.err()).isZero();
    assertThat(folder.resolve("populatie.jsonl")).isNotEmptyFile();
    Run report = run("report", "--input", "populatie.jsonl", "--out", "rapport", "--threads", "2");
    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(folder.resolve("rapport/report.html")).isNotEmptyFile();
    List<String> lines = report.err().lines().toList();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("routetoets: the report: " + folder.resolve("rapport/report.html").toRealPath());
    assertThat(report.err()).contains(" trajectories: ").doesNotContain("Exception");
    assertThat(leftInTemporary()).isEmpty();
  }

  @Test
  void normsUsesTheBundledFixturesAndNamesFilesAsInTheProject() throws Exception {
    Run norms = run("norms", "--interpretation", "I-21");
    assertThat(norms.exit()).as(norms.err()).isZero();
    assertThat(norms.out()).contains("N-PRG-6").contains("rules/EXP_ALL/").contains("fires in EXP_ALL/")
        .doesNotContain(temporary.toString());
    assertThat(leftInTemporary()).isEmpty();
  }

  @Test
  void aRulesFolderNamedButMissingIsOneSentenceAndExitTwo() throws Exception {
    Run r = run(Map.of("ROUTETOETS_RULES", "regels"), "generate", "--trajectories", "5", "--seed", "1", "--out", "x.jsonl");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("routetoets: the rules folder regels (named by ROUTETOETS_RULES) does not exist; leave out --rules"
        + " and ROUTETOETS_RULES to use the rules bundled with this program" + System.lineSeparator());
    assertThat(folder.resolve("x.jsonl")).doesNotExist();
  }

  /** What the runs left in their temporary folder: nothing, once each has ended. */
  private List<Path> leftInTemporary() throws IOException {
    try (Stream<Path> files = Files.list(temporary)) {
      return files.filter(p -> p.getFileName().toString().startsWith("routetoets-")).toList();
    }
  }
}
