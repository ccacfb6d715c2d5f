package nl.routetoets.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * A SCHOOL account's BRIN numbers must be schools on the reference list (rules/reference): the API refuses
 * another with 422 problem details that name the field and say it in English and Dutch.
 */
class AccountBrinApiTest extends ApiTest {
  private static final String PROBLEM_JSON = "application/problem+json";

  @Test
  void aBrinThatIsNoSchoolOnTheListIsRefusedNamingItsField() throws Exception {
    mvc.perform(post("/api/v1/accounts").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"brin-onbekend\",\"password\":\"" + PASSWORD + "\",\"role\":\"SCHOOL\",\"brins\":[\"30AU\",\"12ZZ\"]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentType(PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].path").value("brins[1]"))
        .andExpect(jsonPath("$.errors[0].problem").value(containsString("BRIN 12ZZ is not a school on the reference list")))
        .andExpect(jsonPath("$.errors[0].problem").value(containsString("BRIN 12ZZ staat niet in de lijst van scholen")));
    mvc.perform(get("/api/v1/accounts").with(as("admin"))).andExpect(jsonPath("$[?(@.username == 'brin-onbekend')]").isEmpty());
  }

  @Test
  void aBrinOnTheListIsAcceptedAndAChangeOfRoleIsCheckedTheSameWay() throws Exception {
    account("brin-citadel", "SCHOOL", "30AU");
    mvc.perform(get("/api/v1/accounts").with(as("admin")))
        .andExpect(jsonPath("$[?(@.username == 'brin-citadel')].brins[0]").value("30AU"));
    mvc.perform(put("/api/v1/accounts/brin-citadel").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"role\":\"SCHOOL\",\"brins\":[\"99TW\"]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("brins[0]"))
        .andExpect(jsonPath("$.errors[0].problem").value(containsString("99TW staat niet in de lijst")));
    mvc.perform(put("/api/v1/accounts/brin-citadel").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"role\":\"SCHOOL\",\"brins\":[\"30AU\",\"04XU\"]}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.brins.length()").value(2));
  }
}
