package nl.routetoets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.routetoets.document.Json;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One bad value in a request is a 422 naming its path; nothing is stored that cannot be opened. */
class BadInputApiTest extends ApiTest {
  @BeforeEach
  void accounts() throws Exception {
    account("bad-input-school", "SCHOOL", "30AU");
    account("bad-input-reviewer", "REVIEWER");
  }

  private static String withNullLeerweg(String doc) {
    ObjectNode app = (ObjectNode) Json.MAPPER.readTree(doc);
    ((tools.jackson.databind.node.ArrayNode) app.get("routes").get(0).get("leerwegen")).insertNull(0);
    return app.toString();
  }

  @Test
  void aNullInsideAnArrayIs422NamingThePath() throws Exception {
    mvc.perform(post("/api/v1/checks").with(as("bad-input-school")).contentType(MediaType.APPLICATION_JSON)
            .content(withNullLeerweg(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json"))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("routes[0].leerwegen[0]"))
        .andExpect(jsonPath("$.errors[0].problem").value("must not be null"));
  }

  @Test
  void aNullInsideAnArrayOnOneLineOfAStreamIsThatLinesInvalidResult() throws Exception {
    String good = Json.MAPPER.readTree(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json")).toString();
    String bad = withNullLeerweg(good);
    String body = mvc.perform(post("/api/v1/checks").with(as("bad-input-school")).contentType("application/x-ndjson")
            .content(good + "\n" + bad + "\n" + good + "\n"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    JsonNode results = json(body);
    assertThat(results.size()).isEqualTo(3);
    assertThat(results.get(1).path("verdict").asString()).isEqualTo("INVALID");
    assertThat(results.get(1).path("errors").get(0).path("line").asInt()).isEqualTo(2);
    assertThat(results.get(2).path("verdict").asString()).isNotEqualTo("INVALID");
  }

  @ParameterizedTest
  @ValueSource(strings = {"APP/2016", "APP\n2016", "APP\u00002016", "APP 2016", "\u0410PP-2016", "APP\u200b-2016", "\u202eAPP-2016",
      "APP-2016-%2F"})
  void anIdOutsideTheSyntaxIsRefusedAndNothingIsStored(String id) throws Exception {
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json"));
    doc.put("id", id);
    mvc.perform(post("/api/v1/applications").with(as("bad-input-school")).contentType(MediaType.APPLICATION_JSON)
            .content(doc.toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("id"))
        .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("not a valid id")));
    String queue = mvc.perform(get("/api/v1/applications").with(as("bad-input-reviewer")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(json(queue).findValuesAsString("id")).doesNotContain(id);
  }

  @Test
  void anIdLongerThanTheColumnIs422Not500() throws Exception {
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json"));
    doc.put("id", "APP-" + "9".repeat(300));
    mvc.perform(post("/api/v1/applications").with(as("bad-input-school")).contentType(MediaType.APPLICATION_JSON)
            .content(doc.toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("id"));
  }

  @Test
  void anIdInTheUrlOutsideTheSyntaxIs404() throws Exception {
    mvc.perform(get("/api/v1/applications/{id}", "A".repeat(5_000)).with(as("bad-input-school")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/applications/{id}", "APP\u202e-1").with(as("bad-input-school")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("no application \"APP\\u202e-1\""));
  }

  @Test
  void aBodyThatIsNotUtf8Is422NotSilentlyRepaired() throws Exception {
    byte[] body = demo("aanvraag-2016-vmr2-zorg-en-welzijn.json").replace("\"name\": \"", "\"name\": \"\u00ff")
        .getBytes(StandardCharsets.ISO_8859_1);
    mvc.perform(post("/api/v1/checks").with(as("bad-input-school")).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].problem").value(Matchers.startsWith("not valid UTF-8")));
  }

  @Test
  void aDecisionWhoseTextIsNotUnicodeIs422AndTheApplicationStillOpens() throws Exception {
    String doc = demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json");
    String id = json(doc).path("id").asString();
    mvc.perform(post("/api/v1/applications").with(as("bad-input-school")).contentType(MediaType.APPLICATION_JSON).content(doc))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/applications/{id}/decisions", id).with(as("bad-input-reviewer"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"routeId\":\"R1\",\"outcome\":\"REJECTED\",\"motivation\":\"past niet \\ud800\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("motivation"));
    mvc.perform(get("/api/v1/applications/{id}", id).with(as("bad-input-reviewer"))).andExpect(status().isOk());
  }
}
