package nl.routetoets.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.RuleTraps;
import nl.routetoets.ServiceClient;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import nl.routetoets.service.RouteToetsApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service with rules that loop or throw for some documents, under a short time limit from its
 * configuration: such a document gets an ERROR result in a 200 answer, and a reload whose rules loop
 * or throw on the fixtures is refused with 422 naming the rule.
 */
@AutoConfigureMockMvc
@SpringBootTest(classes = RouteToetsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:rule-limits-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + RuleLimitsServiceTest.PASSWORD,
    "routetoets.check.time-limit=500ms",
    "routetoets.check.max-firings=1000",
    "logging.config=classpath:logback.xml"})
class RuleLimitsServiceTest {
  static final String PASSWORD = "a-long-test-password";
  private static Path rules;

  @DynamicPropertySource
  static void rulesWithTraps(DynamicPropertyRegistry registry) throws IOException {
    rules = RuleTraps.rulesWithTraps(Files.createTempDirectory("routetoets-traps"));
    registry.add("routetoets.rules", rules::toString);
  }

  @AfterAll
  static void removeCopy() throws IOException {
    ServiceClient.deleteTree(rules);
  }

  @LocalServerPort int port;
  @Autowired MockMvc mvc;

  private HttpResponse<String> send(String path, String contentType, String body) throws IOException, InterruptedException {
    return send("admin", path, contentType, body);
  }

  private HttpResponse<String> send(String user, String path, String contentType, String body) throws IOException, InterruptedException {
    return new ServiceClient(port, PASSWORD).send(user, "POST", path, contentType, body);
  }

  @Test
  void aDocumentThatMakesARuleLoopOrThrowGetsAnErrorResultAndTheOthersTheirOwn() throws Exception {
    String normal = Files.readString(RuleTraps.TRAJECTORY).replace("\n", "");
    String stream = String.join("\n", normal, RuleTraps.trajectory(RuleTraps.ACTION_LOOP_ID),
        RuleTraps.trajectory(RuleTraps.ACTIVATION_LOOP_ID), RuleTraps.trajectory(RuleTraps.THROWS_ID), normal) + "\n";
    HttpResponse<String> r = send("/api/v1/checks", "application/x-ndjson", stream);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode results = Json.MAPPER.readTree(r.body());
    List<String> verdicts = new ArrayList<>();
    results.forEach(x -> verdicts.add(x.get("verdict").asString()));
    assertThat(verdicts).containsExactly("COMPLIANT", "ERROR", "ERROR", "ERROR", "COMPLIANT");
    assertThat(results.get(1).get("errors").get(0).get("problem").asString())
        .isEqualTo("rule \"" + RuleTraps.ACTION_LOOP + "\" did not finish within 500 ms of computing time; "
            + "the check of this document was stopped");
    assertThat(results.get(2).get("errors").get(0).get("problem").asString())
        .startsWith("rule \"" + RuleTraps.ACTIVATION_LOOP + "\" kept firing: more than 1000 rule firings");
    assertThat(results.get(3).get("errors").get(0).get("problem").asString())
        .startsWith("rule \"" + RuleTraps.THROWS + "\" failed in its action on this document: NumberFormatException");

    HttpResponse<String> one = send("/api/v1/checks", "application/json", RuleTraps.trajectory(RuleTraps.THROWS_ID));
    assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
    assertThat(Json.MAPPER.readTree(one.body()).get(0).get("verdict").asString()).isEqualTo("ERROR");
  }

  @Test
  void anApplicationTheRulesCannotCheckIsNotStored() throws Exception {
    send("/api/v1/accounts", "application/json",
        "{\"username\":\"school\",\"password\":\"" + PASSWORD + "\",\"role\":\"SCHOOL\",\"brins\":[\"30AU\"]}");
    HttpResponse<String> submitted = send("school", "/api/v1/applications", "application/json",
        RuleTraps.application(RuleTraps.APPLICATION_THROWS_ID));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(422);
    JsonNode problem = Json.MAPPER.readTree(submitted.body());
    assertThat(problem.get("detail").asString()).contains("could not check the application; nothing was stored");
    assertThat(problem.get("errors").get(0).get("problem").asString()).contains("rule \"" + RuleTraps.APPLICATION_THROWS + "\"");
    assertThat(new ServiceClient(port, PASSWORD).send("school", "GET", "/api/v1/applications/" + RuleTraps.APPLICATION_THROWS_ID,
        "application/json", null).statusCode()).isEqualTo(404);
  }

  @Test
  void theSchoolsCheckPageShowsTheRuleThatFailedAsTheRuleSetsFaultNotTheForms() throws Exception {
    send("/api/v1/accounts", "application/json",
        "{\"username\":\"school\",\"password\":\"" + PASSWORD + "\",\"role\":\"SCHOOL\",\"brins\":[\"30AU\"]}");
    // the upload is kept as a draft and answered with a redirect to it (POST-redirect-GET): the page is the draft's
    String draft = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/school/upload")
            .file(new MockMultipartFile("file", "a.json", "application/json",
                RuleTraps.application(RuleTraps.APPLICATION_THROWS_ID).getBytes(StandardCharsets.UTF_8)))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("school", PASSWORD))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
        .andReturn().getResponse().getRedirectedUrl();
    assertThat(draft).startsWith("/school/check/drafts/");
    String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(draft)
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("school", PASSWORD)))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
    assertThat(page.select(".badge.ERROR").text()).isEqualTo("Niet getoetst: fout in de regels");
    assertThat(page.select(".notice.error").text())
        .contains("De regelset kon deze aanvraag niet toetsen")
        .contains("rule \"" + RuleTraps.APPLICATION_THROWS + "\" failed in its action")
        .doesNotContain("Het formulier heeft");
    assertThat(html).as("a message key without a text").doesNotContainPattern("\\?\\?[A-Za-z0-9._-]+_(nl|en)\\?\\?");
  }

  @Test
  void aReloadWhoseRulesLoopOrThrowOnTheFixturesIsRefusedNamingTheRule() throws Exception {
    String serving = sha();
    Path trap = rules.resolve("EXP_ALL/valkuil-altijd.drl");
    try {
      RuleTraps.addLoopForEveryDocument(rules);
      HttpResponse<String> looping = send("/api/v1/rule-set/reload", "application/json", null);
      assertThat(looping.statusCode()).as(looping.body()).isEqualTo(422);
      assertThat(Json.MAPPER.readTree(looping.body()).get("errors").get(0).get("problem").asString())
          .contains("rule \"Valkuil: lus bij elk document\" did not finish within 500 ms of computing time");
      assertThat(sha()).isEqualTo(serving);

      RuleTraps.addThrowForEveryDocument(rules);
      HttpResponse<String> throwing = send("/api/v1/rule-set/reload", "application/json", null);
      assertThat(throwing.statusCode()).as(throwing.body()).isEqualTo(422);
      assertThat(Json.MAPPER.readTree(throwing.body()).get("errors").get(0).get("problem").asString())
          .contains("rule \"Valkuil: fout bij elk document\" failed in its action");
      assertThat(sha()).isEqualTo(serving);
    } finally {
      Files.deleteIfExists(trap);
    }
    HttpResponse<String> back = send("/api/v1/rule-set/reload", "application/json", null);
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(sha()).isEqualTo(serving);
  }

  private String sha() throws Exception {
    return Json.MAPPER.readTree(new ServiceClient(port, PASSWORD).send("admin", "GET", "/api/v1/rule-set", "application/json", null)
        .body()).path("sha256").asString();
  }
}
