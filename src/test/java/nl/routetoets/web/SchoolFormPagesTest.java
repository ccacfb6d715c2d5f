package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Role;
import nl.routetoets.service.RouteToetsApplication;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The school's application form as a browser without JavaScript posts it, on a service whose clock stands
 * in the application round for routes starting in 2017-2018 (1 October up to 1 November 2016): the
 * lookups, every problem at once in Dutch by the form's labels, the findings beside their fields, what
 * follows from a wrong level, DUS-I's judgement apart from the school's verdict, and the moment of
 * submission set by the service on receipt.
 */
@SpringBootTest(classes = RouteToetsApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:school-form-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + PageTest.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    "routetoets.clock.start=" + SchoolFormPagesTest.NOW,
    "logging.config=classpath:logback.xml"})
class SchoolFormPagesTest extends PageTest {
  /** Within the round for routes starting in 2017-2018. */
  static final String NOW = "2016-10-17T10:00:00+02:00";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  /** Two routes of Het Stedelijk Alpha (00AH): R1 a level-2 vakmanschaproute techniek, R2 a level-3 one in zorg en welzijn. */
  private static final String DEMO = "aanvraag-2017-twee-routes-techniek-en-zorg.json";

  @Autowired ApplicationWorkflow workflow;

  /** The demo for the school 30AU (the test's "web-citadel"), as a school checks it: without the reviewer's assessment. */
  private static ObjectNode application() throws Exception {
    ObjectNode doc = demo(DEMO);
    doc.withObject("/applicant/school").put("brin", "30AU").put("vestiging", "00").put("name", "Citadel College");
    doc.putNull("assessment");
    doc.remove("decidedOn");
    return doc;
  }

  /** The form post of a browser showing this document, with values changed (name, value, …; "" empties a field). */
  private static MockHttpServletRequestBuilder formPost(ObjectNode doc, String action, String... changes) {
    MockHttpServletRequestBuilder post = post("/school/check").param("action", action)
        .param("routeCount", Integer.toString(ApplicationForm.routeCount(doc))).param("base", doc.toString());
    Map<String, List<String>> values = ApplicationForm.values(doc, AMSTERDAM);
    for (int i = 0; i < changes.length; i += 2) {
      values.put(changes[i], List.of(changes[i + 1]));
    }
    values.forEach((name, v) -> post.param(name, v.stream().filter(s -> !s.isEmpty()).toArray(String[]::new)));
    return post.with(as("web-citadel"));
  }

  @Test
  void theFormOffersTheReferenceDataInsteadOfCodes() throws Exception {
    Document empty = page(get("/school/check").with(as("web-citadel")));
    assertThat(empty.select("#f-submittedAt, #f-submissionChannel")).as("the service's to set, not the school's").isEmpty();
    List<String> profielen = empty.select("#f-routes-0-vmbo-profiel option").eachAttr("value");
    TestRuleSet.get().reference().profielen().forEach(p -> assertThat(profielen).contains(p.code()));
    assertThat(empty.select("#f-routes-0-vmbo-profiel option[value=PIE]").text()).isEqualTo("PIE – Produceren, installeren en energie");
    assertThat(empty.select("#f-routes-0-mbo-domain").attr("list")).isEqualTo("dl-domains");
    assertThat(empty.select("datalist#dl-domains option")).hasSize(TestRuleSet.get().reference().domains().size());
    assertThat(empty.select("#f-applicant-school-brin").val()).isEqualTo("30AU");
    assertThat(empty.select("#f-applicant-school-brin-name").text()).isEqualTo("Citadel College, Nijmegen");
    assertThat(empty.select("#f-routes-0-mbo-qualifications input[type=checkbox]")).as("no level or domain yet: no list").isEmpty();

    // a level and a domain by its name: the list of that level and domain, each with its name; nothing is checked yet
    Document lists = page(formPost(application(), "lists", "routes[0].mbo.qualifications", "", "routes[0].mbo.domain",
        "Techniek en procesindustrie"));
    assertThat(lists.select("#result")).isEmpty();
    assertThat(lists.select("#f-routes-0-mbo-domain").val()).isEqualTo("79020");
    assertThat(lists.select("#f-routes-0-mbo-domain-name").text()).isEqualTo("c – Techniek en procesindustrie");
    var offered = lists.select("#f-routes-0-mbo-qualifications label:not(.outside) input[type=checkbox]").eachAttr("value");
    assertThat(offered).contains("25333", "25334", "25342");
    for (String crebo : offered) {
      var q = TestRuleSet.get().reference().qualification(crebo);
      assertThat(q.level()).as(crebo).isEqualTo(2);
      assertThat(q.domainLetter()).as(crebo).isEqualTo("c");
    }
    assertThat(lists.select("#f-routes-0-mbo-qualifications label:has(input[value=25333])").text())
        .isEqualTo("25333 – Monteur elektrotechnische installaties");
    // route 2's list is its own: level 3 in zorg en welzijn
    assertThat(lists.select("#f-routes-1-mbo-qualifications input[value=25491]")).hasSize(1);
  }

  /** The demo checked as if submitted now: in the round, so on time; what remains open is the reviewer's, so for the school "Voldoet". */
  @Test
  void voldoetIsReachableWhenOnlyWhatDusiJudgesIsOpen() throws Exception {
    Document page = page(formPost(application(), "check"));
    Element outcome = page.selectFirst("#result");
    assertThat(outcome.select(".route-head .badge").first().text()).isEqualTo("Voldoet");
    assertThat(outcome.select("#result-R1 .route-head .badge").text()).isEqualTo("Voldoet");
    assertThat(outcome.select("#result-R2 .route-head .badge").text()).isEqualTo("Voldoet");
    assertThat(outcome.text()).contains("17-10-2016 10:0");
    // the assessment of UR art. 3 and the career guidance of art. 5(7): shown as DUS-I's, not as open findings
    var dusi = outcome.select("section.dusi .finding");
    assertThat(dusi.select("p:first-child > strong").eachText()).containsExactlyInAnyOrder("N-APP-16", "N-PRG-8");
    assertThat(dusi.select(".badge").eachText()).containsOnly("BEOORDEELT DUS-I");
    assertThat(outcome.select(".finding.REVIEW, .finding.VIOLATION")).isEmpty();
    // the moment counted is the service's: no finding about an unknown or late moment of submission
    assertThat(outcome.text()).doesNotContain("N-APP-10", "N-APP-11");
  }

  /** The same application with a violation is not "Voldoet": the school-facing verdict only sets DUS-I's judgement apart. */
  @Test
  void aViolationKeepsTheVerdictBelowVoldoet() throws Exception {
    Document page = page(formPost(application(), "check", "routes[1].design.years", "3"));
    assertThat(page.select("#result .route-head .badge").first().text()).isEqualTo("Voldoet niet");
    assertThat(page.select("#result-R2 .route-head .badge").text()).isEqualTo("Voldoet niet");
    assertThat(page.select("#result-R1 .route-head .badge").text()).isEqualTo("Voldoet");
    // beside its field, and in the list with a link to the field by its label
    var beside = page.select(".field:has(#f-routes-1-design-years) ul.beside li.VIOLATION");
    assertThat(beside.text()).contains("N-DUR-1");
    assertThat(page.select("#f-routes-1-design-years").attr("aria-describedby")).contains("f-routes-1-design-years-findings");
    var listed = page.select("#result-R2 .finding.VIOLATION:has(strong:contains(N-DUR-1))");
    assertThat(listed.select("a[href=#f-routes-1-design-years]").text()).isEqualTo("Studieduur (jaren)");
    assertThat(beside.select("a").attr("href")).isEqualTo("#" + listed.attr("id"));
  }

  /** A wrong level makes several violations: they say they follow from it, and the findings about the level come first. */
  @Test
  void findingsThatFollowFromTheLevelSaySo() throws Exception {
    Document page = page(formPost(application(), "check", "routes[0].mbo.level", "3"));
    Element route = page.selectFirst("#result-R1");
    assertThat(route.select(".notice.cause").text()).contains("Niveau 3 past niet bij de gekozen kwalificaties: die zijn van niveau 2");
    assertThat(route.select(".notice.cause a").attr("href")).isEqualTo("#f-routes-0-mbo-level");
    var findings = route.select(".finding");
    assertThat(findings.first().select("p:first-child > strong").text()).as("the finding about the level first").isEqualTo("N-APP-4");
    var following = route.select(".finding:has(.follows)");
    assertThat(following.select("p:first-child > strong").eachText()).contains("N-DUR-1", "N-SCOPE-5").doesNotContain("N-APP-4");
    assertThat(following.select(".follows").first().text())
        .isEqualTo("Volgt uit het niveau: de route noemt niveau 3, haar kwalificaties zijn van niveau 2.");
    // what the fix names: the qualifications of the level the route says, with their names
    assertThat(route.select(".finding:has(strong:contains(N-APP-4)) .choices").first().text())
        .startsWith("Kies een kwalificatie van niveau 3 in domein c – Techniek en procesindustrie: 25");
    // and with level 2 they are gone
    Document mended = page(formPost(application(), "check", "routes[0].mbo.level", "2"));
    assertThat(mended.select("#result-R1 .finding, #result-R1 .notice.cause")).isEmpty();
  }

  /** Every format problem at once, in Dutch, by the form's labels, at the top (linking to each field) and beside each field. */
  @Test
  void everyProblemOfTheFormIsListedAtOnceInDutch() throws Exception {
    Document page = page(formPost(application(), "check", "startSchoolYear", "2017/2019", "routes[0].design.hours.total", "drie",
        "agreement.fundingTransfer.amountEur", "veel", "asOf", "31-02-2017", "routes[1].vmbo.profiel", "XYZ"));
    Element summary = page.selectFirst("[role=alert]");
    assertThat(summary.select("h2").text()).isEqualTo("Het formulier heeft 5 fouten");
    assertThat(summary.select("a").eachAttr("href")).containsExactly("#f-asOf", "#f-startSchoolYear",
        "#f-agreement-fundingTransfer-amountEur", "#f-routes-0-design-hours-total", "#f-routes-1-vmbo-profiel");
    assertThat(summary.select("a").eachText()).containsExactly("Peildatum", "Startjaar van de route", "Bedrag van de overdracht (euro)",
        "Route 1: R1 – Uren totaal", "Route 2: R2 – Profiel");
    assertThat(summary.text()).doesNotContain("is not", "whole number", "startSchoolYear", "routes[");
    assertThat(page.select("#f-startSchoolYear-err").text()).isEqualTo(
        "“2017/2019” is geen schooljaar: schrijf twee opeenvolgende jaren, bijvoorbeeld 2017-2018 of 2017/2018.");
    assertThat(page.select("#f-routes-1-vmbo-profiel-err").text()).startsWith("“XYZ” is geen vmbo-profiel. Kies een van: BWI – Bouwen")
        .contains("Z&W");
    for (Element link : summary.select("a")) {
      String id = link.attr("href").substring(1);
      assertThat(page.select(".field.has-error #" + id)).as(id).hasSize(1);
      assertThat(page.select("#" + id).attr("aria-invalid")).as(id).isEqualTo("true");
    }
    assertThat(page.select("#result .route-head .badge").first().text()).isIn("Niet te toetsen", "Eerst het formulier verbeteren");
    // and in English, in English
    Document english = page(formPost(application(), "check", "startSchoolYear", "2017/2019").param("lang", "en"));
    assertThat(english.select("#f-startSchoolYear-err").text()).startsWith("“2017/2019” is not a school year");
  }

  /** "3.000" uren and "2017/2018": read as a Dutch school writes them, shown back as the format writes them, no error. */
  @Test
  void aThousandsPointAndASlashAreReadAsDutch() throws Exception {
    Document page = page(formPost(application(), "check", "routes[0].design.hours.total", "3.000", "startSchoolYear", "2017/2018"));
    assertThat(page.select("[role=alert]")).isEmpty();
    assertThat(page.select("#f-routes-0-design-hours-total").val()).isEqualTo("3000");
    assertThat(page.select("#f-startSchoolYear").val()).isEqualTo("2017-2018");
    assertThat(page.select("#result .route-head .badge").first().text()).isEqualTo("Voldoet");
  }

  /** An uploaded file with a value the reader refuses: said in Dutch beside the field by its label, never the reader's English. */
  @Test
  void theReadersEnglishNeverReachesADutchPage() throws Exception {
    ObjectNode doc = application();
    doc.withObject("/routes/0/exams").put("vmboExamScope", "HALF");
    Document page = upload(doc);
    assertThat(page.select("#f-routes-0-exams-vmboExamScope-err").text()).isEqualTo("“HALF” is geen keuze van dit veld: kies een waarde uit de lijst.");
    Element summary = page.selectFirst("[role=alert]");
    assertThat(summary.select("a[href=#f-routes-0-exams-vmboExamScope]").text()).isEqualTo("Route 1: R1 – Omvang vmbo-examen");
    assertThat(page.select("main").text()).doesNotContain("is not one of", "exams.vmboExamScope");
    // a field the format does not know: no field of the form to stand beside, so in the summary, by its name
    ObjectNode unknown = application();
    unknown.put("onbekendVeld", true);
    Document other = upload(unknown);
    assertThat(other.selectFirst("[role=alert]").text()).contains("Het formaat van een aanvraag kent het veld “onbekendVeld” niet")
        .doesNotContain("unknown field");
  }

  private Document upload(ObjectNode doc) throws Exception {
    return page(multipart("/school/upload").file(new MockMultipartFile("file", "a.json", "application/json",
        doc.toString().getBytes(StandardCharsets.UTF_8))).with(as("web-citadel")));
  }

  /**
   * Submitted, the application's moment of submission is the moment the service received it, electronically:
   * a moment the uploaded file carried is not kept.
   */
  @Test
  void theMomentOfSubmissionIsTheMomentTheServiceReceivedIt() throws Exception {
    ObjectNode doc = application();
    doc.put("submittedAt", "2016-12-24T12:00:00+01:00");
    doc.put("submissionChannel", "PAPER");
    String id = doc.get("id").asString();
    mvc.perform(formPost(doc, "submit")).andExpect(redirectedUrl("/school/applications/" + id + "?school=30AU"));
    Caller school = new Caller("web-citadel", Role.SCHOOL, java.util.Set.of("30AU"));
    var view = workflow.view(school, new ApplicationRef(id, "30AU"));
    JsonNode stored = Json.MAPPER.readTree(workflow.document(school, new ApplicationRef(id, "30AU"), 1));
    OffsetDateTime submitted = OffsetDateTime.parse(stored.path("submittedAt").asString());
    assertThat(submitted.toInstant()).isBetween(view.createdAt().toInstant().minusSeconds(5), view.createdAt().toInstant().plusSeconds(1));
    assertThat(submitted.toInstant()).isBetween(OffsetDateTime.parse(NOW).toInstant(), OffsetDateTime.parse(NOW).plusHours(1).toInstant());
    assertThat(stored.path("submissionChannel").asString()).isEqualTo("ELECTRONIC");
    assertThat(view.current().verdict()).as("on time, and only DUS-I's judgement open").isEqualTo("NEEDS_REVIEW");
    assertThat(view.current().result().toString()).doesNotContain("N-APP-10");
    // the school's page of the submitted application reads it as the form did
    Document own = page(get("/school/applications/{id}", id).with(as("web-citadel")));
    assertThat(own.select("main > .route-head .badge").text()).isEqualTo("Voldoet");
    assertThat(own.select("section.dusi .badge").eachText()).containsOnly("BEOORDEELT DUS-I");

    // returned, a new version keeps the moment the application was first received
    Caller reviewer = new Caller("web-reviewer", Role.REVIEWER, java.util.Set.of());
    for (String route : List.of("R1", "R2")) {
      workflow.decide(reviewer, new ApplicationRef(id, "30AU"), new nl.routetoets.dusiworkflow.Views.DecisionRequest(route,
          nl.routetoets.persistence.DecisionOutcome.RETURNED, "Beschrijf de begeleiding in de beroepspraktijkvorming.", List.of()));
    }
    Document next = page(get("/school/applications/{id}/new-version", id).param("school", "30AU").with(as("web-citadel")));
    String first = submitted.atZoneSameInstant(AMSTERDAM).format(SchoolForms.DUTCH_TIME);
    assertThat(next.select("#result").text()).contains("Gecontroleerd met het moment waarop de aanvraag voor het eerst is ontvangen: " + first);
    mvc.perform(formPost(doc, "submit").param("versionOf", id)).andExpect(redirectedUrl("/school/applications/" + id + "?school=30AU"));
    JsonNode second = Json.MAPPER.readTree(workflow.document(school, new ApplicationRef(id, "30AU"), 2));
    assertThat(OffsetDateTime.parse(second.path("submittedAt").asString()).toInstant()).isEqualTo(submitted.toInstant());
  }

  @Test
  void aRefusalIsSaidInDutch() throws Exception {
    ObjectNode doc = application();
    doc.withObject("/applicant/school").put("brin", "04XU");
    Document refused = page(formPost(doc, "submit"));
    assertThat(refused.select("[role=alert]").first().text()).contains("uw account dient aanvragen in voor BRIN 30AU, niet voor 04XU");
    // with problems in the form nothing is submitted, and the form says why
    Document broken = page(formPost(application(), "submit", "routes[0].design.years", "drie"));
    assertThat(broken.select("[role=alert]").first().text()).contains("het formulier heeft nog fouten");
    assertThat(broken.select("#f-routes-0-design-years-err").text()).contains("“drie” is geen geheel getal");
  }
}
