package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.document.Json;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Accounts.NewAccount;
import nl.routetoets.security.Role;
import nl.routetoets.service.RouteToetsApplication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service on an in-memory database, driven through MockMvc. The page and report tests extend it
 * and share one application context; each works with its own application ids.
 */
@SpringBootTest(classes = RouteToetsApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:web-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + PageTest.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    "logging.config=classpath:logback.xml"})
@AutoConfigureMockMvc
abstract class PageTest {
  static final String PASSWORD = "a-long-test-password";
  private static final AtomicInteger IDS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;

  @BeforeEach
  void accounts() {
    account("web-citadel", Role.SCHOOL, "30AU");
    account("web-baanderheren", Role.SCHOOL, "04XU");
    account("web-reviewer", Role.REVIEWER);
    account("web-auditor", Role.AUDITOR);
  }

  private void account(String name, Role role, String... brins) {
    if (accounts.all().stream().noneMatch(a -> a.username().equals(name))) {
      accounts.create("test", new NewAccount(name, PASSWORD, role, List.of(brins)));
    }
  }

  static RequestPostProcessor as(String user) {
    return httpBasic(user, PASSWORD);
  }

  /** A demo application under a fresh id, so that tests sharing the database do not meet. */
  static ObjectNode demo(String name) throws Exception {
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", name)));
    doc.put("id", doc.get("id").asString() + "-W" + IDS.incrementAndGet());
    return doc;
  }

  Document page(RequestBuilder request) throws Exception {
    String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).as("a message key without a text").doesNotContainPattern(Browser.MISSING_MESSAGE);
    return Jsoup.parse(html);
  }
}
