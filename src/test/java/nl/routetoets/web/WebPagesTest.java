package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pages through MockMvc: plain HTML form posts as a browser without JavaScript sends them, the
 * roles, the 404 across schools, form errors beside their fields, and the language switch.
 */
class WebPagesTest extends PageTest {
  /** The form post of a browser showing this document, with one value changed. */
  private static MockHttpServletRequestBuilder formPost(ObjectNode doc, String action, String... changes) {
    MockHttpServletRequestBuilder post = post("/school/check").param("action", action)
        .param("routeCount", Integer.toString(ApplicationForm.routeCount(doc))).param("base", doc.toString());
    Map<String, List<String>> values = ApplicationForm.values(doc, TestRuleSet.get().parameters().timeZone());
    for (int i = 0; i < changes.length; i += 2) {
      values.put(changes[i], List.of(changes[i + 1]));
    }
    values.forEach((name, v) -> post.param(name, v.stream().filter(s -> !s.isEmpty()).toArray(String[]::new)));
    return post;
  }

  @Test
  void aVisitorSeesTheLoginFormAtTheStartAndEachRoleItsOwnPageAfterSigningIn() throws Exception {
    Document start = page(get("/"));
    assertThat(start.select("html").attr("lang")).isEqualTo("nl");
    assertThat(start.select("form[action=/login] input[name=username]")).hasSize(1);
    assertThat(start.select("label[for=password]").text()).isEqualTo("Wachtwoord");
    mvc.perform(get("/").with(as("web-citadel"))).andExpect(redirectedUrl("/school"));
    mvc.perform(get("/").with(as("web-reviewer"))).andExpect(redirectedUrl("/review"));
    mvc.perform(get("/").with(as("web-auditor"))).andExpect(redirectedUrl("/reports"));
    mvc.perform(get("/").with(as("admin"))).andExpect(redirectedUrl("/admin"));
    mvc.perform(get("/school").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
  }

  @Test
  void signingInWithTheFormLeadsToTheStartPageAndAWrongPasswordBackToTheForm() throws Exception {
    mvc.perform(formLogin("/login").user("web-citadel").password(PASSWORD)).andExpect(redirectedUrl("/"));
    mvc.perform(formLogin("/login").user("web-citadel").password("wrong")).andExpect(redirectedUrl("/login?error"));
    Document error = page(get("/login").param("error", ""));
    assertThat(error.select("[role=alert]").text()).contains("Onjuiste gebruikersnaam of wachtwoord");
  }

  @Test
  void theLanguageSwitchesToEnglishAndStaysThere() throws Exception {
    var response = mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse();
    Document en = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(en.select("html").attr("lang")).isEqualTo("en");
    assertThat(en.select("h1").text()).isEqualTo("Sign in");
    assertThat(en.select("a[hreflang=nl]").text()).isEqualTo("Nederlands");
    assertThat(response.getCookie("routetoets-lang").getValue()).isEqualTo("en");
    Document again = page(get("/login").cookie(response.getCookie("routetoets-lang")));
    assertThat(again.select("h1").text()).isEqualTo("Sign in");
  }

  @Test
  void aPlainFormPostChecksTheApplicationAndShowsTheFindingsByArticleWithTheLawsText() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    Document checked = page(formPost(doc, "check").with(as("web-baanderheren")).with(csrf()));
    assertThat(checked.select(".route-head .badge.NON_COMPLIANT")).isNotEmpty();
    var duration = checked.select("section.article:has(.finding:contains(N-DUR-1))").first();
    assertThat(duration.select("h4").text()).endsWith("art. 6");
    assertThat(duration.select(".finding.VIOLATION .fix").text()).isNotBlank();
    assertThat(duration.select("details.law summary").text()).contains("Artikel 6");
    assertThat(duration.select("details.law .text").text()).contains("Norm studieduur experimentele leerroute");
    // the finding links to the field to fix, and the form keeps every value
    assertThat(duration.select("a[href=#f-routes-0-design-years]")).isNotEmpty();
    assertThat(checked.select("#f-routes-0-design-years").val()).isEqualTo("3");
    assertThat(checked.select("#f-applicant-school-name").val()).isEqualTo(doc.at("/applicant/school/name").asString());

    // the language switch on a filled-in form sends the form along
    Document english = page(formPost(doc, "check").param("lang", "en").with(as("web-baanderheren")).with(csrf()));
    assertThat(english.select("html").attr("lang")).isEqualTo("en");
    assertThat(english.select("button[form=application-form][name=lang]").val()).isEqualTo("nl");
    assertThat(english.select("#f-routes-0-design-years").val()).isEqualTo("3");
    assertThat(english.select("#result-R1 .finding.VIOLATION .fix").text()).startsWith("How to fix it");

    // what if: four years instead of three
    Document fixed = page(formPost(doc, "check", "routes[0].design.years", "4").with(as("web-baanderheren")).with(csrf()));
    assertThat(fixed.select(".finding:contains(N-DUR-1)")).isEmpty();
    assertThat(fixed.select("#f-routes-0-design-years").val()).isEqualTo("4");
  }

  @Test
  void aValueOfTheWrongKindIsNamedBesideItsField() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    Document page = page(formPost(doc, "check", "routes[0].design.years", "drie").with(as("web-baanderheren")).with(csrf()));
    var field = page.select(".field:has(#f-routes-0-design-years)");
    assertThat(field.hasClass("has-error")).isTrue();
    // in Dutch, in the form's words: never the reader's English
    assertThat(field.select(".err").text()).contains("“drie” is geen geheel getal");
    assertThat(page.select("#f-routes-0-design-years").attr("aria-describedby")).contains("f-routes-0-design-years-err");
    assertThat(page.select("#f-routes-0-design-years").val()).isEqualTo("drie");
  }

  @Test
  void withoutAPeildatumNothingIsJudgedAndTheFieldSaysWhy() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    doc.remove("asOf");
    Document page = page(formPost(doc, "check").with(as("web-baanderheren")).with(csrf()));
    assertThat(page.select(".route-head .badge.INVALID")).isNotEmpty();
    assertThat(page.select(".finding")).isEmpty();
    assertThat(page.select(".field.has-error #f-asOf")).hasSize(1);
    assertThat(page.select("#f-asOf-err").text()).contains("nooit de datum van vandaag");
  }

  @Test
  void aBrowserSessionNeedsTheCsrfTokenToPostTheForm() throws Exception {
    MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("web-baanderheren").password(PASSWORD))
        .andReturn().getRequest().getSession();
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    mvc.perform(formPost(doc, "check").session(session)).andExpect(status().isForbidden());
    mvc.perform(formPost(doc, "check").session(session).with(csrf())).andExpect(status().isSeeOther());
  }

  @Test
  void downloadGivesTheApplicationAsJson() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    var response = mvc.perform(formPost(doc, "download", "routes[0].design.years", "4").with(as("web-baanderheren")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(doc.get("id").asString() + ".json");
    ObjectNode downloaded = (ObjectNode) Json.MAPPER.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    doc.withObject("/routes/0/design").put("years", 4);
    // a draft has no moment of submission: that is the moment the service receives it
    doc.remove("submittedAt");
    assertThat(downloaded).isEqualTo(doc);
  }

  @Test
  void anUploadedApplicationIsPutInTheFormAndChecked() throws Exception {
    ObjectNode doc = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    doc.withObject("/applicant/school").put("brin", "30AU");
    Document page = page(multipart("/school/upload").file(new MockMultipartFile("file", "a.json", "application/json",
        doc.toString().getBytes(StandardCharsets.UTF_8))).with(as("web-citadel")).with(csrf()));
    assertThat(page.select("#f-routes-1-routeId").val()).isEqualTo("R2");
    assertThat(page.select("#result-R1 .badge")).isNotEmpty();
    Document notJson = page(multipart("/school/upload").file(new MockMultipartFile("file", "a.json", "application/json",
        "{ not json".getBytes(StandardCharsets.UTF_8))).with(as("web-citadel")).with(csrf()));
    assertThat(notJson.select(".field.has-error #file")).hasSize(1);
    byte[] huge = new byte[4 * 1024 * 1024 + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    Document tooLarge = page(multipart("/school/upload").file(new MockMultipartFile("file", "a.json", "application/json", huge))
        .with(as("web-citadel")).with(csrf()));
    assertThat(tooLarge.select("#file-err").text()).contains("groter dan");
  }

  @Test
  void aSchoolSubmitsAndCannotOpenAnotherSchoolsApplication() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String id = doc.get("id").asString();
    // three years where art. 6 asks four: submitted after the school confirms it wants to despite the violation
    assertThat(submit(formPost(doc, "submit").with(as("web-baanderheren")).with(csrf())).getResponse().getRedirectedUrl())
        .isEqualTo("/school/applications/" + id + "?school=04XU");
    Document own = page(get("/school/applications/{id}", id).with(as("web-baanderheren")));
    assertThat(own.select(".badge.SUBMITTED")).isNotEmpty();
    // received at the service's moment, shown in Dutch time with the month in words
    assertThat(own.select("dd time").first().text()).startsWith("19 oktober 2016 14:");
    assertThat(own.select("dd time").first().attr("datetime")).startsWith("2016-10-19T14:").endsWith("+02:00");
    mvc.perform(get("/school/applications/{id}", id).with(as("web-citadel"))).andExpect(status().isNotFound());
    mvc.perform(get("/applications/{id}/versions/1/document", id).with(as("web-citadel"))).andExpect(status().isNotFound());
    mvc.perform(get("/applications/{id}/versions/1/document", id).with(as("web-baanderheren"))).andExpect(status().isOk());
    mvc.perform(get("/applications/{id}/versions/1/document", id).with(as("web-reviewer"))).andExpect(status().isOk());
    mvc.perform(get("/school/applications/{id}", "APP-NONE").with(as("web-citadel"))).andExpect(status().isNotFound());
    // nor in another school's name
    // (received today, it is late as well: the school confirms, and then the service refuses it)
    Document refused = page(followed(submit(formPost(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json"), "submit")
        .with(as("web-baanderheren")).with(csrf()))));
    assertThat(refused.select("[role=alert]").text()).contains("30AU");
  }

  @Test
  void rolesOnlyReachTheirOwnPages() throws Exception {
    mvc.perform(get("/review").with(as("web-citadel"))).andExpect(status().isForbidden());
    mvc.perform(get("/school/check").with(as("web-reviewer"))).andExpect(status().isForbidden());
    mvc.perform(get("/admin").with(as("web-reviewer"))).andExpect(status().isForbidden());
    mvc.perform(get("/review").with(as("web-auditor"))).andExpect(status().isOk());
    ObjectNode doc = demo("aanvraag-2016-vmr2-zorg-en-welzijn.json");
    assertThat(submit(formPost(doc, "submit").with(as("web-citadel")).with(csrf())).getResponse().getRedirectedUrl()).startsWith("/school/applications/");
    mvc.perform(post("/review/applications/{id}/decisions", doc.get("id").asString()).param("routeId", "R1").param("outcome", "APPROVED")
        .param("motivation", "ok").with(as("web-auditor")).with(csrf())).andExpect(status().isForbidden());
  }

  @Test
  void aReviewerFiltersTheQueueAndApprovingAViolationNeedsAReasonBesideIt() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String id = doc.get("id").asString();
    assertThat(submit(formPost(doc, "submit").with(as("web-baanderheren")).with(csrf())).getResponse().getRedirectedUrl()).startsWith("/school/applications/");
    Document queue = page(get("/review").param("verdict", "NON_COMPLIANT").param("brin", "04XU").with(as("web-reviewer")));
    assertThat(queue.select("a[href=/review/applications/" + id + "?school=04XU]")).hasSize(1);
    Document none = page(get("/review").param("verdict", "COMPLIANT").param("brin", "04XU").with(as("web-reviewer")));
    assertThat(none.select("a[href=/review/applications/" + id + "?school=04XU]")).isEmpty();
    Document bad = page(get("/review").param("startSchoolYear", "2016").with(as("web-reviewer")));
    assertThat(bad.select(".field.has-error #startSchoolYear")).hasSize(1);

    Document app = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    assertThat(app.select("#route-R1 details.law summary").text()).contains("Artikel 6");
    var violation = app.select("#decide-R1 .field:has(.badge.VIOLATION) textarea").first();
    String reasonName = violation.attr("name");
    Document refused = page(post("/review/applications/{id}/decisions", id).param("routeId", "R1").param("outcome", "APPROVED")
        .param("motivation", "Past binnen de bedoeling.").with(as("web-reviewer")).with(csrf()));
    var field = refused.select("#decide-R1 .field:has(textarea[name=" + reasonName + "])");
    assertThat(field.hasClass("has-error")).isTrue();
    assertThat(field.select(".err").text()).isEqualTo("Goedkeuren wijkt af van deze SCHENDING: geef er een reden voor.");
    assertThat(refused.select("#motivation-R1").text()).isEqualTo("Past binnen de bedoeling.");

    // submitted on the form today, the application is late as well (the service received it now): that finding is about the
    // whole application, so its reason is given once, for every route; then the route's own violations need theirs
    var formReasons = post("/review/applications/{id}/reasons", id);
    app.select("#form-reasons .field:has(.badge.VIOLATION) textarea").forEach(e -> formReasons.param(e.attr("name"), "Zie de motivering."));
    mvc.perform(formReasons.with(as("web-reviewer")).with(csrf())).andExpect(status().is3xxRedirection());
    var approve = post("/review/applications/{id}/decisions", id).param("routeId", "R1").param("outcome", "APPROVED")
        .param("motivation", "Past binnen de bedoeling.").param(reasonName, "Het vierde jaar is feitelijk ingeroosterd.");
    app.select("#decide-R1 .field:has(.badge.VIOLATION) textarea").stream().map(e -> e.attr("name")).filter(n -> !n.equals(reasonName))
        .forEach(n -> approve.param(n, "Zie de motivering."));
    mvc.perform(approve.with(as("web-reviewer")).with(csrf()))
        .andExpect(redirectedUrl("/review/applications/" + id + "?school=04XU#route-R1"));
    Document decided = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    assertThat(decided.select("#decide-R1")).isEmpty();
    assertThat(decided.select("#route-R1 .badge.APPROVED")).isNotEmpty();
    assertThat(decided.select("table").last().text()).contains("Besluit vastgelegd");
    Document school = page(get("/school/applications/{id}", id).with(as("web-baanderheren")));
    assertThat(school.text()).contains("Het vierde jaar is feitelijk ingeroosterd.").contains("Past binnen de bedoeling.");
    Document recheck = page(get("/review/applications/{id}/recheck", id).with(as("web-reviewer")));
    assertThat(recheck.select("h1").text()).contains(id);
  }

  @Test
  void aRouteOfALateApplicationIsShownToTheReviewerAsRejectedWithItsForm() throws Exception {
    // reached DUO on 1 November 2017, 00:40 Amsterdam time: "worden afgewezen" (UR2015 art. 2(7))
    ObjectNode doc = demo("aanvraag-2018-vmr2-te-laat-fout.json");
    ((ObjectNode) doc.get("applicant").get("school")).put("brin", "04XU");
    String id = doc.get("id").asString();
    assertThat(submit(formPost(doc, "submit").with(as("web-baanderheren")).with(csrf())).getResponse().getRedirectedUrl()).startsWith("/school/applications/");
    Document app = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    assertThat(app.select("#route-R1 .route-head .badge").hasClass("NON_COMPLIANT")).isTrue();
    Document queue = page(get("/review").param("brin", "04XU").with(as("web-reviewer")));
    var row = queue.select("tr:has(a[href=/review/applications/" + id + "?school=04XU])");
    assertThat(row.select("td div .badge").hasClass("NON_COMPLIANT")).isTrue();
  }

  @Test
  void everyPageHasItsTextsInBothLanguages() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String id = doc.get("id").asString();
    assertThat(submit(formPost(doc, "submit").with(as("web-baanderheren")).with(csrf())).getResponse().getRedirectedUrl()).startsWith("/school/applications/");
    Map<String, List<String>> pages = Map.of(
        "web-baanderheren", List.of("/school", "/school/check", "/school/applications/" + id, "/norms", "/norms/N-DUR-1"),
        "web-reviewer", List.of("/review", "/review/applications/" + id, "/review/applications/" + id + "/recheck", "/reports"),
        "web-auditor", List.of("/audit", "/reports", "/review/applications/" + id),
        "admin", List.of("/admin"));
    for (String lang : List.of("nl", "en")) {
      for (var entry : pages.entrySet()) {
        for (String path : entry.getValue()) {
          Document page = page(get(path).param("lang", lang).with(as(entry.getKey())));
          assertThat(page.select("html").attr("lang")).as(path).isEqualTo(lang);
          assertThat(page.select("h1").text()).as(path).isNotBlank();
        }
      }
    }
  }

  @Test
  void theNormCatalogueShowsEveryNormWithItsRulesAndFixtures() throws Exception {
    Document list = page(get("/norms").with(as("web-citadel")));
    assertThat(list.select("a[href=/norms/N-DUR-1]")).hasSize(1);
    assertThat(list.select("tbody tr").size()).isGreaterThan(50);
    Document norm = page(get("/norms/N-DUR-1").with(as("web-citadel")));
    assertThat(norm.select("h1").text()).startsWith("N-DUR-1");
    assertThat(norm.select("section.article code").text()).contains("EXP_2015");
    assertThat(norm.select("details.law .text").text()).contains("Norm studieduur");
    mvc.perform(get("/norms/N-NOPE").with(as("web-citadel"))).andExpect(status().isNotFound());
  }

  @Test
  void aNormOfTheLawShowsTheWvoArticleItsSuccessorAndTheWebArticle() throws Exception {
    Document norm = page(get("/norms/N-LAW-14").with(as("web-citadel")));
    String law = norm.select("details.law .text").text();
    // WVO 10b16 and WVO 2020 2.107g say the same in other numbers; the WEB says it in "volledige studiejaren"
    assertThat(law).contains("ten minste twee en ten hoogste drie jaren").contains("volledige studiejaren");
    assertThat(norm.select("details.law").size()).isGreaterThanOrEqualTo(3);
  }
}
