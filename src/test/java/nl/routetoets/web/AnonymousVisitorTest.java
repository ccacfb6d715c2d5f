package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a visitor who has not signed in leaves on the server (nothing: no session), how the login
 * form still carries its CSRF token, where signing in leads, and the security headers of every answer.
 */
// A context of its own: Spring Security's csrf() post-processor, which other page tests use, swaps the shared
// context's token repository for one kept in the session, and a visitor would then get a session from the test setup.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:web-anonymous;DB_CLOSE_DELAY=-1")
class AnonymousVisitorTest extends PageTest {
  private static final List<String> VISITS = List.of("/", "/?lang=en", "/login", "/login?lang=en", "/login?error", "/norms",
      "/norms/N-DUR-1", "/school", "/review/applications/APP-X", "/css/routetoets.css", "/js/report-progress.js", "/nope",
      "/favicon.ico", "/error", "/swagger-ui/index.html", "/api/v1/me");

  private static void noSession(MvcResult result) {
    assertThat(result.getRequest().getSession(false)).as(result.getRequest().getRequestURI() + " made a session").isNull();
  }

  @Test
  void aVisitorWhoDoesNotSignInGetsNoSession() throws Exception {
    for (String path : VISITS) {
      noSession(mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andReturn());
      noSession(mvc.perform(get(path)).andReturn());
    }
    noSession(mvc.perform(post("/login").param("username", "web-citadel").param("password", "wrong")).andReturn());
  }

  /** The cookies a response set, to send back as a browser would. */
  private static Cookie[] cookies(MvcResult... results) {
    List<Cookie> all = new ArrayList<>();
    for (MvcResult r : results) {
      Arrays.stream(r.getResponse().getCookies()).filter(c -> c.getMaxAge() != 0).forEach(all::add);
    }
    return all.toArray(Cookie[]::new);
  }

  @Test
  void theLoginFormCarriesItsCsrfTokenInACookieAndSigningInMakesTheSession() throws Exception {
    MvcResult form = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
    noSession(form);
    String token = Jsoup.parse(form.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("form[action=/login] input[name=_csrf]").val();
    assertThat(token).isNotBlank();
    Cookie csrf = form.getResponse().getCookie("routetoets-csrf");
    assertThat(csrf).isNotNull();
    assertThat(csrf.isHttpOnly()).isTrue();
    assertThat(csrf.getAttribute("SameSite")).isEqualTo("Lax");

    // without the token, or with another's, the form is refused
    mvc.perform(post("/login").param("username", "web-citadel").param("password", PASSWORD).cookie(csrf))
        .andExpect(status().isForbidden());
    mvc.perform(post("/login").param("username", "web-citadel").param("password", PASSWORD).param("_csrf", token))
        .andExpect(status().isForbidden());

    MvcResult signedIn = mvc.perform(post("/login").param("username", "web-citadel").param("password", PASSWORD)
            .param("_csrf", token).cookie(csrf))
        .andExpect(redirectedUrl("/")).andReturn();
    assertThat(signedIn.getRequest().getSession(false)).isNotNull();
  }

  @Test
  void signingInLeadsBackToThePageThatAskedForItByItsPathWhateverTheHostHeaderSaid() throws Exception {
    MvcResult asked = mvc.perform(get("/norms/N-DUR-1?lang=en").header("Host", "evil.example").accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/login")).andReturn();
    noSession(asked);
    MvcResult form = mvc.perform(get("/login").cookie(cookies(asked))).andReturn();
    String token = Jsoup.parse(form.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("input[name=_csrf]").val();
    mvc.perform(post("/login").header("Host", "evil.example").param("username", "web-citadel").param("password", PASSWORD)
            .param("_csrf", token).cookie(cookies(asked, form)))
        .andExpect(redirectedUrl("/norms/N-DUR-1?lang=en"));
  }

  @Test
  void redirectsNeverNameTheHostHeader() throws Exception {
    for (MockHttpServletRequestBuilder request : List.of(
        get("/school").header("Host", "evil.example").accept(MediaType.TEXT_HTML),
        get("/").header("Host", "evil.example").with(as("web-citadel")),
        post("/logout").header("Host", "evil.example").accept(MediaType.TEXT_HTML).with(as("web-citadel"))
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))) {
      String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getHeader("Location");
      assertThat(location).startsWith("/").doesNotContain("evil.example");
    }
    // nor does a page: its link to itself in the other language is a path
    String page = mvc.perform(get("/norms?x=1").header("Host", "evil.example").with(as("web-citadel"))).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(page).select("a[hreflang]").attr("href")).isEqualTo("/norms?x=1&lang=en");
    assertThat(page).doesNotContain("evil.example");
  }

  @Test
  void everyAnswerHasAContentSecurityPolicyAReferrerPolicyAndAPermissionsPolicy() throws Exception {
    for (String path : List.of("/", "/login", "/nope", "/norms", "/api/v1/me")) {
      var response = mvc.perform(get(path)).andReturn().getResponse();
      assertThat(response.getHeader("Content-Security-Policy")).as(path)
          .contains("default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
          .doesNotContain("unsafe");
      assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
      assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()", "microphone=()", "geolocation=()");
    }
    var page = mvc.perform(get("/norms").with(as("web-citadel"))).andReturn().getResponse();
    assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self';");
    // swagger-ui styles itself inline; a report's HTML is one file with inline CSS and SVG that may load and run nothing
    assertThat(mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getHeader("Content-Security-Policy"))
        .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';");
    assertThat(mvc.perform(get("/reports/no-such-job/outputs/report.html").with(as("web-auditor"))).andReturn().getResponse()
        .getHeader("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  }
}
