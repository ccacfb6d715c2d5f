package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The built jar alone in an empty folder, as someone who downloaded it runs it: no rules/, no test-fixtures/,
 * no ROUTETOETS_RULES. check, generate, report, norms and serve work with the rules and fixtures bundled in
 * the jar, which are the project's own (the same sha256), compiled into the jar by the build: nothing is compiled,
 * and only the service's note that its fixtures passed is written to the cache folder. A rules folder named but
 * missing is one sentence and exit status 2, for the commands and for the service. Runs after the package phase
 * (failsafe), on Java 17 and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JarAnywhereIT {
  private static final Path JAR = Path.of("target", "routetoets.jar");
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");
  private static final String PASSWORD = "a-long-anywhere-password";
  private Path folder;
  private Path temporary;
  private Path cache;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  void copyTheJarAlone() throws IOException {
    assertThat(JAR).as("the jar, built by mvn package").isRegularFile();
    folder = Files.createTempDirectory("routetoets-anywhere");
    Files.copy(JAR, folder.resolve("routetoets.jar"), StandardCopyOption.REPLACE_EXISTING);
    temporary = Files.createDirectories(folder.resolve(".tmp"));
    cache = folder.resolve(".cache");
  }

  /**
   * The jar in the folder, with a temporary folder of its own (to see that it cleans up), a cache folder of its own
   * (never the developer's) and without ROUTETOETS_RULES.
   */
  private ProcessBuilder jar(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + temporary, "-Duser.language=en", "-jar", "routetoets.jar"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
    pb.environment().remove("ROUTETOETS_RULES");
    pb.environment().remove("XDG_CACHE_HOME");
    pb.environment().put("ROUTETOETS_CACHE", cache.toString());
    pb.environment().putAll(env);
    return pb;
  }

  private Run run(Map<String, String> env, String... args) throws Exception {
    ProcessBuilder pb = jar(env, args);
    List<String> command = pb.command();
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
    assertThat(compiledRulesIn(cache)).as("the bundled rules come compiled with the jar").isEmpty();
  }

  /** Every demo document, checked by the jar in its empty folder, gets the same bytes as checked in the project. */
  @Test
  void checksEveryDemoDocumentAsTheProjectDoes() throws Exception {
    List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
    try (Stream<Path> demo = Files.list(Path.of("demo"))) {
      demo.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".jsonl")).sorted()
          .forEach(p -> args.add(p.toAbsolutePath().toString()));
    }
    assertThat(args).hasSizeGreaterThan(20);
    Run jar = run(args.toArray(String[]::new));
    CheckCommandTest.Run project = CheckCommandTest.run(args.toArray(String[]::new));
    assertThat(jar.err()).doesNotContain("Exception");
    assertThat(jar.exit()).isEqualTo(project.exit());
    assertThat(jar.out().lines().count()).as("a result per document").isGreaterThan(args.size());
    assertThat(jar.out()).isEqualTo(project.out());
    assertThat(leftInTemporary()).isEmpty();
  }

  @Test
  void serveStartsWithTheBundledRulesAndFixturesAndChecks() throws Exception {
    Path log = folder.resolve("serve.log");
    Process service = jar(Map.of("ROUTETOETS_ADMIN_USER", "admin", "ROUTETOETS_ADMIN_PASSWORD", PASSWORD), "serve", "--server.port=0",
        "--logging.level.nl.routetoets.access=WARN").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      int port = awaitReady(service, log);
      HttpClient http = HttpClient.newHttpClient();
      JsonNode info = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/info")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      assertThat(info.path("ruleSet").path("sha256").asString()).isEqualTo(TestRuleSet.get().ref().sha256());
      assertThat(info.path("ruleSet").path("fixturesPassed").asInt()).isPositive();
      String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/checks"))
          .header("Content-Type", "application/json").header("Authorization", auth)
          .POST(HttpRequest.BodyPublishers.ofFile(Path.of("demo", "traject-2017-vmr2-bbl-onder-16-fout.json").toAbsolutePath())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
      assertThat(check.body()).contains("N-PRG-6");
    } finally {
      service.destroy(); // SIGTERM: a graceful stop, which removes the unpacked rules
      assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(leftInTemporary()).as("the unpacked rules and fixtures are removed at the end").isEmpty();
    assertThat(compiledRulesIn(cache)).as("the bundled rules come compiled with the jar").isEmpty();
  }

  @Test
  void serveRefusesARulesFolderNamedButMissingInOneSentence() throws Exception {
    Run r = run(Map.of("ROUTETOETS_RULES", "regels"), "serve", "--server.port=0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("routetoets serve: the rules folder regels (set by routetoets.rules or ROUTETOETS_RULES) does not exist;"
        + " leave out routetoets.rules and ROUTETOETS_RULES to use the rules bundled with this program" + System.lineSeparator());
    assertThat(r.out()).doesNotContain("stack_trace").doesNotContain("Tomcat started");
  }

  /** The port of the service once it answers ready. */
  private static int awaitReady(Process service, Path log) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    int port = -1;
    while (System.nanoTime() < deadline && service.isAlive()) {
      Matcher started = STARTED.matcher(Files.exists(log) ? Files.readString(log) : "");
      if (port < 0 && started.find()) {
        port = Integer.parseInt(started.group(1));
      }
      if (port > 0) {
        try {
          if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
              HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return port;
          }
        } catch (IOException e) {
          // not yet
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the service did not get ready; its log:\n" + (Files.exists(log) ? Files.readString(log) : ""));
  }

  private static List<Path> compiledRulesIn(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache)) {
      return files.filter(p -> p.toString().endsWith(".kbase")).toList();
    }
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
