package nl.routetoets.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

/** Sign-in, roles and CSRF: API clients authenticate per request; browser sessions need the CSRF token. */
class SecurityApiTest extends ApiTest {
  @BeforeEach
  void accounts() throws Exception {
    account("sec-school", "SCHOOL", "30AU");
    account("sec-reviewer", "REVIEWER");
  }

  @Test
  void anApiCallWithItsCredentialsGetsNoSession() throws Exception {
    mvc.perform(post("/api/v1/checks").with(httpBasic("sec-school", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
            .content(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json")))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Set-Cookie"))
        .andExpect(r -> org.assertj.core.api.Assertions.assertThat(r.getRequest().getSession(false)).as("no session").isNull());
    mvc.perform(get("/api/v1/me").with(httpBasic("sec-school", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().exists("Content-Security-Policy"))
        .andExpect(r -> org.assertj.core.api.Assertions.assertThat(r.getRequest().getSession(false)).as("no session").isNull());
  }

  @Test
  void unauthenticatedApiCallsGet401ProblemDetails() throws Exception {
    for (String path : new String[] {"/api/v1/rule-set", "/api/v1/norms", "/api/v1/applications", "/api/v1/me"}) {
      mvc.perform(get(path))
          .andExpect(status().isUnauthorized())
          .andExpect(r -> org.assertj.core.api.Assertions.assertThat(r.getRequest().getSession(false)).as("no session").isNull())
          .andExpect(header().string("WWW-Authenticate", "Basic realm=\"routetoets\""))
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(401));
    }
    mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/rule-set").with(httpBasic("sec-school", "wrong password"))).andExpect(status().isUnauthorized());
  }

  @Test
  void aDisabledAccountCannotSignIn() throws Exception {
    account("sec-leaver", "REVIEWER");
    mvc.perform(get("/api/v1/me").with(as("sec-leaver"))).andExpect(status().isOk()).andExpect(jsonPath("$.role").value("REVIEWER"));
    mvc.perform(post("/api/v1/accounts/sec-leaver/disable").with(as("sec-reviewer"))).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/accounts/sec-leaver/disable").with(as("admin"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.enabled").value(false));
    mvc.perform(get("/api/v1/me").with(as("sec-leaver"))).andExpect(status().isUnauthorized());
  }

  @Test
  void onlyAdminsManageAccountsAndReloadRules() throws Exception {
    String account = "{\"username\":\"sec-new\",\"password\":\"" + PASSWORD + "\",\"role\":\"AUDITOR\",\"brins\":[]}";
    for (String user : new String[] {"sec-school", "sec-reviewer"}) {
      mvc.perform(post("/api/v1/accounts").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(account))
          .andExpect(status().isForbidden());
      mvc.perform(post("/api/v1/rule-set/reload").with(as(user))).andExpect(status().isForbidden());
      mvc.perform(get("/api/v1/accounts").with(as(user))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/v1/applications").with(as("admin"))).andExpect(status().isForbidden());
  }

  @Test
  void anAccountIsCheckedBeforeItIsCreatedAndItsPasswordIsHashed() throws Exception {
    mvc.perform(post("/api/v1/accounts").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"sec-bad\",\"password\":\"short\",\"role\":\"SCHOOL\",\"brins\":[\"3OAU\"]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("password"))
        .andExpect(jsonPath("$.errors[1].path").value("brins[0]"));
    mvc.perform(post("/api/v1/accounts").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"sec-bad\",\"password\":\"" + PASSWORD + "\",\"role\":\"JANITOR\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("role"));
    mvc.perform(get("/api/v1/accounts").with(as("admin")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.username == 'sec-school')].brins[0]").value("30AU"))
        .andExpect(jsonPath("$[0].passwordHash").doesNotExist());
  }

  @Test
  void aBrowserSessionNeedsTheCsrfTokenAndAnAuthorizationHeaderDoesNot() throws Exception {
    MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("sec-school").password(PASSWORD))
        .andExpect(status().is3xxRedirection())
        .andReturn().getRequest().getSession(false);
    mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("sec-school"));
    String doc = demo("aanvraag-2016-vmr2-zorg-en-welzijn.json");
    mvc.perform(post("/api/v1/checks").session(session).contentType(MediaType.APPLICATION_JSON).content(doc))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
    mvc.perform(post("/api/v1/checks").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(doc))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/checks").with(as("sec-school")).contentType(MediaType.APPLICATION_JSON).content(doc))
        .andExpect(status().isOk());
  }

  @Test
  void theLoginPageAndOperationsEndpointsArePublic() throws Exception {
    mvc.perform(get("/login")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());
  }
}
