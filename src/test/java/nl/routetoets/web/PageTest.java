package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
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
    // the service receives a school's form at its own moment: in the round of the 2017 demo applications
    "routetoets.clock.start=" + PageTest.NOW,
    "logging.config=classpath:logback.xml"})
@AutoConfigureMockMvc
abstract class PageTest {
  /** The service's clock at start: the moment the demo application for 2017–2018 says it was submitted. */
  static final String NOW = "2016-10-19T14:36:00+02:00";

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

  /**
   * The page a request leads to. A form's post answers 303 See Other (POST-redirect-GET): the page is
   * then the one its Location names, asked for as a browser does, by the same account, with the flash
   * attributes and the cookies (the language) the post gave.
   */
  Document page(RequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request).andReturn();
    for (int hops = 0; result.getResponse().getStatus() == 303 && hops < 3; hops++) {
      result = mvc.perform(followed(result)).andReturn();
    }
    assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
    String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).as("a message key without a text").doesNotContainPattern(Browser.MISSING_MESSAGE);
    return Jsoup.parse(html);
  }

  /** The GET a browser sends after a 303: to its Location, as the same account, with the flash attributes and cookies. */
  static MockHttpServletRequestBuilder followed(MvcResult result) {
    MockHttpServletRequestBuilder get = MockMvcRequestBuilders.get(URI.create(result.getResponse().getRedirectedUrl()));
    String authorization = result.getRequest().getHeader("Authorization");
    if (authorization != null) {
      get.header("Authorization", authorization);
    }
    if (result.getRequest().getSession(false) instanceof MockHttpSession session) {
      get.session(session);
    }
    Map<String, Cookie> cookies = new LinkedHashMap<>();
    for (Cookie[] set : new Cookie[][] {result.getRequest().getCookies(), result.getResponse().getCookies()}) {
      if (set != null) {
        Arrays.stream(set).forEach(c -> cookies.put(c.getName(), c));
      }
    }
    if (!cookies.isEmpty()) {
      get.cookie(cookies.values().toArray(Cookie[]::new));
    }
    return result.getFlashMap().isEmpty() ? get : get.flashAttrs(result.getFlashMap());
  }

  /**
   * Presses "Indienen" on the application form: the form's post, and when its check found violations,
   * the confirmation the school is then asked for. The answer to the last post (a redirect to the
   * application, or to the form when the submission is refused).
   */
  MvcResult submit(MockHttpServletRequestBuilder formPost) throws Exception {
    MvcResult posted = mvc.perform(formPost).andReturn();
    String location = posted.getResponse().getRedirectedUrl();
    if (location == null || !location.endsWith("/confirm")) {
      return posted;
    }
    MvcResult asked = mvc.perform(followed(posted)).andReturn();
    assertThat(asked.getResponse().getStatus()).isEqualTo(200);
    Document confirm = Jsoup.parse(asked.getResponse().getContentAsString(StandardCharsets.UTF_8));
    MockHttpServletRequestBuilder yes = MockMvcRequestBuilders.post(confirm.select("#confirm-form").attr("action"))
        .param("revision", confirm.select("#confirm-form input[name=revision]").val());
    String authorization = posted.getRequest().getHeader("Authorization");
    if (authorization != null) {
      yes.header("Authorization", authorization);
    }
    return mvc.perform(yes).andReturn();
  }
}
