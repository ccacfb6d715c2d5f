package nl.routetoets.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.ServiceClient;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import nl.routetoets.service.RouteToetsApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reloads the rules (a harmless change, a broken rule, a rule set that fails its fixtures, the original
 * again) while clients keep checking over HTTP: no check fails and every answer stays correct.
 */
@SpringBootTest(classes = RouteToetsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:reload-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + ReloadUnderLoadTest.PASSWORD,
    "logging.config=classpath:logback.xml"})
class ReloadUnderLoadTest {
  static final String PASSWORD = "a-long-test-password";
  private static Path rules;

  @DynamicPropertySource
  static void rulesCopy(DynamicPropertyRegistry registry) throws IOException {
    rules = TestRuleSet.copyRules(Files.createTempDirectory("routetoets-rules"));
    registry.add("routetoets.rules", rules::toString);
  }

  @AfterAll
  static void removeCopy() throws IOException {
    ServiceClient.deleteTree(rules);
  }

  @LocalServerPort int port;

  private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
    return send("admin", method, path, body);
  }

  private HttpResponse<String> send(String user, String method, String path, String body) throws IOException, InterruptedException {
    return new ServiceClient(port, PASSWORD).send(user, method, path, "application/json", body);
  }

  /** Results without the rule-set reference, which a harmless reload changes. */
  private static String withoutRuleSet(String resultsJson) {
    ArrayNode results = (ArrayNode) Json.MAPPER.readTree(resultsJson);
    results.forEach(r -> ((ObjectNode) r).remove("ruleSet"));
    return results.toString();
  }

  private static String expected(String doc) throws IOException {
    return withoutRuleSet(TestRuleSet.resultsAsJson(doc));
  }

  private String sha() throws Exception {
    return Json.MAPPER.readTree(send("GET", "/api/v1/rule-set", null).body()).path("sha256").asString();
  }

  @Test
  void checksKeepAnsweringCorrectlyWhileRulesAreReloaded() throws Exception {
    List<String> docs = new ArrayList<>();
    for (String name : List.of("aanvraag-2016-beroepsroute-drie-jaar-fout.json", "aanvraag-2017-twee-routes-techniek-en-zorg.json",
        "traject-2017-vmr2-bbl-onder-16-fout.json", "bundel-aanvraag-met-trajecten.json")) {
      docs.add(Files.readString(Path.of("demo", name)));
    }
    List<String> expected = new ArrayList<>();
    for (String d : docs) {
      expected.add(expected(d));
    }
    String original = sha();
    Set<String> shasSeen = ConcurrentHashMap.newKeySet();
    List<String> failures = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger checks = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(3);
    for (int c = 0; c < 3; c++) {
      int first = c;
      clients.submit(() -> {
        for (int i = first; !stop.get(); i++) {
          int k = i % docs.size();
          try {
            HttpResponse<String> r = send("POST", "/api/v1/checks", docs.get(k));
            if (r.statusCode() != 200) {
              failures.add(r.statusCode() + " " + r.body());
            } else if (!withoutRuleSet(r.body()).equals(expected.get(k))) {
              failures.add("wrong result for document " + k + ": " + r.body());
            } else {
              Json.MAPPER.readTree(r.body()).forEach(res -> shasSeen.add(res.path("ruleSet").path("sha256").asString()));
            }
            checks.incrementAndGet();
            Thread.sleep(5); // leave the two cores some room for the reloads themselves
          } catch (Exception e) {
            failures.add(e.toString());
          }
        }
      });
    }
    Path drl = rules.resolve("EXP_2015/art06-studieduur.drl");
    String text = Files.readString(drl);
    String changed;
    try {
      // 1. a harmless change: a new rule set (other sha256) that passes every fixture is swapped in
      Files.writeString(drl, text + "\n// herladen\n");
      HttpResponse<String> ok = send("POST", "/api/v1/rule-set/reload", null);
      assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
      changed = sha();
      assertThat(changed).isNotEqualTo(original);

      // 2. a rule that does not compile: refused with file and line, the previous rule set keeps serving
      Files.writeString(drl, text.replaceFirst("then", "then this is not java;"));
      HttpResponse<String> broken = send("POST", "/api/v1/rule-set/reload", null);
      assertThat(broken.statusCode()).isEqualTo(422);
      JsonNode problem = Json.MAPPER.readTree(broken.body());
      assertThat(problem.path("errors").toString()).contains("art06-studieduur.drl");
      assertThat(problem.path("detail").asString()).contains("keeps serving");
      assertThat(sha()).isEqualTo(changed);

      // 3. rules that compile but no longer give what the fixtures expect: refused, naming the fixtures
      Files.delete(drl);
      HttpResponse<String> failing = send("POST", "/api/v1/rule-set/reload", null);
      assertThat(failing.statusCode()).isEqualTo(422);
      assertThat(Json.MAPPER.readTree(failing.body()).path("errors").get(0).path("problem").asString())
          .startsWith("fixture EXP_2015/art06-studieduur/");
      assertThat(sha()).isEqualTo(changed);
      Thread.sleep(500);
    } finally {
      Files.writeString(drl, text);
    }
    HttpResponse<String> back = send("POST", "/api/v1/rule-set/reload", null);
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(sha()).isEqualTo(original);
    Thread.sleep(500);
    stop.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(failures).isEmpty();
    assertThat(checks.get()).isGreaterThan(20);
    assertThat(shasSeen).contains(original, changed);
    JsonNode audit = Json.MAPPER.readTree(send("GET", "/api/v1/audit?objectId=rule-set&limit=4", null).body());
    assertThat(audit.findValuesAsString("action"))
        .containsExactly("RULE_SET_RELOADED", "RULE_SET_RELOAD_REFUSED", "RULE_SET_RELOAD_REFUSED", "RULE_SET_RELOADED");
  }

  @Test
  void aRecheckShowsWhatAReworderedRuleChangedSinceTheReceipt() throws Exception {
    send("POST", "/api/v1/accounts", "{\"username\":\"school\",\"password\":\"" + PASSWORD + "\",\"role\":\"SCHOOL\",\"brins\":[\"04XU\"]}");
    send("POST", "/api/v1/accounts", "{\"username\":\"reviewer\",\"password\":\"" + PASSWORD + "\",\"role\":\"REVIEWER\"}");
    String doc = Files.readString(Path.of("demo/aanvraag-2016-beroepsroute-drie-jaar-fout.json"));
    assertThat(send("school", "POST", "/api/v1/applications", doc).statusCode()).isEqualTo(201);
    HttpResponse<String> decided = send("reviewer", "POST", "/api/v1/applications/APP-2016-0241/decisions",
        "{\"routeId\":\"R1\",\"outcome\":\"REJECTED\",\"motivation\":\"Drie jaar is te kort.\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);

    Path drl = rules.resolve("EXP_2015/art06-studieduur.drl");
    String text = Files.readString(drl);
    String before = "een beroepsroute naar een diploma middenkaderopleiding duurt";
    String after = "een beroepsroute (middenkaderopleiding) duurt";
    assertThat(text).contains(before);
    try {
      // the fixtures check norms, severities, paths and rules, not wording: this rule set passes the gate
      Files.writeString(drl, text.replace(before, after));
      assertThat(send("POST", "/api/v1/rule-set/reload", null).statusCode()).isEqualTo(200);
      JsonNode recheck = Json.MAPPER.readTree(send("school", "GET", "/api/v1/applications/APP-2016-0241/recheck", null).body());
      assertThat(recheck.path("ruleSetNow").path("sha256")).isNotEqualTo(recheck.path("ruleSetThen").path("sha256"));
      JsonNode route = recheck.path("routes").get(0);
      assertThat(route.path("basis").asString()).isEqualTo("RECEIPT");
      assertThat(route.path("verdictThen").asString()).isEqualTo("NON_COMPLIANT");
      assertThat(route.path("verdictNow").asString()).isEqualTo("NON_COMPLIANT");
      assertThat(route.path("added")).isEmpty();
      assertThat(route.path("removed")).isEmpty();
      JsonNode changed = route.path("changed").get(0);
      assertThat(changed.path("before").path("norm").asString()).isEqualTo("N-DUR-1");
      assertThat(changed.path("before").path("message").path("nl").asString()).contains(before);
      assertThat(changed.path("after").path("message").path("nl").asString()).contains(after);
    } finally {
      Files.writeString(drl, text);
      assertThat(send("POST", "/api/v1/rule-set/reload", null).statusCode()).isEqualTo(200);
    }
  }
}
