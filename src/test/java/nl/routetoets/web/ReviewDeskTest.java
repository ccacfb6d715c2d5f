package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.dusiworkflow.ReviewDesk;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.dusiworkflow.Views.Urgency;
import nl.routetoets.dusiworkflow.Views.Worklist;
import nl.routetoets.dusiworkflow.Views.WorklistRequest;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.ReviewDeskStore;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Role;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reviewer's desk through MockMvc: the worklist's search (any case), sorting, paging, assignment and decision
 * terms; the application as a summary with names from the reference data; the difference between versions; a failed
 * decision's error summary; the findings about the whole form once, with one reason for every route; the printable
 * decision as HTML and as PDF; the history in words.
 */
class ReviewDeskTest extends PageTest {
  private static final Caller BAANDERHEREN = new Caller("web-baanderheren", Role.SCHOOL, Set.of("04XU"));
  private static final Caller CITADEL = new Caller("web-citadel", Role.SCHOOL, Set.of("30AU"));
  private static final Caller REVIEWER = new Caller("web-reviewer", Role.REVIEWER, Set.of());

  @Autowired ApplicationWorkflow workflow;
  @Autowired ReviewDesk desk;
  @Autowired Checks checks;
  @Autowired ApplicationStore applications;
  @Autowired ReviewDeskStore deskStore;
  @Autowired AuditLog audit;

  /**
   * The CSRF token as a browser has it: from a page's form, with the session (or, without one, the cookie) that came
   * with it. Not the test support's {@code csrf()}, which swaps the service's token repository (session or cookie) for
   * one that keeps every token in a session, for the rest of the shared application context: a later test of the
   * anonymous visitor would then find a session where the service makes none.
   */
  private RequestPostProcessor csrfOf(String user) throws Exception {
    MvcResult form = mvc.perform(get("/review").with(as(user))).andReturn();
    String token = Jsoup.parse(form.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("input[name=_csrf]").first().val();
    HttpSession session = form.getRequest().getSession(false);
    Cookie cookie = form.getResponse().getCookie("routetoets-csrf");
    assertThat(session != null || cookie != null).as("the CSRF token is kept in a session or a cookie").isTrue();
    return request -> {
      if (session != null) {
        request.setSession(session);
      } else {
        request.setCookies(cookie);
      }
      request.addParameter("_csrf", token);
      return request;
    };
  }

  /** A demo application of Baanderherencollege (04XU) under a fresh id, its school's name changed to {@code name}. */
  private String submit(String demo, String name, Caller school, String brin) throws Exception {
    ObjectNode doc = demo(demo);
    ((ObjectNode) doc.get("applicant").get("school")).put("name", name).put("brin", brin);
    workflow.submit(school, doc.toString().getBytes(StandardCharsets.UTF_8), null);
    return doc.get("id").asString();
  }

  private static List<String> ids(Document page) {
    return page.select("table.worklist tbody tr td:first-child a").eachText();
  }

  @Test
  void theSearchFindsAnIdASchoolNameOrABrinInAnyCase() throws Exception {
    String id = submit("aanvraag-2016-beroepsroute-drie-jaar-fout.json", "Zoekschool De Vlonder", BAANDERHEREN, "04XU");

    assertThat(ids(page(get("/review").param("q", "zoekSCHOOL de vlonder").with(as("web-reviewer"))))).containsExactly(id);
    assertThat(ids(page(get("/review").param("q", id.toLowerCase(java.util.Locale.ROOT)).with(as("web-reviewer"))))).containsExactly(id);
    Document byBrin = page(get("/review").param("q", "04xu").param("sort", "id").with(as("web-reviewer")));
    assertThat(ids(byBrin)).contains(id);
    assertThat(byBrin.select("table.worklist tbody tr td:nth-child(2) .block").eachText()).containsOnly("BRIN 04XU");
    // the name is shown beside the BRIN, and a search that matches nothing says so
    assertThat(byBrin.select("tr#" + ReviewPages.anchor(id) + " td:nth-child(2)").text()).contains("Zoekschool De Vlonder");
    Document none = page(get("/review").param("q", "geen-zulke-school").with(as("web-reviewer")));
    assertThat(none.select("table.worklist")).isEmpty();
    assertThat(none.select("main").text()).contains("Geen aanvragen");
  }

  @Test
  void theWorklistPagesAndSortsBothWays() throws Exception {
    List<String> submitted = new ArrayList<>();
    for (int i = 0; i < 27; i++) {
      submitted.add(submit("aanvraag-2016-vmr2-zorg-en-welzijn.json", "Paginaschool " + (char) ('A' + i % 26) + i, CITADEL, "30AU"));
    }
    List<String> sorted = new ArrayList<>(submitted);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);

    Document first = page(get("/review").param("q", "paginaschool").param("sort", "id").with(as("web-reviewer")));
    assertThat(first.select("caption").text()).isEqualTo("27 aanvragen · pagina 1 van 2");
    assertThat(first.select("th[aria-sort=ascending]").text()).contains("Aanvraag");
    String next = first.select("nav.pages a[rel=next]").attr("href");
    assertThat(next).contains("page=2").contains("q=paginaschool").contains("sort=id");
    Document second = page(get(next).with(as("web-reviewer")));
    assertThat(second.select("nav.pages a[rel=prev]")).hasSize(1);
    List<String> both = new ArrayList<>(ids(first));
    both.addAll(ids(second));
    assertThat(ids(first)).hasSize(ReviewDesk.PAGE_SIZE);
    assertThat(both).isEqualTo(sorted);

    // the header sorts the other way round when it is sorted so already
    String descending = first.select("th[aria-sort=ascending] a.sort").attr("href");
    assertThat(descending).contains("dir=desc");
    Document reversed = page(get(descending).with(as("web-reviewer")));
    assertThat(reversed.select("th[aria-sort=descending]").text()).contains("Aanvraag");
    assertThat(ids(reversed).get(0)).isEqualTo(sorted.get(sorted.size() - 1));

    // by school name, case aside: "Paginaschool A0", "Paginaschool A26", "Paginaschool B1", …
    Document bySchool = page(get("/review").param("q", "paginaschool").param("sort", "school").with(as("web-reviewer")));
    List<String> names = bySchool.select("table.worklist tbody tr td:nth-child(2) > span:first-child").eachText();
    assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).startsWith("Paginaschool A0", "Paginaschool A26");

    Document bad = page(get("/review").param("sort", "kleur").with(as("web-reviewer")));
    assertThat(bad.select("[role=alert]").text()).contains("sort");
  }

  @Test
  void aReviewerAssignsAnApplicationAndTheAuditLogAndHistoryRecordIt() throws Exception {
    String id = submit("aanvraag-2016-beroepsroute-drie-jaar-fout.json", "Toewijsschool", BAANDERHEREN, "04XU");
    mvc.perform(post("/review/applications/{id}/assignment", id).param("school", "04XU").param("reviewer", "web-reviewer")
        .param("back", "?q=toewijsschool").with(as("web-reviewer")).with(csrfOf("web-reviewer")))
        .andExpect(status().is3xxRedirection())
        .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/review?q=toewijsschool#" + ReviewPages.anchor(id)));
    Document mine = page(get("/review").param("assignee", "me").param("q", "toewijsschool").with(as("web-reviewer")));
    assertThat(ids(mine)).containsExactly(id);
    assertThat(mine.select("tr#" + ReviewPages.anchor(id) + " td:last-child").text()).startsWith("web-reviewer");
    assertThat(ids(page(get("/review").param("assignee", "none").param("q", "toewijsschool").with(as("web-reviewer"))))).isEmpty();

    assertThat(audit.list("application:04XU/" + id, 10)).anySatisfy(e -> {
      assertThat(e.action()).isEqualTo(AuditAction.APPLICATION_ASSIGNED);
      assertThat(e.actor()).isEqualTo("web-reviewer");
    });
    Document app = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    assertThat(app.select("#history ~ table").text()).contains("Toegewezen aan web-reviewer").doesNotContain("APPLICATION_ASSIGNED");
    assertThat(app.select("#reviewer option[selected]").val()).isEqualTo("web-reviewer");

    // only to a reviewer, only by a reviewer; and taking it back
    mvc.perform(post("/review/applications/{id}/assignment", id).param("reviewer", "web-auditor").with(as("web-reviewer")).with(csrfOf("web-reviewer")))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(post("/review/applications/{id}/assignment", id).param("reviewer", "web-reviewer").with(as("web-auditor")).with(csrfOf("web-auditor")))
        .andExpect(status().isForbidden());
    mvc.perform(post("/review/applications/{id}/assignment", id).param("reviewer", "").with(as("web-reviewer")).with(csrfOf("web-reviewer")))
        .andExpect(status().is3xxRedirection());
    assertThat(ids(page(get("/review").param("assignee", "none").param("q", "toewijsschool").with(as("web-reviewer"))))).containsExactly(id);
  }

  @Test
  void theDecisionTermComesFromTheRuleSetsRoundsAndTheWeekFromTheGivenDay() throws Exception {
    // two routes starting 2017-2018: the Minister decides by 1 February 2017 (UR2015 art. 4(1), aanvraagrondes.json)
    String id = submit("aanvraag-2017-twee-routes-techniek-en-zorg.json", "Termijnschool", CITADEL, "30AU");
    LocalDate decisionBy = checks.live().current().parameters().rounds().stream()
        .filter(r -> r.startSchoolYear().toString().equals("2017-2018")).map(r -> r.decisionBy()).min(LocalDate::compareTo).orElseThrow();
    assertThat(decisionBy).isEqualTo(LocalDate.of(2017, 2, 1));
    assertThat(desk.term("2016-2017").decisionBy()).isEqualTo(LocalDate.of(2016, 3, 1));
    assertThat(desk.term("2016-2017").source()).contains("art. 5");
    assertThat(desk.term("2025-2026")).isNull();

    Document monday = page(get("/review").param("q", "termijnschool").param("on", "2017-01-30").with(as("web-reviewer")));
    Element row = monday.selectFirst("tr#" + ReviewPages.anchor(id));
    assertThat(row.select("td:nth-child(7)").text()).startsWith("1 februari 2017").contains("deze week");
    assertThat(monday.select("section.today h2").text()).isEqualTo("Werkvoorraad op 30 januari 2017");
    assertThat(ids(page(get("/review").param("q", "termijnschool").param("due", "week").param("on", "2017-01-30")
        .with(as("web-reviewer"))))).containsExactly(id);
    assertThat(ids(page(get("/review").param("q", "termijnschool").param("due", "overdue").param("on", "2017-01-30")
        .with(as("web-reviewer"))))).isEmpty();
    // a day after the term: overdue, no longer this week's
    Document late = page(get("/review").param("q", "termijnschool").param("on", "2017-02-02").with(as("web-reviewer")));
    assertThat(late.selectFirst("tr#" + ReviewPages.anchor(id)).select("td:nth-child(7)").text()).contains("termijn verstreken");
    assertThat(ids(page(get("/review").param("q", "termijnschool").param("due", "overdue").param("on", "2017-02-02")
        .with(as("web-reviewer"))))).containsExactly(id);
    assertThat(ids(page(get("/review").param("q", "termijnschool").param("due", "week").param("on", "2017-02-02")
        .with(as("web-reviewer"))))).isEmpty();
    // the week runs to Sunday: on Thursday 26 January the term of Wednesday 1 February is next week's
    assertThat(ReviewDesk.weekEnd(LocalDate.of(2017, 1, 26))).isEqualTo(LocalDate.of(2017, 1, 29));
    assertThat(ReviewDesk.urgency(ApplicationStatus.SUBMITTED, desk.term("2017-2018"), LocalDate.of(2017, 1, 26))).isEqualTo(Urgency.LATER);
    assertThat(ReviewDesk.urgency(ApplicationStatus.RETURNED, desk.term("2017-2018"), LocalDate.of(2017, 2, 2)))
        .isEqualTo(Urgency.WITH_SCHOOL);
    assertThat(ReviewDesk.urgency(ApplicationStatus.IN_REVIEW, null, LocalDate.of(2017, 2, 2))).isEqualTo(Urgency.NO_TERM);
    Document app = page(get("/review/applications/{id}", id).param("on", "2017-01-31").with(as("web-reviewer")));
    assertThat(app.select("dl.facts").text()).contains("uiterlijk 1 februari 2017").contains("deze week");
  }

  /** "Today" is the service's clock in Dutch time; a desk on a fixed clock counts the week from that day. */
  @Test
  void withoutADayTheDeskCountsFromItsClock(@Autowired Accounts accounts) throws Exception {
    String id = submit("aanvraag-2017-twee-routes-techniek-en-zorg.json", "Klokschool", CITADEL, "30AU");
    // 23:30 UTC on Monday 30 January is already Tuesday 31 January in Amsterdam
    Clock clock = Clock.fixed(Instant.parse("2017-01-30T23:30:00Z"), ZoneOffset.UTC);
    ReviewDesk fixed = new ReviewDesk(workflow, applications, deskStore, checks, accounts, audit, clock);
    assertThat(fixed.today()).isEqualTo(LocalDate.of(2017, 1, 31));
    Worklist list = fixed.worklist(REVIEWER, new WorklistRequest("klokschool", null, null, null, null, null, null, "week", null, null, 1, 0, null));
    assertThat(list.today()).isEqualTo(LocalDate.of(2017, 1, 31));
    assertThat(list.weekEnd()).isEqualTo(LocalDate.of(2017, 2, 5));
    assertThat(list.entries()).extracting(e -> e.id()).containsExactly(id);
    assertThat(list.entries().get(0).urgency()).isEqualTo(Urgency.THIS_WEEK);
  }

  @Test
  void theApplicationReadsAsASummaryPerRouteWithNamesFromTheReferenceData() throws Exception {
    String id = submit("aanvraag-2017-twee-routes-techniek-en-zorg.json", "Het Stedelijk Gamma", CITADEL, "30AU");
    Document app = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    assertThat(app.select("#f-applicant").text()).contains("Het Stedelijk Gamma").contains("mbo College Twente-Noord")
        .contains("school en instelling samen");
    assertThat(app.select("#f-agreement").text()).contains("Klachtenregeling ja");
    Element r1 = app.selectFirst("#route-R1 .route-summary");
    assertThat(r1.select(".headline").text()).contains("vakmanschaproute").contains("BB, KB naar niveau 2")
        .contains("c – Techniek en procesindustrie").contains("3 jaar");
    assertThat(r1.select("#f-routes-0-mbo-qualifications").text())
        .contains("25333 Monteur elektrotechnische installaties (niveau 2)").contains("25342 Monteur mechatronica (niveau 2)");
    assertThat(r1.select("#f-routes-0-vmbo-profiel").text()).isEqualTo("PIE – Produceren, installeren en energie");
    assertThat(r1.select("#f-routes-0-design-hours-total").text()).isEqualTo("3.000");
    assertThat(app.select("#f-routes-1-mbo-domain").text()).isEqualTo("o – Zorg en welzijn (79140)");
    assertThat(app.select("#f-submittedAt").text()).isEqualTo("19 oktober 2016, 14:36");
    // English: the same values in English words, the names as the reference data has them
    Document en = page(get("/review/applications/{id}", id).param("lang", "en").with(as("web-reviewer")));
    assertThat(en.select("#f-routes-0-mbo-level").text()).isEqualTo("level 2");
    assertThat(en.select("#f-routes-0-design-hours-total").text()).isEqualTo("3,000");
  }

  @Test
  void twoVersionsAreComparedFieldByFieldWithTheFormsLabels() throws Exception {
    ObjectNode doc = demo("aanvraag-2016-beroepsroute-drie-jaar-fout.json");
    String id = doc.get("id").asString();
    workflow.submit(BAANDERHEREN, doc.toString().getBytes(StandardCharsets.UTF_8), null);
    workflow.decide(REVIEWER, new ApplicationRef(id, "04XU"), new DecisionRequest("R1", DecisionOutcome.RETURNED,
        "Vier jaar, graag.", List.of()));
    doc.withObject("/routes/0/design").put("years", 4);
    doc.withObject("/applicant/institution").put("name", "mbo College Kempen");
    workflow.submitVersion(BAANDERHEREN, new ApplicationRef(id, "04XU"), doc.toString().getBytes(StandardCharsets.UTF_8), null);

    Document app = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    String compare = app.select("a[href*=/compare]").attr("href");
    Document diff = page(get(compare).with(as("web-reviewer")));
    assertThat(diff.select("h1").text()).isEqualTo("Aanvraag " + id + ": versie 1 naast versie 2");
    assertThat(diff.select("table.diff tbody tr")).hasSize(2);
    Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
    diff.select("table.diff tbody tr").forEach(tr -> rows.put(tr.selectFirst("th").text(), tr.select("td").eachText()));
    assertThat(rows).containsExactly(
        Map.entry("Naam van de mbo-instelling", List.of("De aanvraag", "mbo College Kempen-Dommel", "mbo College Kempen")),
        Map.entry("Studieduur (jaren)", List.of("Route R1", "3 jaar", "4 jaar")));
    assertThat(diff.select(".card dl.facts").text()).contains("Voldoet niet").contains("Voldoet");
    Document same = page(get("/review/applications/{id}/compare", id).param("from", "2").param("to", "2").with(as("web-reviewer")));
    assertThat(same.select("main").text()).contains("De twee versies zijn gelijk");
    mvc.perform(get("/review/applications/{id}/compare", id).param("from", "7").with(as("web-reviewer"))).andExpect(status().isNotFound());
    page(get("/review/applications/{id}/compare", id).param("lang", "en").with(as("web-auditor")));
  }

  @Test
  void aFailedDecisionListsEveryProblemAtTheTopWithALinkToItsField() throws Exception {
    String id = submit("aanvraag-2016-beroepsroute-drie-jaar-fout.json", "Foutschool", BAANDERHEREN, "04XU");
    Document app = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    String reason = app.select("#decide-R1 .field:has(.badge.VIOLATION) textarea").attr("name");
    String reasonId = app.select("#decide-R1 .field:has(.badge.VIOLATION) textarea").attr("id");

    Document refused = page(post("/review/applications/{id}/decisions", id).param("routeId", "R1").param("outcome", "APPROVED")
        .param("motivation", "").with(as("web-reviewer")).with(csrfOf("web-reviewer")));
    Element summary = refused.selectFirst("main > #problems[role=alert]");
    assertThat(summary).isNotNull();
    // at the top: before the first section of the page
    assertThat(summary.elementSiblingIndex()).isLessThan(refused.selectFirst("main > #summary").elementSiblingIndex());
    assertThat(summary.select("a").eachAttr("href")).containsExactly("#motivation-R1", "#" + reasonId);
    assertThat(summary.text()).contains("Motivering: Elk besluit heeft een motivering nodig.")
        .contains("Goedkeuren wijkt af van deze SCHENDING");
    for (String href : summary.select("a").eachAttr("href")) {
      assertThat(refused.select(href)).as(href).hasSize(1);
    }
    assertThat(refused.select(".field.has-error #motivation-R1")).hasSize(1);
    assertThat(refused.select("#decide-R1 input[value=APPROVED]").hasAttr("checked")).isTrue();
    assertThat(refused.select("#decide-R1 .notice.error")).isEmpty();

    // reasons are several lines; they are kept, and shown with their line breaks
    mvc.perform(post("/review/applications/{id}/decisions", id).param("routeId", "R1").param("outcome", "APPROVED")
        .param("motivation", "Eerste alinea.\n\nTweede alinea.").param(reason, "Regel een.\nRegel twee.")
        .with(as("web-reviewer")).with(csrfOf("web-reviewer"))).andExpect(status().is3xxRedirection());
    Document decided = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    assertThat(decided.select("#route-R1 .decision p.prose").first().wholeText()).isEqualTo("Eerste alinea.\n\nTweede alinea.");
    assertThat(decided.select("#route-R1 .decision .reasons .prose").first().wholeText()).isEqualTo("Regel een.\nRegel twee.");
    // the history in words, not codes
    String history = decided.select("#history ~ table").text();
    assertThat(history).contains("Aanvraag ingediend").contains("Besluit vastgelegd").contains("Versie 1, route R1: Goedgekeurd")
        .contains("afgeweken van één bevinding").doesNotContain("DECISION_RECORDED").doesNotContain("APPLICATION_SUBMITTED");
  }

  @Test
  void findingsAboutTheWholeFormAreShownOnceAndOneReasonServesEveryRoute() throws Exception {
    ObjectNode doc = demo("aanvraag-2017-twee-routes-techniek-en-zorg.json");
    String id = doc.get("id").asString();
    ((ObjectNode) doc.get("applicant").get("school")).put("brin", "30AU");
    doc.withObject("/agreement").put("complaints", false);
    workflow.submit(CITADEL, doc.toString().getBytes(StandardCharsets.UTF_8), null);

    Document app = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    List<String> formNorms = app.select("#form-findings .finding strong").eachText();
    assertThat(formNorms).isNotEmpty();
    String norm = app.select("#form-reasons .field:has(.badge.VIOLATION) label span:last-child").first().text().split(":")[0];
    // once in the findings and once with its reason field; in no route's form
    assertThat(app.select("#decide-R1 label, #decide-R2 label").text()).doesNotContain(norm + ":");
    assertThat(app.select("#route-R1 .finding, #route-R2 .finding").select("strong").eachText()).doesNotContain(norm);
    // and it links to the value it is about in the summary
    assertThat(app.select("#form-findings .finding a[href=#f-agreement-complaints]")).isNotEmpty();
    assertThat(app.select("#f-agreement-complaints")).hasSize(1);

    // approving a route without a reason for it: refused, the summary links to the one reason field
    Document refused = page(post("/review/applications/{id}/decisions", id).param("routeId", "R1").param("outcome", "APPROVED")
        .param("motivation", "Voldoet.").with(as("web-reviewer")).with(csrfOf("web-reviewer")));
    String formReason = refused.select("#form-reasons .field:has(.badge.VIOLATION) textarea").attr("id");
    assertThat(refused.select("#problems a").eachAttr("href")).contains("#" + formReason);
    assertThat(refused.select(".field.has-error #" + formReason)).hasSize(1);

    // the reason given once goes with both routes' approvals
    String name = refused.select("#" + formReason).attr("name");
    mvc.perform(post("/review/applications/{id}/reasons", id).param(name, "De klachtenregeling van de school geldt.\nZie bijlage 3.")
        .with(as("web-reviewer")).with(csrfOf("web-reviewer"))).andExpect(status().is3xxRedirection());
    for (String route : List.of("R1", "R2")) {
      mvc.perform(post("/review/applications/{id}/decisions", id).param("routeId", route).param("outcome", "APPROVED")
          .param("motivation", "Voldoet.").with(as("web-reviewer")).with(csrfOf("web-reviewer"))).andExpect(status().is3xxRedirection());
    }
    var decisions = workflow.view(REVIEWER, new ApplicationRef(id, "30AU")).current().decisions();
    assertThat(decisions).hasSize(2).allSatisfy(d -> assertThat(d.overrules()).anySatisfy(o -> {
      assertThat(o.norm()).isEqualTo(norm);
      assertThat(o.reason()).isEqualTo("De klachtenregeling van de school geldt.\nZie bijlage 3.");
    }));
    Document done = page(get("/review/applications/{id}", id).with(as("web-reviewer")));
    assertThat(done.select("#form-reasons")).isEmpty();
    assertThat(done.select("#history ~ table").text()).contains("Redenen bij de aanvraag als geheel");
  }

  @Test
  void theDecisionPrintsAsHtmlAndAsAPdfInDutchWithItsReceipt() throws Exception {
    String id = submit("aanvraag-2017-twee-routes-techniek-en-zorg.json", "Het Stedelijk Delta", CITADEL, "30AU");
    mvc.perform(get("/review/applications/{id}/besluit", id).with(as("web-reviewer"))).andExpect(status().isNotFound());
    workflow.decide(REVIEWER, new ApplicationRef(id, "30AU"), new DecisionRequest("R1", DecisionOutcome.APPROVED,
        "De route voldoet aan het Besluit.\nDe kwalificaties passen bij het domein.", List.of()));

    // in English too the decision is Dutch: the language of the decision
    Document html = page(get("/review/applications/{id}/besluit", id).param("lang", "en").with(as("web-reviewer")));
    assertThat(html.select("html").attr("lang")).isEqualTo("nl");
    assertThat(html.select("h1").text()).isEqualTo("Besluit op aanvraag " + id);
    assertThat(html.select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/besluit.css");
    assertThat(html.select(".route h2").text()).contains("Route R1").contains("Goedgekeurd");
    assertThat(html.select(".route .prose").first().wholeText()).isEqualTo("De route voldoet aan het Besluit.\nDe kwalificaties passen bij het domein.");
    assertThat(html.select(".route table.scope").text()).contains("25333 Monteur elektrotechnische installaties (niveau 2)")
        .contains("c – Techniek en procesindustrie");
    assertThat(html.select(".draft").text()).contains("Nog zonder besluit: R2");
    assertThat(html.select(".receipt h2").text()).isEqualTo("Ontvangstbevestiging");
    assertThat(html.select(".receipt").text()).contains(workflow.view(REVIEWER, new ApplicationRef(id, "30AU")).current().documentSha256());
    assertThat(html.select("header.toolbar a[href*=besluit.pdf]").attr("href"))
        .isEqualTo("/review/applications/" + id + "/besluit.pdf?school=30AU&version=1");

    var response = mvc.perform(get("/review/applications/{id}/besluit.pdf", id).with(as("web-auditor")))
        .andExpect(status().isOk()).andReturn().getResponse();
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    assertThat(response.getHeader("Content-Disposition")).contains("besluit-" + id + "-v1.pdf");
    byte[] pdf = response.getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Besluit op aanvraag " + id).contains("Het bevoegd gezag van Het Stedelijk Delta (BRIN 30AU)")
          .contains("Wij keuren deze leerroute goed").contains("De route voldoet aan het Besluit.")
          .contains("De kwalificaties passen bij het domein.").contains("Ontvangstbevestiging").contains("c – Techniek en procesindustrie")
          .contains("Bezwaar");
      assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
    }
    mvc.perform(get("/review/applications/{id}/besluit.pdf", id).with(as("web-citadel"))).andExpect(status().isForbidden());
  }

  @Test
  void theNewPagesHaveTheirTextsInBothLanguages() throws Exception {
    String id = submit("aanvraag-2016-beroepsroute-drie-jaar-fout.json", "Taalschool", BAANDERHEREN, "04XU");
    for (String lang : List.of("nl", "en")) {
      for (String user : List.of("web-reviewer", "web-auditor")) {
        for (String path : List.of("/review", "/review?due=week", "/review/applications/" + id, "/review/applications/" + id + "/compare")) {
          Document page = page(get(path).param("lang", lang).with(as(user)));
          assertThat(page.select("html").attr("lang")).as(path).isEqualTo(lang);
        }
      }
    }
  }
}
