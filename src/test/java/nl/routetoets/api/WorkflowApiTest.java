package nl.routetoets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A school submits, a reviewer decides; schools never see each other's applications. */
class WorkflowApiTest extends ApiTest {
  @BeforeEach
  void accounts() throws Exception {
    account("citadel", "SCHOOL", "30AU");
    account("baanderherencollege", "SCHOOL", "04XU");
    account("reviewer", "REVIEWER");
    account("auditor", "AUDITOR");
  }

  private ResultActions submit(String user, String body) throws Exception {
    return mvc.perform(post("/api/v1/applications").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions decide(String user, String id, Object decision) throws Exception {
    return mvc.perform(post("/api/v1/applications/{id}/decisions", id).with(as(user)).contentType(MediaType.APPLICATION_JSON)
        .content(Json.MAPPER.writeValueAsString(decision)));
  }

  private JsonNode body(ResultActions r) throws Exception {
    return json(r.andReturn().getResponse().getContentAsString());
  }

  private static String idOf(String doc) {
    return json(doc).path("id").asString();
  }

  @Test
  void aSchoolSubmitsAndSeesItsFindingsStoredExactlyAsSent() throws Exception {
    String doc = demoWithNewId("aanvraag-2016-beroepsroute-drie-jaar-fout.json").replace(",", " ,\n ");
    JsonNode app = body(submit("baanderherencollege", doc).andExpect(status().isCreated()));
    String id = idOf(doc);
    assertThat(app.path("status").asString()).isEqualTo("SUBMITTED");
    assertThat(app.path("current").path("verdict").asString()).isEqualTo("NON_COMPLIANT");
    JsonNode findings = app.path("current").path("result").path("routes").get(0).path("findings");
    assertThat(findings.toString()).contains("\"severity\":\"VIOLATION\"");
    String stored = mvc.perform(get("/api/v1/applications/{id}/versions/1/document", id).with(as("baanderherencollege")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(stored).isEqualTo(doc);
    assertThat(app.path("current").path("documentSha256").asString()).isEqualTo(sha256(doc));
    mvc.perform(get("/api/v1/applications").with(as("baanderherencollege")))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')].verdict").value("NON_COMPLIANT"));
  }

  @Test
  void aSchoolCannotSeeListOrChangeAnotherSchoolsApplication() throws Exception {
    String doc = demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json");
    String id = idOf(doc);
    submit("citadel", doc).andExpect(status().isCreated());
    for (String path : List.of("/api/v1/applications/{id}", "/api/v1/applications/{id}/versions/1",
        "/api/v1/applications/{id}/versions/1/document", "/api/v1/applications/{id}/recheck")) {
      mvc.perform(get(path, id).with(as("baanderherencollege"))).andExpect(status().isNotFound());
      mvc.perform(get(path, id).with(as("citadel"))).andExpect(status().isOk());
    }
    mvc.perform(get("/api/v1/applications/{id}", "APP-DOES-NOT-EXIST").with(as("baanderherencollege")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("no application \"APP-DOES-NOT-EXIST\""));
    mvc.perform(get("/api/v1/applications/{id}", id).with(as("baanderherencollege")))
        .andExpect(jsonPath("$.detail").value("no application \"" + id + "\""));
    mvc.perform(post("/api/v1/applications/{id}/versions", id).with(as("baanderherencollege"))
            .contentType(MediaType.APPLICATION_JSON).content(doc))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/applications").with(as("baanderherencollege")))
        .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
    mvc.perform(get("/api/v1/applications").param("brin", "30AU").with(as("baanderherencollege")))
        .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
    mvc.perform(get("/api/v1/applications").param("brin", "30AU").with(as("reviewer")))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
    // nor submit in its name
    submit("baanderherencollege", demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json")).andExpect(status().isForbidden());
  }

  /** Ids are unique per school: a school that picks another school's id learns nothing of it. */
  @Test
  void twoSchoolsMayUseOneIdAndNeitherLearnsOfTheOther() throws Exception {
    String citadels = demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json");
    String id = idOf(citadels);
    String baanderherens = citadels.replace("\"30AU\"", "\"04XU\"");
    submit("citadel", citadels).andExpect(status().isCreated())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
            .string("Location", "/api/v1/applications/" + id + "?school=30AU"));
    submit("baanderherencollege", baanderherens).andExpect(status().isCreated());
    submit("citadel", citadels).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("your school 30AU already has")));

    mvc.perform(get("/api/v1/applications/{id}", id).with(as("citadel"))).andExpect(jsonPath("$.schoolBrin").value("30AU"));
    mvc.perform(get("/api/v1/applications/{id}", id).with(as("baanderherencollege"))).andExpect(jsonPath("$.schoolBrin").value("04XU"));
    mvc.perform(get("/api/v1/applications/{id}", id).param("school", "04XU").with(as("citadel"))).andExpect(status().isNotFound());

    // a reviewer sees both, so the school picks one
    mvc.perform(get("/api/v1/applications/{id}", id).with(as("reviewer"))).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("30AU, 04XU")));
    Map<String, Object> approve = Map.of("routeId", "R1", "outcome", "APPROVED", "motivation", "Voldoet aan het Besluit.");
    mvc.perform(post("/api/v1/applications/{id}/decisions", id).param("school", "04XU").with(as("reviewer"))
        .contentType(MediaType.APPLICATION_JSON).content(Json.MAPPER.writeValueAsString(approve))).andExpect(status().isCreated());
    mvc.perform(get("/api/v1/applications/{id}", id).with(as("baanderherencollege"))).andExpect(jsonPath("$.status").value("DECIDED"));
    mvc.perform(get("/api/v1/applications/{id}", id).with(as("citadel"))).andExpect(jsonPath("$.status").value("SUBMITTED"));
    JsonNode history = body(mvc.perform(get("/api/v1/audit").with(as("admin"))));
    assertThat(history.findValuesAsString("objectId")).contains("application:30AU/" + id, "application:04XU/" + id);

    // a trajectory's reference resolves to the one approved route its school may see
    ObjectNode trajectory = (ObjectNode) json(demo("traject-2016-vmr2-zorg-geslaagd.json"));
    trajectory.set("route", json("{\"ref\":{\"applicationId\":\"" + id + "\",\"routeId\":\"R1\"}}"));
    mvc.perform(post("/api/v1/checks").with(as("baanderherencollege")).contentType(MediaType.APPLICATION_JSON).content(trajectory.toString()))
        .andExpect(status().isOk());
    mvc.perform(post("/api/v1/applications/{id}/decisions", id).param("school", "30AU").with(as("reviewer"))
        .contentType(MediaType.APPLICATION_JSON).content(Json.MAPPER.writeValueAsString(approve))).andExpect(status().isCreated());
    mvc.perform(post("/api/v1/checks").with(as("auditor")).contentType(MediaType.APPLICATION_JSON).content(trajectory.toString()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("route.ref.applicationId"))
        .andExpect(jsonPath("$.errors[0].problem").value(org.hamcrest.Matchers.containsString("04XU, 30AU")));
  }

  @Test
  void onlyReviewersDecide() throws Exception {
    String doc = demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json");
    String id = idOf(doc);
    submit("citadel", doc).andExpect(status().isCreated());
    Map<String, Object> approve = Map.of("routeId", "R1", "outcome", "APPROVED", "motivation", "Voldoet aan het Besluit.");
    for (String user : List.of("citadel", "auditor", "admin")) {
      decide(user, id, approve).andExpect(status().isForbidden());
    }
    JsonNode decision = body(decide("reviewer", id, approve).andExpect(status().isCreated()));
    assertThat(decision.path("decidedBy").asString()).isEqualTo("reviewer");
    assertThat(decision.path("decidedAt").asString()).isEqualTo("2026-03-02T09:30:00Z");
    assertThat(decision.path("decidedOn").asString()).isEqualTo("2026-03-02");
    decide("reviewer", id, approve).andExpect(status().isConflict());
    mvc.perform(get("/api/v1/applications/{id}", id).with(as("citadel"))).andExpect(jsonPath("$.status").value("DECIDED"));
  }

  @Test
  void approvingAViolationNeedsAReasonAndTheReceiptHoldsWhatWasShown() throws Exception {
    String doc = demoWithNewId("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String id = idOf(doc);
    JsonNode result = body(submit("baanderherencollege", doc)).path("current").path("result");
    List<JsonNode> shown = new ArrayList<>();
    result.path("findings").forEach(shown::add);
    result.path("routes").get(0).path("findings").forEach(shown::add);
    List<JsonNode> violations = shown.stream().filter(f -> f.path("severity").asString().equals("VIOLATION")).toList();
    assertThat(violations).isNotEmpty();

    decide("reviewer", id, Map.of("routeId", "R1", "outcome", "APPROVED", "motivation", "Akkoord."))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("overrules"))
        .andExpect(jsonPath("$.errors[0].problem").value(org.hamcrest.Matchers.containsString(violations.get(0).path("norm").asString())));
    List<Map<String, String>> overrules = violations.stream().map(f -> Map.of("norm", f.path("norm").asString(),
        "path", f.path("path").asString(), "rule", f.path("rule").asString(), "reason", "")).toList();
    decide("reviewer", id, Map.of("routeId", "R1", "outcome", "APPROVED", "motivation", "Akkoord.", "overrules", overrules))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("overrules[0].reason"));
    decide("reviewer", id, Map.of("routeId", "R1", "outcome", "APPROVED", "motivation", "Akkoord.", "overrules",
            List.of(Map.of("norm", "N-NONE-1", "path", "x", "rule", "y", "reason", "z"))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("overrules[0]"));

    List<Map<String, String>> reasoned = violations.stream().map(f -> Map.of("norm", f.path("norm").asString(),
        "path", f.path("path").asString(), "rule", f.path("rule").asString(), "reason", "Ontheffing van de minister.")).toList();
    JsonNode decision = body(decide("reviewer", id,
        Map.of("routeId", "R1", "outcome", "APPROVED", "motivation", "Akkoord.", "overrules", reasoned))
        .andExpect(status().isCreated()));
    JsonNode receipt = decision.path("receipt");
    assertThat(receipt.path("inputSha256").asString()).isEqualTo(sha256(doc));
    assertThat(receipt.path("ruleSet")).isEqualTo(result.path("ruleSet"));
    assertThat(receipt.path("regime").asString()).isEqualTo(result.path("regime").asString());
    assertThat(receipt.path("verdict").asString()).isEqualTo("NON_COMPLIANT");
    List<JsonNode> inReceipt = new ArrayList<>();
    receipt.path("findings").forEach(inReceipt::add);
    assertThat(inReceipt).isEqualTo(shown);

    JsonNode recheck = body(mvc.perform(get("/api/v1/applications/{id}/recheck", id).with(as("auditor"))).andExpect(status().isOk()));
    assertThat(recheck.path("routes").get(0).path("basis").asString()).isEqualTo("RECEIPT");
    assertThat(recheck.path("routes").get(0).path("added")).isEmpty();
    assertThat(recheck.path("routes").get(0).path("removed")).isEmpty();
    assertThat(recheck.path("routes").get(0).path("changed")).isEmpty();
    assertThat(recheck.path("verdictNow").asString()).isEqualTo("NON_COMPLIANT");

    JsonNode audit = body(mvc.perform(get("/api/v1/audit").param("objectId", "application:04XU/" + id).with(as("auditor"))));
    assertThat(audit.findValuesAsString("action")).containsExactly("DECISION_RECORDED", "APPLICATION_SUBMITTED");
    assertThat(audit.findValuesAsString("actor")).containsExactly("reviewer", "baanderherencollege");
    mvc.perform(get("/api/v1/audit").with(as("citadel"))).andExpect(status().isForbidden());
  }

  @Test
  void aReturnedApplicationGetsANewVersionAndKeepsTheOldOne() throws Exception {
    String doc = demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json");
    String id = idOf(doc);
    submit("citadel", doc).andExpect(status().isCreated());
    mvc.perform(post("/api/v1/applications/{id}/versions", id).with(as("citadel")).contentType(MediaType.APPLICATION_JSON).content(doc))
        .andExpect(status().isConflict());
    decide("reviewer", id, Map.of("routeId", "R1", "outcome", "RETURNED", "motivation", "Graag de OER bijvoegen."))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/v1/applications").param("status", "RETURNED").with(as("citadel")))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());

    ObjectNode changed = (ObjectNode) json(doc);
    ((ObjectNode) changed.path("routes").get(0).path("design")).put("years", 4);
    ObjectNode otherId = changed.deepCopy();
    otherId.put("id", id + "-X");
    mvc.perform(post("/api/v1/applications/{id}/versions", id).with(as("citadel")).contentType(MediaType.APPLICATION_JSON)
            .content(otherId.toString()))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("id"));
    JsonNode app = body(mvc.perform(post("/api/v1/applications/{id}/versions", id).with(as("citadel"))
            .contentType(MediaType.APPLICATION_JSON).content(changed.toString()))
        .andExpect(status().isCreated()));
    assertThat(app.path("versions").toString()).isEqualTo("[1,2]");
    assertThat(app.path("status").asString()).isEqualTo("SUBMITTED");
    assertThat(app.path("current").path("decisions")).isEmpty();
    mvc.perform(get("/api/v1/applications/{id}/versions/1", id).with(as("reviewer")))
        .andExpect(jsonPath("$.decisions[0].outcome").value("RETURNED"));
    String v1 = mvc.perform(get("/api/v1/applications/{id}/versions/1/document", id).with(as("citadel")))
        .andReturn().getResponse().getContentAsString();
    assertThat(v1).isEqualTo(doc);
  }

  @Test
  void aTrajectoryRefersToAnApprovedRoute() throws Exception {
    String doc = demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json");
    String id = idOf(doc);
    submit("citadel", doc).andExpect(status().isCreated());
    ObjectNode trajectory = (ObjectNode) json(demo("traject-2016-vmr2-zorg-geslaagd.json"));
    trajectory.set("route", json("{\"ref\":{\"applicationId\":\"" + id + "\",\"routeId\":\"R1\"}}"));
    // not approved yet: the reference does not resolve
    mvc.perform(post("/api/v1/checks").with(as("citadel")).contentType(MediaType.APPLICATION_JSON).content(trajectory.toString()))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("route.ref"));
    decide("reviewer", id, Map.of("routeId", "R1", "outcome", "APPROVED", "motivation", "Voldoet.")).andExpect(status().isCreated());
    JsonNode results = body(mvc.perform(post("/api/v1/checks").with(as("citadel")).contentType(MediaType.APPLICATION_JSON)
        .content(trajectory.toString())).andExpect(status().isOk()));
    assertThat(results.get(0).path("verdict").asString()).isNotEqualTo("INVALID");
    assertThat(results.get(0).path("regime").asString()).isEqualTo("EXP_2015");
    // another school cannot lean on it
    mvc.perform(post("/api/v1/checks").with(as("baanderherencollege")).contentType(MediaType.APPLICATION_JSON)
            .content(trajectory.toString()))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("route.ref"));
  }

  @Test
  void anApplicationThatCannotBeCheckedIsNotStored() throws Exception {
    ObjectNode doc = (ObjectNode) json(demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json"));
    doc.remove("asOf");
    submit("citadel", doc.toString()).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("asOf"));
    mvc.perform(get("/api/v1/applications/{id}", doc.path("id").asString()).with(as("citadel"))).andExpect(status().isNotFound());
    submit("citadel", demo("traject-2016-vmr2-zorg-geslaagd.json")).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("type"));
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8(text)));
  }
}
