package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.document.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The pages of routes under the law: reviewers and auditors see every school's, a school its own, each field readable. */
class LawRoutePagesTest extends PageTest {
  private static final AtomicInteger IDS = new AtomicInteger();

  /** Records the route of formats.md §5 for the school with BRIN 30AU under a fresh id; answers the stored view. */
  private JsonNode recordRoute(ObjectNode doc) throws Exception {
    String body = mvc.perform(post("/api/v1/routes").with(as("web-citadel")).contentType(MediaType.APPLICATION_JSON)
        .content(doc.toString())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return Json.MAPPER.readTree(body);
  }

  private static ObjectNode route() throws Exception {
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("src/test/resources/routes/dlr-kb-mbo3.json")));
    doc.put("id", "DLR-30AU-25PZ-W" + IDS.incrementAndGet());
    ((ObjectNode) doc.path("provider").path("school")).put("brin", "30AU");
    return doc;
  }

  /** The value shown beside a label of the route's fields. */
  private static String value(Document page, String label) {
    Element dt = page.select("section dl.facts dt").stream().filter(e -> e.text().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no field \"" + label + "\" on the page"));
    return dt.nextElementSibling().text();
  }

  @Test
  void reviewersAndAuditorsListEveryRouteAndReadItsFieldsAndFindings() throws Exception {
    ObjectNode doc = route();
    doc.put("melding", "NONE");
    ((ObjectNode) doc.path("mbo")).putNull("relatedToVo");
    String id = doc.path("id").asString();
    JsonNode stored = recordRoute(doc);
    for (String user : new String[] {"web-reviewer", "web-auditor"}) {
      Document list = page(get("/routes").with(as(user)));
      assertThat(list.select("nav a[aria-current=page]").text()).isEqualTo("Leerroutes (wet)");
      Element link = list.select("table a").stream().filter(a -> a.text().equals(id)).findFirst().orElseThrow();
      assertThat(link.attr("href")).isEqualTo("/routes/" + id + "?school=30AU");
      assertThat(link.closest("tr").text()).contains("doorlopende leerroute", "30AU", "25PZ", "2021-2022");

      Document page = page(get(link.attr("href")).with(as(user)));
      assertThat(page.select("html").attr("lang")).isEqualTo("nl");
      assertThat(page.select("h1").text()).isEqualTo("Leerroute " + id);
      assertThat(value(page, "BRIN van de school")).isEqualTo("30AU");
      assertThat(value(page, "Naam van de mbo-instelling")).isEqualTo("ROC Midden");
      assertThat(value(page, "Leerwegen waarin leerlingen de route beginnen")).isEqualTo("KB");
      assertThat(value(page, "Duur van de mbo-opleiding (jaren)")).isEqualTo("3");
      assertThat(value(page, "Uren in totaal")).isEqualTo("4000");
      assertThat(value(page, "f. inhoud van de overstapoptie")).isEqualTo("ja");
      assertThat(value(page, "Verwant aan het vmbo-profiel volgens de overeenkomst")).isEqualTo("onbekend");
      assertThat(value(page, "Melding")).isEqualTo("geen");
      assertThat(value(page, "Minder uren vastgelegd in het schoolplan")).isEqualTo("niet opgegeven");
      // a DLR has no part of a GLR to show
      assertThat(page.select("section h3").eachText()).doesNotContain("Geïntegreerde route");
      assertThat(page.text()).doesNotContain("lawroute.");
      // the findings of the stored result, by article, as the application pages show them
      JsonNode findings = stored.path("current").path("result").path("findings");
      assertThat(page.select(".finding")).hasSize(findings.size());
      if (findings.isEmpty()) {
        assertThat(page.text()).contains("Geen bevindingen.");
      }
      assertThat(page.select("a[href=/routes/" + id + "/versions/1/document?school=30AU]")).hasSize(1);
    }
    String json = mvc.perform(get("/routes/{id}/versions/1/document", id).with(as("web-auditor"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(Json.MAPPER.readTree(json)).isEqualTo(doc);
  }

  @Test
  void aSchoolSeesItsOwnRoutesAndAnotherSchoolsIsNotFound() throws Exception {
    ObjectNode doc = route();
    String id = doc.path("id").asString();
    recordRoute(doc);
    Document own = page(get("/routes").with(as("web-citadel")));
    assertThat(own.select("table a").eachText()).contains(id);
    assertThat(own.select(".lead").text()).contains("30AU");
    page(get("/routes/{id}", id).with(as("web-citadel")));

    Document other = page(get("/routes").with(as("web-baanderheren")));
    assertThat(other.select("table a").eachText()).doesNotContain(id);
    mvc.perform(get("/routes/{id}", id).with(as("web-baanderheren"))).andExpect(status().isNotFound());
    mvc.perform(get("/routes/{id}/versions/1/document", id).with(as("web-baanderheren"))).andExpect(status().isNotFound());
    mvc.perform(get("/routes").with(as("admin"))).andExpect(status().isForbidden());
  }

  @Test
  void theRoutePagesSpeakEnglishWhenAskedAndAFilterThatNamesNothingSaysSoBesideItsField() throws Exception {
    ObjectNode doc = route();
    String id = doc.path("id").asString();
    recordRoute(doc);
    Document en = page(get("/routes/{id}", id).param("lang", "en").with(as("web-reviewer")));
    assertThat(en.select("h1").text()).isEqualTo("Route " + id);
    assertThat(value(en, "School BRIN")).isEqualTo("30AU");
    assertThat(value(en, "f. content of the overstapoptie")).isEqualTo("yes");

    Document filtered = page(get("/routes").param("firstSchoolYear", "2021").with(as("web-reviewer")));
    assertThat(filtered.select("#firstSchoolYear-err").text()).contains("not a valid firstSchoolYear");
    assertThat(filtered.select("#firstSchoolYear").attr("aria-invalid")).isEqualTo("true");
    Document glr = page(get("/routes").param("kind", "GLR").with(as("web-reviewer")));
    assertThat(glr.select("table a").eachText()).doesNotContain(id);
  }
}
