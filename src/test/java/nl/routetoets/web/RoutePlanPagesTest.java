package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The route self-check page through MockMvc, as a browser without JavaScript posts it, on the
 * project's rule set. What the rules say about a route is not asserted here (RoutePlanFindingsTest
 * shows findings with a rule of its own): the form, its errors, the peildatum, the download, the upload.
 */
class RoutePlanPagesTest extends PageTest {
  /**
   * The form post of a browser showing this document, with values changed (name, value, …; "" empties a field).
   * Sent with HTTP Basic ({@code as(user)}), which needs no CSRF token; spring-security-test's {@code csrf()}
   * is left out on purpose: it changes the CSRF token store of the shared context for the test classes after
   * this one (AnonymousVisitorTest then finds a session). The browser journey posts the form with its token.
   */
  static MockHttpServletRequestBuilder routePost(ObjectNode doc, String action, String... changes) {
    MockHttpServletRequestBuilder post = post("/school/route").param("action", action);
    Map<String, List<String>> values = RouteForm.values(doc);
    for (int i = 0; i < changes.length; i += 2) {
      values.put(changes[i], List.of(changes[i + 1]));
    }
    values.forEach((name, v) -> post.param(name, v.stream().filter(s -> !s.isEmpty()).toArray(String[]::new)));
    return post;
  }

  @Test
  void theStartPageAndTheNavigationLeadToTheRouteForm() throws Exception {
    Document home = page(get("/school").with(as("web-citadel")));
    assertThat(home.select("main a[href=/school/route]")).hasSize(1);
    assertThat(home.select("nav a[href=/school/route]")).hasSize(1);
    Document form = page(get("/school/route").with(as("web-citadel")));
    assertThat(form.select("html").attr("lang")).isEqualTo("nl");
    assertThat(form.select("nav a[href=/school/route]").attr("aria-current")).isEqualTo("page");
    assertThat(form.select("#f-provider-school-brin").val()).isEqualTo("30AU");
    assertThat(form.select("label[for=f-mbo-level]").text()).isEqualTo("Niveau");
    assertThat(form.select(".finding, .beside")).isEmpty();
    mvc.perform(get("/school/route").with(as("web-reviewer"))).andExpect(status().isForbidden());
  }

  @Test
  void theProfielChoicesAreTheRuleSetsAndTheTlProfielen() throws Exception {
    Document form = page(get("/school/route").with(as("web-citadel")));
    List<String> offered = form.select("#f-vmbo-profiel option").eachAttr("value");
    TestRuleSet.get().reference().profielen().forEach(p -> assertThat(offered).contains(p.code()));
    assertThat(offered).containsAll(TestRuleSet.get().parameters().law().tlProfielen());
    assertThat(form.select("#f-vmbo-profiel optgroup")).hasSize(2);
    assertThat(form.select("#f-vmbo-profiel option[value=PIE]").text()).contains("Produceren, installeren en energie");
    assertThat(form.select("#f-provider-school-profielen input[type=checkbox]")).hasSize(offered.size() - 1);
  }

  @Test
  void unknownAndNoneAreChoicesOfTheirOwn() throws Exception {
    Document form = page(get("/school/route").with(as("web-citadel")));
    assertThat(form.select("#f-agreement option").eachAttr("value")).containsExactly("", RouteForm.GIVEN, "NONE");
    assertThat(form.select("#f-melding option[value=NONE]").text()).isEqualTo("nee, er is geen melding gedaan");
    assertThat(form.select("#f-design-vmboCentralExamRouteYear option").eachAttr("value")).contains("", "2", "3", "NONE");
    assertThat(form.select("#f-agreement-disputes option").eachText()).containsExactly("onbekend", "ja", "nee");
    // the clauses carry the law's words
    assertThat(form.select("#f-agreement-disputes-help").text()).contains("geschilbeslechting tussen de deelnemende partijen");
  }

  @Test
  void aFilledInPlanIsCheckedOnItsOwnPeildatumAndKeepsEveryValue() throws Exception {
    ObjectNode doc = RouteFormTest.example();
    Document checked = page(routePost(doc, "check").with(as("web-citadel")));
    assertThat(checked.select("#outcome")).hasSize(1);
    assertThat(checked.select(".route-head .badge").first().classNames()).containsAnyOf("COMPLIANT", "NON_COMPLIANT", "NEEDS_REVIEW");
    assertThat(checked.select(".route-head .muted").text()).contains("2021-09-15").contains("LAW_2020");
    assertThat(checked.select("[role=alert]")).isEmpty();
    Map<String, List<String>> values = RouteForm.values(doc);
    for (var e : values.entrySet()) {
      String id = FormView.fieldId(e.getKey());
      if (checked.select("#" + id).is("fieldset")) {
        assertThat(checked.select("#" + id + " input[checked]").eachAttr("value")).as(e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue());
      } else if (checked.select("#" + id).is("select")) {
        assertThat(checked.select("#" + id + " option[selected]").val()).as(e.getKey()).isEqualTo(e.getValue().get(0));
      } else {
        assertThat(checked.select("#" + id).val()).as(e.getKey()).isEqualTo(e.getValue().get(0));
      }
    }
    // another peildatum is another check: the page uses the form's date, whatever today is
    Document later = page(routePost(doc, "check", "asOf", "2023-01-10").with(as("web-citadel")));
    assertThat(later.select(".route-head .muted").text()).contains("2023-01-10");
  }

  @Test
  void aBadNumberIsNamedInDutchBesideItsFieldAndInTheSummary() throws Exception {
    ObjectNode doc = RouteFormTest.example();
    Document page = page(routePost(doc, "check", "design.hours.total", "4,5").with(as("web-citadel")));
    var field = page.select(".field:has(#f-design-hours-total)");
    assertThat(field.hasClass("has-error")).isTrue();
    assertThat(field.select(".err").text()).isEqualTo("“4,5” is geen geheel getal: vul alleen cijfers in, bijvoorbeeld 3000 (3.000 mag ook).");
    assertThat(page.select("#f-design-hours-total").attr("aria-describedby")).contains("f-design-hours-total-err");
    assertThat(page.select("#f-design-hours-total").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.select("#f-design-hours-total").val()).isEqualTo("4,5");
    var summary = page.select("[role=alert]");
    assertThat(summary.select("a[href=#f-design-hours-total]").text()).isEqualTo("Klokuren in totaal");
    assertThat(summary.text()).contains("geen geheel getal");
    assertThat(page.select(".route-head .badge.INVALID")).isNotEmpty();

    // in English, in English; and mended, gone
    Document english = page(routePost(doc, "check", "design.hours.total", "4,5").param("lang", "en").with(as("web-citadel")));
    assertThat(english.select("#f-design-hours-total-err").text()).startsWith("“4,5” is not a whole number");
    assertThat(english.select("button[form=route-form][name=lang]").val()).isEqualTo("nl");
    Document mended = page(routePost(doc, "check", "design.hours.total", "4000").with(as("web-citadel")));
    assertThat(mended.select(".field.has-error")).isEmpty();
    assertThat(mended.select(".route-head .badge.INVALID")).isEmpty();
  }

  /** "4.000" uren is how a Dutch school writes four thousand: read so, and shown back as the format writes it. */
  @Test
  void aThousandsPointIsReadAsDutchAndShownBackAsTheNumber() throws Exception {
    Document page = page(routePost(RouteFormTest.example(), "check", "design.hours.total", "4.000", "firstSchoolYear", "2021/2022")
        .with(as("web-citadel")));
    assertThat(page.select(".field.has-error")).isEmpty();
    assertThat(page.select("#f-design-hours-total").val()).isEqualTo("4000");
    assertThat(page.select("#f-firstSchoolYear").val()).isEqualTo("2021-2022");
  }

  /** Every problem of a form at once: in the summary at the top, each linking to its field by its label, and beside each field. */
  @Test
  void everyProblemIsListedAtOnceAndBesideItsField() throws Exception {
    Document page = page(routePost(RouteFormTest.example(), "check", "design.hours.total", "veel", "firstSchoolYear", "2021-2023",
        "mbo.domain", "bakkerij", "melding.notifiedOn", "31-02-2022").with(as("web-citadel")));
    var summary = page.select("[role=alert]");
    assertThat(summary.select("li")).hasSize(4);
    assertThat(summary.select("a").eachAttr("href")).containsExactly("#f-firstSchoolYear", "#f-mbo-domain", "#f-design-hours-total",
        "#f-melding-notifiedOn");
    assertThat(summary.select("a").eachText()).containsExactly("Eerste schooljaar", "Opleidingsdomein", "Klokuren in totaal",
        "Datum van de melding");
    assertThat(summary.text()).doesNotContain("firstSchoolYear", "mbo.domain", "is not");
    for (String id : List.of("f-firstSchoolYear", "f-mbo-domain", "f-design-hours-total", "f-melding-notifiedOn")) {
      assertThat(page.select(".field.has-error #" + id)).as(id).hasSize(1);
      assertThat(page.select("#" + id + "-err").text()).as(id).isNotBlank();
    }
    assertThat(page.select("#f-mbo-domain-err").text()).contains("“bakkerij” is geen opleidingsdomein");
  }

  /** Under the law too: a level the qualifications do not have makes a finding that says it follows from the level. */
  @Test
  void aFindingThatFollowsFromTheLevelSaysSo() throws Exception {
    // a KB route to level 2 (N-LAW-11), while its qualification 25182 is of level 3
    Document page = page(routePost(RouteFormTest.example(), "check", "mbo.level", "2").with(as("web-citadel")));
    assertThat(page.select("#result .notice.cause").text()).contains("Niveau 2 past niet bij de gekozen kwalificaties: die zijn van niveau 3");
    assertThat(page.select("#result .notice.cause a").attr("href")).isEqualTo("#f-mbo-level");
    assertThat(page.select("#result .finding:has(.follows) p:first-child > strong").eachText()).contains("N-LAW-11");
    assertThat(page.select(".field:has(#f-leerwegen) ul.beside li .follows").text()).startsWith("Volgt uit het niveau");
    Document level3 = page(routePost(RouteFormTest.example(), "check", "mbo.level", "3").with(as("web-citadel")));
    assertThat(level3.select("#result .notice.cause, #result .follows")).isEmpty();
  }

  /** The domain, the qualifications and the school's BRIN are chosen from the rule set's reference data, with their names. */
  @Test
  void theLookupsOfferTheReferenceDataWithNames() throws Exception {
    ObjectNode doc = RouteFormTest.example();
    Document page = page(routePost(doc, "lists", "mbo.level", "2", "mbo.domain", "techniek en procesindustrie").with(as("web-citadel")));
    assertThat(page.select("#result")).as("showing the lists checks nothing").isEmpty();
    assertThat(page.select("#f-mbo-domain").val()).isEqualTo("79020");
    assertThat(page.select("#f-mbo-domain").attr("list")).isEqualTo("dl-domains");
    assertThat(page.select("#f-mbo-domain-name").text()).isEqualTo("c – Techniek en procesindustrie");
    assertThat(page.select("datalist#dl-domains option[value=79140]").attr("label")).isEqualTo("o – Zorg en welzijn");
    var quals = page.select("#f-mbo-qualifications label:not(.outside) input[type=checkbox]");
    assertThat(quals.eachAttr("value")).contains("25333", "25334").doesNotContain("25182");
    assertThat(page.select("#f-mbo-qualifications label:has(input[value=25333])").text()).isEqualTo("25333 – Monteur elektrotechnische installaties");
    // the crebo the example had (a level-3 horeca one) stays chosen, marked as outside the list
    assertThat(page.select("#f-mbo-qualifications label.outside input[value=25182][checked]")).hasSize(1);
    assertThat(page.select("#f-provider-school-brin").attr("list")).isEqualTo("dl-schools");
    assertThat(page.select("datalist#dl-schools option[value=30AU]")).isNotEmpty();
  }

  @Test
  void withoutAPeildatumNothingIsJudgedAndTheFieldSaysWhyInDutch() throws Exception {
    Document page = page(routePost(RouteFormTest.example(), "check", "asOf", "").with(as("web-citadel")));
    assertThat(page.select(".route-head .badge.INVALID")).isNotEmpty();
    assertThat(page.select(".finding, .beside")).isEmpty();
    assertThat(page.select(".field.has-error #f-asOf")).hasSize(1);
    assertThat(page.select("#f-asOf-err").text()).contains("nooit de datum van vandaag");
  }

  @Test
  void aReadersErrorAboutAnItemOfAListStandsBesideTheList() throws Exception {
    Document page = page(routePost(RouteFormTest.example(), "check", "mbo.qualifications", "25182, 12x").with(as("web-citadel")));
    assertThat(page.select(".field.has-error #f-mbo-qualifications")).hasSize(1);
    assertThat(page.select("[role=alert] a[href=#f-mbo-qualifications]").text()).isEqualTo("Kwalificaties (crebo)");
    assertThat(page.select("#f-mbo-qualifications-err").text()).contains("12x");
  }

  @Test
  void downloadGivesTheRouteDocumentTheFormDescribes() throws Exception {
    ObjectNode doc = RouteFormTest.example();
    var response = mvc.perform(routePost(doc, "download", "design.years", "5", "melding", "NONE").with(as("web-citadel")))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(doc.get("id").asString() + ".json");
    ObjectNode downloaded = (ObjectNode) Json.MAPPER.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    doc.withObject("/design").put("years", 5);
    doc.put("melding", "NONE");
    assertThat(downloaded).isEqualTo(doc);
  }

  @Test
  void anUploadedRouteIsPutInTheFormAndChecked() throws Exception {
    ObjectNode doc = RouteFormTest.example();
    Document page = page(multipart("/school/route/upload").file(new MockMultipartFile("file", "r.json", "application/json",
        doc.toString().getBytes(StandardCharsets.UTF_8))).with(as("web-citadel")));
    assertThat(page.select("#f-id").val()).isEqualTo(doc.get("id").asString());
    assertThat(page.select("#outcome")).hasSize(1);
    doc.remove("asOf");
    Document withoutDate = page(multipart("/school/route/upload").file(new MockMultipartFile("file", "r.json", "application/json",
        doc.toString().getBytes(StandardCharsets.UTF_8))).with(as("web-citadel")));
    assertThat(withoutDate.select("#f-asOf-err").text()).contains("nooit de datum van vandaag");
    Document application = page(multipart("/school/route/upload").file(new MockMultipartFile("file", "a.json", "application/json",
        "{\"type\": \"application\"}".getBytes(StandardCharsets.UTF_8))).with(as("web-citadel")));
    assertThat(application.select(".field.has-error #file")).hasSize(1);
    assertThat(application.select("#file-err").text()).contains("geen route");
  }

  @Test
  void theRoutePageHasItsTextsInBothLanguages() throws Exception {
    for (String lang : List.of("nl", "en")) {
      Document page = page(get("/school/route").param("lang", lang).with(as("web-citadel")));
      assertThat(page.select("html").attr("lang")).isEqualTo(lang);
      assertThat(page.select("h1").text()).isNotBlank();
      assertThat(page.select("legend").eachText()).doesNotContain("about", "agreement", "melding");
    }
  }
}
