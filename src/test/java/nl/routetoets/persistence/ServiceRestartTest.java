package nl.routetoets.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import nl.routetoets.document.Json;
import nl.routetoets.service.RouteToetsApplication;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The whole path on each database: a school submits, a reviewer decides, the service stops; after a
 * restart the application, its decision with the receipt and the audit entries are all still there.
 */
class ServiceRestartTest {
  private static final String PASSWORD = "a-long-test-password";
  private final HttpClient http = HttpClient.newHttpClient();

  private static ConfigurableApplicationContext start(String url, String user) {
    return SpringApplication.run(RouteToetsApplication.class, "--server.port=0", "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user, "--routetoets.admin.user=admin", "--routetoets.admin.password=" + PASSWORD,
        "--logging.config=classpath:logback.xml");
  }

  private JsonNode call(ConfigurableApplicationContext ctx, String user, String method, String path, String body, int expected)
      throws Exception {
    String port = ctx.getEnvironment().getProperty("local.server.port");
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
    return Json.MAPPER.readTree(r.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void aDecisionWithItsReceiptAndAuditSurvivesARestart(String vendor, @TempDir Path dir) throws Exception {
    String url = vendor.equals("h2") ? "jdbc:h2:file:" + dir.resolve("routetoets") : PostgresServer.shared().newDatabase("service");
    String user = vendor.equals("h2") ? "routetoets" : "postgres";
    String doc = Files.readString(Path.of("demo/aanvraag-2016-beroepsroute-drie-jaar-fout.json"));
    JsonNode receipt;
    try (ConfigurableApplicationContext ctx = start(url, user)) {
      call(ctx, "admin", "POST", "/api/v1/accounts",
          "{\"username\":\"school\",\"password\":\"" + PASSWORD + "\",\"role\":\"SCHOOL\",\"brins\":[\"04XU\"]}", 201);
      call(ctx, "admin", "POST", "/api/v1/accounts", "{\"username\":\"reviewer\",\"password\":\"" + PASSWORD + "\",\"role\":\"REVIEWER\"}", 201);
      call(ctx, "school", "POST", "/api/v1/applications", doc, 201);
      receipt = call(ctx, "reviewer", "POST", "/api/v1/applications/APP-2016-0241/decisions",
          "{\"routeId\":\"R1\",\"outcome\":\"REJECTED\",\"motivation\":\"De studieduur past niet bij art. 6.\"}", 201).path("receipt");
    }
    try (ConfigurableApplicationContext ctx = start(url, user)) {
      JsonNode app = call(ctx, "school", "GET", "/api/v1/applications/APP-2016-0241", null, 200);
      assertThat(app.path("status").asString()).isEqualTo("DECIDED");
      assertThat(app.path("current").path("decisions").get(0).path("outcome").asString()).isEqualTo("REJECTED");
      assertThat(app.path("current").path("decisions").get(0).path("receipt")).isEqualTo(receipt);
      assertThat(receipt.path("findings").size()).isPositive();
      assertThat(call(ctx, "school", "GET", "/api/v1/applications/APP-2016-0241/versions/1/document", null, 200))
          .isEqualTo(Json.MAPPER.readTree(doc));
      JsonNode audit = call(ctx, "admin", "GET", "/api/v1/audit", null, 200);
      assertThat(audit.findValuesAsString("action")).containsExactly(
          "DECISION_RECORDED", "APPLICATION_SUBMITTED", "ACCOUNT_CREATED", "ACCOUNT_CREATED", "ACCOUNT_CREATED");
    }
    if (vendor.equals("h2")) {
      try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, "")) {
        assertThat(DatabaseDurability.writeDelay(c)).as("the service made H2 write every commit at once (URL without WRITE_DELAY)").isZero();
      }
    }
  }
}
