package nl.routetoets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

class CheckApiTest extends ApiTest {
  @BeforeEach
  void accounts() throws Exception {
    account("checker-school", "SCHOOL", "30AU");
  }

  @Test
  void anApplicationGetsTheResultTheCommandLineGives() throws Exception {
    for (String name : List.of("aanvraag-2016-vmr2-zorg-en-welzijn.json", "aanvraag-2016-beroepsroute-drie-jaar-fout.json",
        "aanvraag-2017-twee-routes-techniek-en-zorg.json", "bundel-aanvraag-met-trajecten.json")) {
      String body = mvc.perform(post("/api/v1/checks").with(as("checker-school")).contentType(MediaType.APPLICATION_JSON)
              .content(demo(name)))
          .andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString();
      assertThat(body).as(name).isEqualTo(TestRuleSet.resultsAsJson(demo(name)));
    }
  }

  /**
   * Formats 1.1: a route under the law, a bundle with trajectories that refer to it by {@code ref.route},
   * and a law trajectory with its route inline go through the same endpoint.
   */
  @Test
  void aRouteUnderTheLawGetsTheResultTheCommandLineGives() throws Exception {
    for (String name : List.of("route-2021-dlr-gl-mbo4.json", "bundel-leerroute-met-trajecten.json", "traject-2022-glr-bb-kok-jaar3.json")) {
      String body = mvc.perform(post("/api/v1/checks").with(as("checker-school")).contentType(MediaType.APPLICATION_JSON)
              .content(demo(name)))
          .andExpect(status().isOk())
          .andReturn().getResponse().getContentAsString();
      assertThat(body).as(name).isEqualTo(TestRuleSet.resultsAsJson(demo(name)));
    }
    mvc.perform(post("/api/v1/checks").with(as("checker-school")).contentType(MediaType.APPLICATION_JSON).content(demo("route-2021-dlr-gl-mbo4.json")))
        .andExpect(jsonPath("$[0].subject.type").value("route"))
        .andExpect(jsonPath("$[0].regime").value("LAW_2020"));
  }

  @Test
  void aRouteThatWritesGeenForAKnownAbsenceIsAProblemNamingThePath() throws Exception {
    mvc.perform(post("/api/v1/checks").with(as("checker-school")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"type\":\"route\",\"id\":\"DLR-1\",\"asOf\":\"2021-09-01\",\"kind\":\"DLR\",\"agreement\":\"GEEN\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("agreement"))
        .andExpect(jsonPath("$.errors[0].problem").value(org.hamcrest.Matchers.containsString("\"NONE\"")));
  }

  @Test
  void anUnreadableDocumentIsAProblemNamingThePath() throws Exception {
    mvc.perform(post("/api/v1/checks").with(as("checker-school")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"type\":\"application\",\"id\":\"A\",\"asOf\":\"2016-02-30\",\"routes\":[{\"routeId\":\"R1\",\"colour\":1}]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.errors[0].path").value("asOf"))
        .andExpect(jsonPath("$.errors[0].problem").value(org.hamcrest.Matchers.containsString("impossible date")))
        .andExpect(jsonPath("$.results[0].verdict").value("INVALID"));
  }

  @Test
  void withoutAPeildatumADocumentIsRefusedAndTheParameterGivesIt() throws Exception {
    ObjectNodeText doc = new ObjectNodeText(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json"));
    String withoutAsOf = doc.without("asOf");
    mvc.perform(post("/api/v1/checks").with(as("checker-school")).contentType(MediaType.APPLICATION_JSON).content(withoutAsOf))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("asOf"))
        .andExpect(jsonPath("$.errors[0].problem").value(org.hamcrest.Matchers.containsString("never uses today's date")));
    mvc.perform(post("/api/v1/checks").param("asOf", "2016-03-01").with(as("checker-school"))
            .contentType(MediaType.APPLICATION_JSON).content(withoutAsOf))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].asOf").value("2016-03-01"));
    mvc.perform(post("/api/v1/checks").param("asOf", "2016-13-01").with(as("checker-school"))
            .contentType(MediaType.APPLICATION_JSON).content(withoutAsOf))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].path").value("asOf"));
  }

  @Test
  void aJsonLinesStreamGetsOneResultPerLineAndABadLineDoesNotStopTheRest() throws Exception {
    String stream = demo("trajecten.jsonl");
    long lines = stream.lines().filter(l -> !l.isBlank()).count();
    JsonNode results = json(mvc.perform(post("/api/v1/checks").with(as("checker-school"))
            .contentType("application/x-ndjson").content(stream))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(results.size()).isEqualTo((int) lines);
    List<JsonNode> invalid = new ArrayList<>();
    results.forEach(r -> {
      if (r.path("verdict").asString().equals("INVALID")) {
        invalid.add(r);
      }
    });
    assertThat(invalid).singleElement().satisfies(r -> assertThat(r.path("errors").get(0).path("line").isNumber()).isTrue());
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String big = demo("aanvraag-2016-vmr2-zorg-en-welzijn.json").replaceFirst("\\{", "{" + " ".repeat(70 * 1024));
    mvc.perform(post("/api/v1/checks").with(as("checker-school")).contentType(MediaType.APPLICATION_JSON).content(big))
        .andExpect(status().isContentTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("routetoets.api.max-request-size")));
  }

  @Test
  void theNormCatalogueSaysWhatAutomatesEachNorm() throws Exception {
    JsonNode norms = json(mvc.perform(get("/api/v1/norms").with(as("checker-school")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(norms.size()).isEqualTo(TestRuleSet.get().norms().all().size());
    JsonNode dur = null;
    boolean someNotAutomatable = false;
    for (JsonNode n : norms) {
      if (n.path("id").asString().equals("N-DUR-1")) {
        dur = n;
      }
      someNotAutomatable |= !n.path("automatable").asBoolean() && !n.path("notAutomatable").asString().isBlank();
    }
    assertThat(dur).isNotNull();
    assertThat(dur.path("rules").size()).isPositive();
    assertThat(dur.path("rules").get(0).path("fixtures").asInt()).isPositive();
    assertThat(dur.path("regimes").toString()).contains("EXP_2015");
    assertThat(someNotAutomatable).isTrue();
  }

  @Test
  void theRuleSetIsTheOneInTheRulesFolder() throws Exception {
    mvc.perform(get("/api/v1/rule-set").with(as("checker-school")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(TestRuleSet.get().ref().version()))
        .andExpect(jsonPath("$.sha256").value(TestRuleSet.get().ref().sha256()))
        .andExpect(jsonPath("$.rules").value(TestRuleSet.get().rules().size()))
        .andExpect(jsonPath("$.parameters['regimes.json']").exists());
    mvc.perform(get("/actuator/info"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ruleSet.sha256").value(TestRuleSet.get().ref().sha256()));
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void everyRequestCarriesARequestId() throws Exception {
    mvc.perform(get("/api/v1/rule-set").with(as("checker-school")).header("X-Request-Id", "abc-123"))
        .andExpect(header().string("X-Request-Id", "abc-123"));
    mvc.perform(get("/api/v1/rule-set").with(as("checker-school")).header("X-Request-Id", "<script>"))
        .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
  }

  @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

  @Test
  void theOpenApiDocumentListsEveryEndpoint() throws Exception {
    JsonNode doc = json(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    Set<String> documented = new HashSet<>();
    doc.path("paths").properties().forEach(p -> p.getValue().propertyNames().forEach(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
    Set<String> served = new HashSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String path : info.getPatternValues()) {
        if (path.startsWith("/api/")) {
          info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + path));
        }
      }
    }
    assertThat(served).isNotEmpty();
    assertThat(documented).containsAll(served);
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());

    // the bodies that are documents point at the published JSON Schemas, which are served
    String schema = doc.path("paths").path("/api/v1/checks").path("post").path("requestBody").path("content")
        .path("application/json").path("schema").path("$ref").asString();
    assertThat(schema).isEqualTo("/schema/v1/document.schema.json");
    mvc.perform(get(schema)).andExpect(status().isOk())
        .andExpect(jsonPath("$.$id").value("https://routetoets.nl/schema/v1/document.schema.json"))
        .andExpect(jsonPath("$.oneOf[*].$ref").value(org.hamcrest.Matchers.hasItem("route.schema.json")));
    mvc.perform(get("/schema/v1/route.schema.json")).andExpect(status().isOk())
        .andExpect(jsonPath("$.$id").value("https://routetoets.nl/schema/v1/route.schema.json"));
    // a route endpoint of the service, once there is one, takes a route document as its body
    for (String path : OpenApiDocument.ROUTE_DOCUMENT_BODIES) {
      JsonNode post = doc.path("paths").path(path).path("post");
      if (!post.isMissingNode()) {
        assertThat(post.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asString())
            .as(path).isEqualTo("/schema/v1/route.schema.json");
      }
    }
  }

  /** A demo document with a field taken out. */
  private record ObjectNodeText(String text) {
    String without(String field) {
      var node = (tools.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(text);
      node.remove(field);
      return node.toString();
    }
  }
}
