package nl.routetoets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signing in: throttled per address and per account without letting anyone lock a school out, the
 * same answer for every kind of wrong sign-in, and a password policy that refuses what bcrypt cannot
 * take. Each test signs in from its own addresses, since the counters are shared by the context.
 */
class SignInTest extends ApiTest {
  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private ResultActions me(String user, String password, String address) throws Exception {
    return mvc.perform(get("/api/v1/me").with(httpBasic(user, password)).with(from(address)));
  }

  @Test
  void wrongPasswordsForOneAccountFromOneAddressAreThrottledAndAnotherAddressStillSignsIn() throws Exception {
    account("si-school", "SCHOOL", "30AU");
    for (int i = 0; i < 5; i++) {
      me("si-school", "wrong password " + i, "10.9.0.1").andExpect(status().isUnauthorized());
    }
    me("si-school", PASSWORD, "10.9.0.1")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.status").value(429));
    me("si-school", PASSWORD, "10.9.0.2").andExpect(status().isOk());
    mvc.perform(formLogin("/login").user("si-school").password(PASSWORD)).andExpect(status().is3xxRedirection());
  }

  @Test
  void oneAddressGuessingManyAccountsIsThrottled() throws Exception {
    account("si-guessed", "REVIEWER");
    for (int i = 0; i < 30; i++) {
      me("si-nobody-" + i, "wrong password", "10.9.1.1").andExpect(status().isUnauthorized());
    }
    me("si-guessed", PASSWORD, "10.9.1.1").andExpect(status().isTooManyRequests());
    me("si-guessed", PASSWORD, "10.9.1.2").andExpect(status().isOk());
  }

  @Test
  void manyAddressesGuessingOneAccountDoNotLockItsSchoolOut() throws Exception {
    account("si-target", "SCHOOL", "30AU");
    for (int i = 0; i < 20; i++) {
      me("si-target", "wrong password", "10.9.2." + i).andExpect(status().isUnauthorized());
    }
    // an address that failed for this account waits; one that did not, the school's own, still signs in
    me("si-target", PASSWORD, "10.9.2.0").andExpect(status().isTooManyRequests());
    me("si-target", PASSWORD, "10.9.2.100").andExpect(status().isOk());
    // a fresh address of the attacker gets one try
    me("si-target", "another guess", "10.9.2.101").andExpect(status().isUnauthorized());
    me("si-target", "one more guess", "10.9.2.101").andExpect(status().isTooManyRequests());
  }

  @Test
  void aThrottledLoginFormAnswers429WithTheFormAgain() throws Exception {
    account("si-browser", "AUDITOR");
    for (int i = 0; i < 5; i++) {
      mvc.perform(post("/login").param("username", "si-browser").param("password", "wrong").with(csrf()).with(from("10.9.3.1")))
          .andExpect(status().is3xxRedirection());
    }
    var response = mvc.perform(post("/login").param("username", "si-browser").param("password", PASSWORD).with(csrf()).with(from("10.9.3.1")))
        .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After")).andReturn();
    assertThat(response.getRequest().getAttribute("routetoets.signInRefused")).isEqualTo("throttled");
    assertThat(response.getRequest().getSession(false)).as("no session for a refused sign-in").isNull();
  }

  @Test
  void aDisabledAccountAnswersAWrongPasswordExactlyAsAnyOtherAccount() throws Exception {
    account("si-leaver", "REVIEWER");
    account("si-stayer", "REVIEWER");
    mvc.perform(post("/api/v1/accounts/si-leaver/disable").with(as("admin"))).andExpect(status().isOk());
    String disabled = me("si-leaver", "wrong password", "10.9.4.1").andExpect(status().isUnauthorized())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String enabled = me("si-stayer", "wrong password", "10.9.4.2").andExpect(status().isUnauthorized())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String unknown = me("si-never", "wrong password", "10.9.4.3").andExpect(status().isUnauthorized())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(disabled).isEqualTo(enabled).isEqualTo(unknown).doesNotContainIgnoringCase("disabled");
    String rightPassword = me("si-leaver", PASSWORD, "10.9.4.4").andExpect(status().isUnauthorized())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(rightPassword).isEqualTo(enabled);
  }

  private ResultActions create(String username, String password) throws Exception {
    String body = Json.MAPPER.writeValueAsString(Map.of("username", username, "password", password, "role", "AUDITOR", "brins", List.of()));
    return mvc.perform(post("/api/v1/accounts").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void aPasswordLongerThanBcryptReadsIsRefusedAndSigningInWithOneSimplyFails() throws Exception {
    create("si-long", "a".repeat(73)).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("password"));
    // 40 characters, 80 bytes in UTF-8
    create("si-accents", "é".repeat(40)).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("password"));
    create("si-seventy-two", "a".repeat(72)).andExpect(status().isCreated());
    me("si-seventy-two", "a".repeat(100), "10.9.5.1").andExpect(status().isUnauthorized());
    me("si-seventy-two", "a".repeat(5000), "10.9.5.1").andExpect(status().isUnauthorized());
    mvc.perform(put("/api/v1/accounts/si-seventy-two/password").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"password\":\"" + "b".repeat(73) + "\"}"))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("password"));
    me("si-seventy-two", "a".repeat(72), "10.9.5.2").andExpect(status().isOk());
  }

  @Test
  void spacesOrTheAccountsOwnNameAreNoPassword() throws Exception {
    create("si-spaces", " ".repeat(12)).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("password"))
        .andExpect(jsonPath("$.errors[0].problem").value(org.hamcrest.Matchers.containsString("spaties")));
    create("si-own-name-account", "si-own-name-account").andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("password"));
    create("si-short", "elevenchars").andExpect(status().isUnprocessableContent());
  }
}
