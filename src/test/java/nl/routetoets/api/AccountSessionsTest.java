package nl.routetoets.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A change to an account ends what it has open: its browser sessions and its remembered HTTP Basic
 * password stop working with the very next request, whether the change came through this service's
 * API or straight in the database (another instance of the service).
 */
class AccountSessionsTest extends ApiTest {
  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired JdbcClient jdbc;

  /** A fresh school account signed in with the login form; the session it got. */
  private String school() throws Exception {
    String name = "acs-" + NAMES.incrementAndGet();
    account(name, "SCHOOL", "30AU");
    return name;
  }

  private MockHttpSession signIn(String name) throws Exception {
    return (MockHttpSession) mvc.perform(formLogin("/login").user(name).password(PASSWORD))
        .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession(false);
  }

  private void sessionWorks(MockHttpSession session, String name) throws Exception {
    mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name));
  }

  private void sessionEnded(MockHttpSession session) throws Exception {
    mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
    mvc.perform(get("/school").session(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
  }

  private void afterChange(RequestBuilder change) throws Exception {
    String name = school();
    MockHttpSession session = signIn(name);
    sessionWorks(session, name);
    mvc.perform(change).andExpect(status().is2xxSuccessful());
    sessionEnded(session);
  }

  @Test
  void disablingAnAccountEndsItsBrowserSessionAtOnce() throws Exception {
    String name = school();
    MockHttpSession session = signIn(name);
    sessionWorks(session, name);
    mvc.perform(post("/api/v1/accounts/{u}/disable", name).with(as("admin"))).andExpect(status().isOk());
    sessionEnded(session);
  }

  @Test
  void deletingChangingTheRoleTheBrinsOrThePasswordEndsTheSessions() throws Exception {
    String deleted = "acs-" + (NAMES.get() + 1);
    afterChange(delete("/api/v1/accounts/{u}", deleted).with(as("admin")));
    mvc.perform(get("/api/v1/me").with(as(deleted))).andExpect(status().isUnauthorized());

    String reviewer = "acs-" + (NAMES.get() + 1);
    afterChange(put("/api/v1/accounts/{u}", reviewer).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"role\":\"REVIEWER\",\"brins\":[]}"));
    mvc.perform(get("/api/v1/me").with(as(reviewer))).andExpect(status().isOk()).andExpect(jsonPath("$.role").value("REVIEWER"));

    String otherBrin = "acs-" + (NAMES.get() + 1);
    afterChange(put("/api/v1/accounts/{u}", otherBrin).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"role\":\"SCHOOL\",\"brins\":[\"04XU\"]}"));
    mvc.perform(get("/api/v1/me").with(as(otherBrin))).andExpect(jsonPath("$.brins[0]").value("04XU"));

    afterChange(put("/api/v1/accounts/{u}/password", "acs-" + (NAMES.get() + 1)).with(as("admin"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"another-long-password\"}"));
  }

  @Test
  void aChangeMadeElsewhereEndsTheSessionToo() throws Exception {
    String name = school();
    MockHttpSession session = signIn(name);
    sessionWorks(session, name);
    // as another instance of the service would: straight in the shared database, no event here
    jdbc.sql("update account_brin set brin = '04XU' where account_id = (select id from account where username = :u)")
        .param("u", name).update();
    sessionEnded(session);

    String disabled = school();
    MockHttpSession other = signIn(disabled);
    sessionWorks(other, disabled);
    jdbc.sql("update account set enabled = false where username = :u").param("u", disabled).update();
    sessionEnded(other);
  }

  @Test
  void aRememberedBasicPasswordStopsWorkingOnceTheAccountIsDisabledAnywhere() throws Exception {
    String name = school();
    mvc.perform(get("/api/v1/me").with(as(name))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/me").with(as(name))).andExpect(status().isOk()); // now remembered
    jdbc.sql("update account set enabled = false where username = :u").param("u", name).update();
    mvc.perform(get("/api/v1/me").with(as(name))).andExpect(status().isUnauthorized());

    String other = school();
    mvc.perform(get("/api/v1/me").with(as(other))).andExpect(status().isOk());
    mvc.perform(post("/api/v1/accounts/{u}/disable", other).with(as("admin"))).andExpect(status().isOk());
    mvc.perform(get("/api/v1/me").with(as(other))).andExpect(status().isUnauthorized());
  }

  @Test
  void anAccountKeepsAtMostThreeSessionsAndSigningInAgainEndsTheOldest() throws Exception {
    String name = school();
    MockHttpSession first = signIn(name);
    MockHttpSession second = signIn(name);
    MockHttpSession third = signIn(name);
    MockHttpSession fourth = signIn(name);
    sessionWorks(fourth, name);
    sessionWorks(third, name);
    sessionWorks(second, name);
    mvc.perform(get("/api/v1/me").session(first)).andExpect(status().isUnauthorized());
  }

  @Test
  void changingAnAccountIsForAdminsAndNamesWhatIsWrong() throws Exception {
    String name = school();
    mvc.perform(put("/api/v1/accounts/{u}", name).with(as(name)).contentType(MediaType.APPLICATION_JSON)
        .content("{\"role\":\"ADMIN\",\"brins\":[]}")).andExpect(status().isForbidden());
    mvc.perform(delete("/api/v1/accounts/{u}", name).with(as(name))).andExpect(status().isForbidden());
    mvc.perform(put("/api/v1/accounts/{u}", name).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"role\":\"SCHOOL\",\"brins\":[]}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("brins"));
    mvc.perform(put("/api/v1/accounts/{u}", "acs-nobody").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"role\":\"REVIEWER\",\"brins\":[]}")).andExpect(status().isNotFound());
    mvc.perform(delete("/api/v1/accounts/{u}", "acs-nobody").with(as("admin"))).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/audit").param("objectId", "account:" + name).with(as("admin")))
        .andExpect(jsonPath("$[0].action").value("ACCOUNT_CREATED"));
  }
}
