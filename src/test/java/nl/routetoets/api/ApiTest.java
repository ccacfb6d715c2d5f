package nl.routetoets.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.document.Json;
import nl.routetoets.persistence.AccountStore;
import nl.routetoets.service.RouteToetsApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service on an in-memory H2 database with a fixed clock, driven through MockMvc. The test classes
 * that extend it share one application context; each works with its own accounts and application ids.
 */
@SpringBootTest(classes = {RouteToetsApplication.class, ApiTest.FixedClock.class}, properties = {
    "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1",
    "spring.main.allow-bean-definition-overriding=true",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + ApiTest.PASSWORD,
    "routetoets.api.max-request-size=64KB",
    "logging.config=classpath:logback.xml"})
@AutoConfigureMockMvc
abstract class ApiTest {
  static final String PASSWORD = "a-long-test-password";
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final AtomicInteger IDS = new AtomicInteger();

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MockMvc mvc;

  static RequestPostProcessor as(String user) {
    return httpBasic(user, PASSWORD);
  }

  @Autowired AccountStore accountStore;
  @Autowired PasswordEncoder passwordEncoder;

  /** Creates the account unless it exists; the admin signs in with the configured first-admin account. */
  void account(String username, String role, String... brins) throws Exception {
    String body = Json.MAPPER.writeValueAsString(Map.of("username", username, "password", PASSWORD, "role", role, "brins", List.of(brins)));
    int status = mvc.perform(post("/api/v1/accounts").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn().getResponse().getStatus();
    if (status != 201 && status != 409) {
      throw new AssertionError("account " + username + " not created: " + status);
    }
  }

  /**
   * A SCHOOL account bound to the fixtures' fictitious schools (02QZ, 25PZ, the 99.. institutions), which the
   * reference list of schools does not hold and the API therefore refuses: stored directly, as an account made
   * before the list changed would be.
   */
  void accountOutsideTheList(String username, String... brins) {
    if (accountStore.find(username).isEmpty()) {
      accountStore.insert(username, passwordEncoder.encode(PASSWORD), "SCHOOL", List.of(brins), NOW.atOffset(ZoneOffset.UTC));
    }
  }

  static String demo(String name) throws IOException {
    return Files.readString(Path.of("demo", name));
  }

  /** A demo application under a fresh id, so that tests sharing the database do not meet. */
  static String demoWithNewId(String name) throws IOException {
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(demo(name));
    doc.put("id", doc.get("id").asString() + "-T" + IDS.incrementAndGet());
    return doc.toString();
  }

  static JsonNode json(String text) {
    return Json.MAPPER.readTree(text);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
