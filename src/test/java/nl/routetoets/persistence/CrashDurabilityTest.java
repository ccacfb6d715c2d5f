package nl.routetoets.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routetoets.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 2xx answer promises that the write survives a crash. The service runs as a child JVM while clients
 * submit applications, decide them and record routes under the law over HTTP; it is killed with SIGKILL
 * in the middle of that (on PostgreSQL the database server is crashed first), started again on the same
 * database, and so on for a few rounds. Then every submission, decision, recorded route and audit entry
 * that was answered 201 must be stored.
 */
class CrashDurabilityTest {
  private static final String PASSWORD = "a-long-test-password";
  private static final int ROUNDS = 3;
  private static final int WRITERS = 4;
  /** Acknowledged submissions per round before the kill: enough that writes are in flight, few enough to stay quick. */
  private static final int SUBMISSIONS_PER_ROUND = 24;
  private static final Duration START_LIMIT = Duration.ofMinutes(4);
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

  @TempDir Path dir;
  private Path log; // of the latest start
  private int starts;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Set<String> submitted = ConcurrentHashMap.newKeySet();
  private final Set<String> decided = ConcurrentHashMap.newKeySet();
  private final Set<String> routes = ConcurrentHashMap.newKeySet();

  /** The embedded default exactly as shipped: no datasource URL given, so the database is ./routetoets-data in the working folder. */
  @Test
  void everyAcknowledgedWriteSurvivesKill9OnTheEmbeddedDefault() throws Exception {
    for (int round = 1; round <= ROUNDS; round++) {
      writeUntilKilled(round, List.of(), () -> {});
    }
    assertAllAcknowledgedAreStored("jdbc:h2:file:" + dir.resolve("routetoets-data/routetoets") + ";IFEXISTS=TRUE", "routetoets");
  }

  @Test
  void everyAcknowledgedWriteSurvivesKill9OfServiceAndDatabaseOnPostgresql() throws Exception {
    PostgresServer server = PostgresServer.startNew();
    String url = server.newDatabase("crash");
    for (int round = 1; round <= ROUNDS; round++) {
      writeUntilKilled(round, List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres"), server::crash);
      server.startAgain();
    }
    assertAllAcknowledgedAreStored(url, "postgres");
  }

  interface Crash {
    void run() throws IOException;
  }

  /** Starts the service, lets the writers run until this round's submissions are acknowledged, crashes the database, kills the service. */
  private void writeUntilKilled(int round, List<String> database, Crash crashDatabase) throws Exception {
    Process service = startService(database);
    try {
      int port = awaitReady(service);
      if (round == 1) {
        createAccounts(port);
      }
      int before = submitted.size();
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        String prefix = "CRASH-" + round + "-" + w + "-";
        Thread writer = new Thread(() -> write(port, prefix, stop));
        writer.start();
        writers.add(writer);
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (submitted.size() - before < SUBMISSIONS_PER_ROUND && System.nanoTime() < deadline && service.isAlive()) {
        Thread.sleep(5);
      }
      assertThat(submitted.size() - before).as("submissions acknowledged in round " + round + " before the kill; service log:\n"
          + log()).isGreaterThanOrEqualTo(SUBMISSIONS_PER_ROUND);
      crashDatabase.run();
      service.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, no clean close
      assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
      stop.set(true);
      for (Thread t : writers) {
        t.join();
      }
    } finally {
      service.destroyForcibly();
    }
  }

  /**
   * Submit an application, decide its one route, record a route under the law; remember each write that
   * was answered 201. Stops at the first refused connection.
   */
  private void write(int port, String prefix, AtomicBoolean stop) {
    try {
      String template = Files.readString(Path.of("demo/aanvraag-2016-beroepsroute-drie-jaar-fout.json"));
      String route = Files.readString(Path.of("src/test/resources/routes/dlr-kb-mbo3.json")).replace("\"02QZ\"", "\"04XU\"");
      for (int i = 0; !stop.get(); i++) {
        String id = prefix + i;
        if (post(port, "school", "/api/v1/applications", template.replace("\"APP-2016-0241\"", "\"" + id + "\"")) == 201) {
          submitted.add(id);
          if (post(port, "reviewer", "/api/v1/applications/" + id + "/decisions",
              "{\"routeId\":\"R1\",\"outcome\":\"REJECTED\",\"motivation\":\"De studieduur past niet bij art. 6.\"}") == 201) {
            decided.add(id);
          }
          if (post(port, "school", "/api/v1/routes", route.replace("\"DLR-02QZ-25PZ-MVI-3\"", "\"" + id + "\"")) == 201) {
            routes.add(id);
          }
        }
      }
    } catch (IOException e) {
      // the service is gone: what it acknowledged before is what counts
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int post(int port, String user, String path, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private void createAccounts(int port) throws Exception {
    assertThat(post(port, "admin", "/api/v1/accounts",
        "{\"username\":\"school\",\"password\":\"" + PASSWORD + "\",\"role\":\"SCHOOL\",\"brins\":[\"04XU\"]}")).isEqualTo(201);
    assertThat(post(port, "admin", "/api/v1/accounts",
        "{\"username\":\"reviewer\",\"password\":\"" + PASSWORD + "\",\"role\":\"REVIEWER\"}")).isEqualTo(201);
  }

  /**
   * The service as `java … serve`, in the temporary folder as working folder. Only the client compiler and a small
   * fixture set, to start quickly; neither changes how the service stores.
   */
  private Process startService(List<String> database) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Droutetoets.cache=" + nl.routetoets.TemporaryRuleCache.folder(),
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--server.port=0",
        "--routetoets.rules=" + Path.of("rules").toAbsolutePath(),
        "--routetoets.fixtures=" + nl.routetoets.TestRuleSet.builtFixtures("baseline", dir.resolve("fixtures")).toAbsolutePath(),
        "--routetoets.admin.user=admin", "--routetoets.admin.password=" + PASSWORD,
        "--logging.level.nl.routetoets.access=WARN"));
    command.addAll(database);
    log = dir.resolve("service-" + ++starts + ".log");
    return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** The port the service listens on, once it answers ready. */
  private int awaitReady(Process service) throws Exception {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    int port = -1;
    while (System.nanoTime() < deadline && service.isAlive()) {
      Matcher started = STARTED.matcher(log());
      if (port < 0 && started.find()) {
        port = Integer.parseInt(started.group(1));
      }
      if (port > 0) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
        try {
          if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
            return port;
          }
        } catch (IOException e) {
          // not yet
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the service did not get ready (alive: " + service.isAlive() + "); its log:\n" + log());
  }

  private String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private void assertAllAcknowledgedAreStored(String url, String user) throws SQLException {
    assertThat(routes).as("routes under the law acknowledged, so that their durability is tested at all").isNotEmpty();
    Map<String, Set<String>> lost = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection(url, user, "")) {
      lost.put("submissions", missing(submitted, query(c, "select document_id from application")));
      lost.put("decisions", missing(decided, query(c, "select a.document_id from decision d"
          + " join application_version v on v.id = d.version_id join application a on a.id = v.application_id")));
      lost.put("audit entries of submissions", missing(submitted,
          query(c, "select substring(object_id, 18) from audit_log where action = 'APPLICATION_SUBMITTED'")));
      lost.put("audit entries of decisions", missing(decided,
          query(c, "select substring(object_id, 18) from audit_log where action = 'DECISION_RECORDED'")));
      lost.put("routes", missing(routes, query(c, "select r.route_id from law_route r"
          + " join law_route_version v on v.law_route_id = r.id and v.version = 1")));
      lost.put("audit entries of routes", missing(routes,
          query(c, "select substring(object_id, 12) from audit_log where action = 'ROUTE_RECORDED'")));
    }
    assertThat(lost.values()).as("acknowledged (%d submissions, %d decisions, %d routes) but lost after %d kill -9 rounds: %s",
        submitted.size(), decided.size(), routes.size(), ROUNDS, lost).allSatisfy(ids -> assertThat(ids).isEmpty());
  }

  private static Set<String> query(Connection c, String sql) throws SQLException {
    Set<String> values = new TreeSet<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  private static Set<String> missing(Set<String> acknowledged, Set<String> stored) {
    Set<String> missing = new TreeSet<>(acknowledged);
    missing.removeAll(stored);
    return missing;
  }
}
