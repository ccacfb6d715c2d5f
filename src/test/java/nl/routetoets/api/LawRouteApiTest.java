package nl.routetoets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Routes under the law in the service: a school records the routes it offers (its own BRINs only),
 * reviewers and auditors read them all, trajectories refer to them, and the DUS-I workflow sends a
 * route back to where it belongs.
 */
class LawRouteApiTest extends ApiTest {
  private static final AtomicInteger IDS = new AtomicInteger();

  @BeforeEach
  void accounts() throws Exception {
    accountOutsideTheList("route-school", "02QZ"); // the fixtures' school, Vakcollege De Brug, is fictitious
    account("route-other-school", "SCHOOL", "04XU");
    account("route-reviewer", "REVIEWER");
    account("route-auditor", "AUDITOR");
  }

  /** The route of formats.md §5 under a fresh id, so that tests sharing the database do not meet. */
  private static ObjectNode route() throws Exception {
    ObjectNode doc = (ObjectNode) json(Files.readString(Path.of("src/test/resources/routes/dlr-kb-mbo3.json")));
    doc.put("id", "DLR-02QZ-25PZ-MVI-3-T" + IDS.incrementAndGet());
    return doc;
  }

  /** A trajectory in that route, referring to it by id. */
  private static ObjectNode trajectory(String routeId) throws Exception {
    ObjectNode t = (ObjectNode) json(Files.readString(Path.of("src/test/resources/routes/traject-dlr-kb-mbo3.json")));
    ((ObjectNode) t.path("route").path("ref")).put("route", routeId);
    return t;
  }

  private ResultActions record(String user, String body) throws Exception {
    return mvc.perform(post("/api/v1/routes").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private ResultActions check(String user, String body) throws Exception {
    return mvc.perform(post("/api/v1/checks").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static JsonNode body(ResultActions r) throws Exception {
    return json(r.andReturn().getResponse().getContentAsString());
  }

  @Test
  void aSchoolRecordsItsRouteStoredExactlyAsSentAndThoseWhoMaySeeItReadIt() throws Exception {
    ObjectNode doc = route();
    String id = doc.path("id").asString();
    String sent = doc.toPrettyString().replace("\n", "\r\n  ");
    JsonNode view = body(record("route-school", sent).andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/routes/" + id + "?school=02QZ")));
    assertThat(view.path("schoolBrin").asString()).isEqualTo("02QZ");
    assertThat(view.path("institutionBrin").asString()).isEqualTo("25PZ");
    assertThat(view.path("kind").asString()).isEqualTo("DLR");
    assertThat(view.path("firstSchoolYear").asString()).isEqualTo("2021-2022");
    assertThat(view.path("currentVersion").asInt()).isEqualTo(1);
    assertThat(view.path("versions").get(0).path("savedBy").asString()).isEqualTo("route-school");
    assertThat(view.path("current").path("savedAt").asString()).isEqualTo("2026-03-02T09:30:00Z");
    assertThat(view.path("current").path("document")).isEqualTo(doc);
    assertThat(view.path("current").path("documentSha256").asString()).isEqualTo(WorkflowApiTest.sha256(sent));
    // the check ran on the document's peildatum under the law, not on the service's clock
    assertThat(view.path("current").path("result").path("asOf").asString()).isEqualTo("2021-09-15");
    assertThat(view.path("current").path("result").path("regime").asString()).isEqualTo("LAW_2020");
    assertThat(view.path("current").path("verdict").asString()).isEqualTo(view.path("current").path("result").path("verdict").asString());

    String stored = mvc.perform(get("/api/v1/routes/{id}/versions/1/document", id).with(as("route-school")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(stored).isEqualTo(sent);

    for (String user : List.of("route-school", "route-reviewer", "route-auditor")) {
      mvc.perform(get("/api/v1/routes/{id}", id).with(as(user))).andExpect(status().isOk())
          .andExpect(jsonPath("$.current.document.id").value(id));
      mvc.perform(get("/api/v1/routes").with(as(user))).andExpect(jsonPath("$[?(@.id == '" + id + "')].kind").value("DLR"));
    }
    // another school: as if it did not exist
    for (String path : List.of("/api/v1/routes/{id}", "/api/v1/routes/{id}/versions/1", "/api/v1/routes/{id}/versions/1/document")) {
      mvc.perform(get(path, id).with(as("route-other-school"))).andExpect(status().isNotFound())
          .andExpect(jsonPath("$.detail").value(containsString("no route")));
    }
    mvc.perform(get("/api/v1/routes").with(as("route-other-school"))).andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
    mvc.perform(get("/api/v1/routes").param("brin", "02QZ").with(as("route-other-school"))).andExpect(jsonPath("$").isEmpty());
    mvc.perform(get("/api/v1/routes/{id}", id).with(as("admin"))).andExpect(status().isForbidden());

    // the list filters on what the route says
    mvc.perform(get("/api/v1/routes").param("brin", "25PZ").param("kind", "DLR").param("firstSchoolYear", "2021-2022")
        .with(as("route-reviewer"))).andExpect(jsonPath("$[?(@.id == '" + id + "')]").isNotEmpty());
    mvc.perform(get("/api/v1/routes").param("kind", "GLR").with(as("route-reviewer")))
        .andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
    mvc.perform(get("/api/v1/routes").param("kind", "XYZ").with(as("route-reviewer")))
        .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("kind"));

    JsonNode audit = body(mvc.perform(get("/api/v1/audit").param("objectId", "route:02QZ/" + id).with(as("route-auditor"))));
    assertThat(audit.findValuesAsString("action")).containsExactly("ROUTE_RECORDED");
    assertThat(audit.findValuesAsString("actor")).containsExactly("route-school");
  }

  @Test
  void aSchoolRecordsOnlyTheRoutesOfItsOwnBrins() throws Exception {
    ObjectNode doc = route();
    String id = doc.path("id").asString();
    record("route-other-school", doc.toString()).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("not for 02QZ")))
        .andExpect(jsonPath("$.detail").value(containsString("provider.school.brin")));
    record("route-reviewer", doc.toString()).andExpect(status().isForbidden());
    record("route-auditor", doc.toString()).andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/routes/{id}", id).with(as("route-reviewer"))).andExpect(status().isNotFound());
  }

  @Test
  void aRouteThatCannotBeReadOrCheckedIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
    List<String[]> cases = new ArrayList<>();
    ObjectNode badBrin = route();
    ((ObjectNode) badBrin.path("provider").path("school")).put("brin", "2Q");
    cases.add(new String[] {badBrin.toString(), "provider.school.brin"});
    ObjectNode badYears = route();
    ((ObjectNode) badYears.path("mbo")).put("programmeYears", 7);
    cases.add(new String[] {badYears.toString(), "mbo.programmeYears"});
    ObjectNode unknownField = route();
    ((ObjectNode) unknownField.path("design")).put("yearz", 4);
    cases.add(new String[] {unknownField.toString(), "design.yearz"});
    ObjectNode noSchool = route();
    ((ObjectNode) noSchool.path("provider").path("school")).remove("brin");
    cases.add(new String[] {noSchool.toString(), "provider.school.brin"});
    ObjectNode noPeildatum = route();
    noPeildatum.remove("asOf");
    cases.add(new String[] {noPeildatum.toString(), "asOf"});
    cases.add(new String[] {demo("aanvraag-2016-vmr2-zorg-en-welzijn.json"), "type"});
    for (String[] c : cases) {
      String id = json(c[0]).path("id").asString();
      record("route-school", c[0]).andExpect(status().isUnprocessableContent())
          .andExpect(jsonPath("$.errors[0].path").value(c[1]));
      mvc.perform(get("/api/v1/routes/{id}", id).with(as("route-school"))).andExpect(status().isNotFound());
    }
    // the peildatum may come with the request instead
    mvc.perform(post("/api/v1/routes").param("asOf", "2021-10-01").with(as("route-school")).contentType(MediaType.APPLICATION_JSON)
        .content(noPeildatum.toString())).andExpect(status().isCreated())
        .andExpect(jsonPath("$.current.result.asOf").value("2021-10-01"));
  }

  @Test
  void aChangedRouteIsANewVersionAndTheEarlierStays() throws Exception {
    ObjectNode doc = route();
    String id = doc.path("id").asString();
    record("route-school", doc.toString()).andExpect(status().isCreated());
    record("route-school", doc.toString()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("/versions")));

    ObjectNode changed = doc.deepCopy();
    ((ObjectNode) changed.path("design")).put("years", 5);
    ObjectNode otherId = changed.deepCopy();
    otherId.put("id", id + "-X");
    mvc.perform(post("/api/v1/routes/{id}/versions", id).with(as("route-school")).contentType(MediaType.APPLICATION_JSON)
        .content(otherId.toString())).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].path").value("id"));
    mvc.perform(post("/api/v1/routes/{id}/versions", id).with(as("route-other-school")).contentType(MediaType.APPLICATION_JSON)
        .content(changed.toString())).andExpect(status().isNotFound());
    JsonNode view = body(mvc.perform(post("/api/v1/routes/{id}/versions", id).with(as("route-school"))
        .contentType(MediaType.APPLICATION_JSON).content(changed.toString())).andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/routes/" + id + "/versions/2?school=02QZ")));
    assertThat(view.path("versions").findValuesAsString("verdict")).hasSize(2);
    assertThat(view.path("current").path("document").path("design").path("years").asInt()).isEqualTo(5);
    mvc.perform(get("/api/v1/routes/{id}/versions/1", id).with(as("route-auditor")))
        .andExpect(jsonPath("$.document.design.years").value(4));
    JsonNode audit = body(mvc.perform(get("/api/v1/audit").param("objectId", "route:02QZ/" + id).with(as("route-auditor"))));
    assertThat(audit.findValuesAsString("action")).containsExactly("ROUTE_VERSION_RECORDED", "ROUTE_RECORDED");
  }

  /** The result of a trajectory without its subject: what the rules said about it. */
  private static JsonNode judged(JsonNode result) {
    ObjectNode copy = (ObjectNode) result.deepCopy();
    copy.remove("subject");
    return copy;
  }

  /** The trajectory's result when the route is read in the same request before it, as the command line checks a bundle. */
  private JsonNode inOneRequest(ObjectNode route, ObjectNode trajectory) throws Exception {
    ObjectNode bundle = (ObjectNode) json("{\"type\":\"bundle\",\"id\":\"B-" + IDS.incrementAndGet() + "\"}");
    ArrayNode docs = bundle.putArray("documents");
    docs.add(route);
    docs.add(trajectory);
    JsonNode results = body(check("route-reviewer", bundle.toString()).andExpect(status().isOk()));
    return judged(results.get(1));
  }

  @Test
  void aTrajectoryReferringToAStoredRouteIsCheckedAgainstItsNewestVersion() throws Exception {
    ObjectNode doc = route();
    String id = doc.path("id").asString();
    ObjectNode trajectory = trajectory(id);
    check("route-school", trajectory.toString()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("route.ref.route"));

    record("route-school", doc.toString()).andExpect(status().isCreated());
    JsonNode first = body(check("route-school", trajectory.toString()).andExpect(status().isOk())).get(0);
    assertThat(first.path("verdict").asString()).isNotEqualTo("INVALID");
    assertThat(first.path("regime").asString()).isEqualTo("LAW_2020");
    assertThat(judged(first)).isEqualTo(inOneRequest(doc, trajectory));

    // a new version is what trajectories meet from then on
    ObjectNode changed = doc.deepCopy();
    ((ObjectNode) changed.path("mbo")).put("level", 2);
    ((ObjectNode) changed.path("mbo")).put("programmeYears", 2);
    ((ObjectNode) changed.path("design")).put("years", 3);
    mvc.perform(post("/api/v1/routes/{id}/versions", id).with(as("route-school")).contentType(MediaType.APPLICATION_JSON)
        .content(changed.toString())).andExpect(status().isCreated());
    JsonNode second = body(check("route-auditor", trajectory.toString()).andExpect(status().isOk())).get(0);
    assertThat(judged(second)).isEqualTo(inOneRequest(changed, trajectory));

    // a school cannot lean on another school's route
    check("route-other-school", trajectory.toString()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("route.ref.route"));
  }

  @Test
  void aReferenceToAnIdThatSeveralSchoolsStoredCannotSayWhichButTheSchoolsOwnResolves() throws Exception {
    ObjectNode doc = route();
    String id = doc.path("id").asString();
    ObjectNode other = doc.deepCopy();
    ((ObjectNode) other.path("provider").path("school")).put("brin", "04XU");
    record("route-school", doc.toString()).andExpect(status().isCreated());
    record("route-other-school", other.toString()).andExpect(status().isCreated());
    ObjectNode trajectory = trajectory(id);
    check("route-reviewer", trajectory.toString()).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("route.ref.route"))
        .andExpect(jsonPath("$.errors[0].problem").value(containsString("02QZ, 04XU")));
    mvc.perform(get("/api/v1/routes/{id}", id).with(as("route-reviewer"))).andExpect(status().isConflict());
    mvc.perform(get("/api/v1/routes/{id}", id).param("school", "04XU").with(as("route-reviewer")))
        .andExpect(jsonPath("$.schoolBrin").value("04XU"));
    check("route-school", trajectory.toString()).andExpect(status().isOk());
    check("route-other-school", trajectory.toString()).andExpect(status().isOk());
  }

  @Test
  void theApplicationWorkflowSaysARouteUnderTheLawNeedsNoApplication() throws Exception {
    ObjectNode doc = route();
    for (String body : List.of(doc.toString(), "{\"type\":\"bundle\",\"id\":\"B-1\",\"documents\":[" + doc + ","
        + demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json") + "]}")) {
      mvc.perform(post("/api/v1/applications").with(as("route-school")).contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isUnprocessableContent())
          .andExpect(jsonPath("$.errors[0].path").value("type"))
          .andExpect(jsonPath("$.detail").value(ApplicationWorkflow.NO_APPLICATION_UNDER_THE_LAW))
          .andExpect(jsonPath("$.detail").value(containsString("vraagt geen aanvraag bij DUS-I")))
          .andExpect(jsonPath("$.detail").value(containsString("needs no application to DUS-I")))
          .andExpect(jsonPath("$.detail").value(containsString("POST /api/v1/routes")));
    }
    // a new version of an application is no place for it either
    String app = demoWithNewId("aanvraag-2016-vmr2-zorg-en-welzijn.json").replace("\"30AU\"", "\"02QZ\"");
    String appId = json(app).path("id").asString();
    mvc.perform(post("/api/v1/applications").with(as("route-school")).contentType(MediaType.APPLICATION_JSON).content(app))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/v1/applications/{id}/versions", appId).with(as("route-school")).contentType(MediaType.APPLICATION_JSON)
        .content(doc.toString())).andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value(ApplicationWorkflow.NO_APPLICATION_UNDER_THE_LAW));
    mvc.perform(get("/api/v1/routes/{id}", doc.path("id").asString()).with(as("route-school"))).andExpect(status().isNotFound());
  }

  @Test
  void theOpenApiDocumentGivesTheRouteSchemaAsTheBody() throws Exception {
    JsonNode api = json(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    for (String path : List.of("/api/v1/routes", "/api/v1/routes/{id}/versions")) {
      assertThat(api.path("paths").path(path).path("post").path("requestBody").path("content").path("application/json")
          .path("schema").path("$ref").asString()).as(path).isEqualTo("/schema/v1/route.schema.json");
    }
  }
}
