package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Accounts.NewAccount;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import nl.routetoets.service.RouteToetsApplication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reviewer's desk in a real browser: the worklist (search in any case, the week's terms on a given day,
 * assignment, sorting), an application as a summary per route with the findings about the whole form once, a
 * decision that fails and its error summary at the top with links that put the focus on the field, one reason for
 * every route, the printable decision (its print styles, and the PDF), and the difference between two versions.
 * axe-core checks every page; a keyboard-only pass over each new page checks that no focused element is hidden.
 */
@SpringBootTest(classes = RouteToetsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:review-desk-journey;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + BrowserJourney.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    "logging.config=classpath:logback.xml"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewDeskJourneyIT extends BrowserJourney {
  /** Two routes of Het Stedelijk Alpha (00AH) starting 2017-2018: the Minister decides by 1 February 2017. */
  private static final String TWO_ROUTES = "aanvraag-2017-twee-routes-techniek-en-zorg.json";
  /** A beroepsroute in three years of Baanderherencollege (04XU); returned, and a second version in four. */
  private static final String THREE_YEARS = "aanvraag-2016-beroepsroute-drie-jaar-fout.json";
  /** The Monday of the week in which the term of 1 February 2017 falls. */
  private static final String MONDAY = "2017-01-30";

  @Autowired Accounts accounts;
  @Autowired ApplicationWorkflow workflow;
  private String twoRoutes;
  private String threeYears;

  @BeforeAll
  void start() throws Exception {
    accounts.create("test", new NewAccount("beoordelaar", PASSWORD, Role.REVIEWER, List.of()));
    accounts.create("test", new NewAccount("collega", PASSWORD, Role.REVIEWER, List.of()));
    // every demo application, each by its own school: a worklist to search in
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("demo"), "aanvraag-*.json")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path file : sorted) {
        ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(file));
        if (file.getFileName().toString().equals(TWO_ROUTES)) {
          // an agreement without a complaints clause: a finding about the application as a whole, for both routes
          doc.withObject("/agreement").put("complaints", false);
        }
        String brin = doc.path("applicant").path("school").path("brin").asString();
        try {
          workflow.submit(new Caller("school-" + brin, Role.SCHOOL, Set.of(brin)), doc.toString().getBytes(StandardCharsets.UTF_8), null);
        } catch (Refused e) {
          // a demo the service does not take (one without an asOf, say): not part of this journey
        }
      }
    }
    twoRoutes = Json.MAPPER.readTree(Files.readString(Path.of("demo", TWO_ROUTES))).path("id").asString();
    ObjectNode three = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", THREE_YEARS)));
    threeYears = three.path("id").asString();
    Caller baanderheren = new Caller("school-04XU", Role.SCHOOL, Set.of("04XU"));
    workflow.decide(new Caller("collega", Role.REVIEWER, Set.of()), new ApplicationRef(threeYears, "04XU"),
        new DecisionRequest("R1", DecisionOutcome.RETURNED, "Het formulier noemt drie jaar; de route duurt er vier.", List.of()));
    three.withObject("/routes/0/design").put("years", 4);
    three.withObject("/routes/0/design/hours").put("workplacement", 500);
    workflow.submitVersion(baanderheren, new ApplicationRef(threeYears, "04XU"), three.toString().getBytes(StandardCharsets.UTF_8), null);
    browser = new Browser();
  }

  @Test
  @Order(1)
  void aReviewerSearchesTheWorklistInAnyCaseSeesTheWeeksTermsAndTakesAnApplication() throws Exception {
    signIn("beoordelaar", PASSWORD);
    open("/review?on=" + MONDAY);
    assertThat(find("section.today h2").getText()).isEqualTo("Werkvoorraad op 30 januari 2017");
    assertThat(Integer.parseInt(find("section.today li.THIS_WEEK strong").getText())).isPositive();
    keyboardOnly("worklist");

    type("#q", "stedelijk ALPHA");
    go(find("form[role=search] button[type=submit]"));
    assertThat(browser.driver.getCurrentUrl()).contains("q=stedelijk").contains("on=" + MONDAY);
    List<WebElement> rows = all("table.worklist tbody tr");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getText()).contains(twoRoutes).contains("Het Stedelijk Alpha").contains("1 februari 2017").contains("deze week");

    go(find("table.worklist tbody tr button[type=submit]"));
    assertThat(find("[role=status]").getText()).isEqualTo("Aanvraag " + twoRoutes + " is toegewezen aan beoordelaar.");
    assertThat(browser.driver.getCurrentUrl()).contains("q=stedelijk");
    assertThat(find("table.worklist tbody tr td:last-child").getText()).startsWith("beoordelaar");
    assertThat(all("table.worklist tbody tr button")).isEmpty();
    browser.view("review-desk-worklist", "section.today");

    // what is due this week, then sorted by school; the header says how it is sorted
    open("/review?on=" + MONDAY);
    go(find("section.today li.THIS_WEEK a"));
    assertThat(all("table.worklist tbody tr")).isNotEmpty().allSatisfy(tr -> assertThat(tr.getText()).contains("deze week"));
    assertThat(all("table.worklist a[href^='/review/applications/" + twoRoutes + "']")).hasSize(1);
    open("/review?on=" + MONDAY);
    go(find("th a.sort[href*='sort=school']"));
    assertThat(find("th[aria-sort]").getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(find("th[aria-sort]").getText()).contains("School");
    go(find("th[aria-sort] a.sort"));
    assertThat(find("th[aria-sort]").getAttribute("aria-sort")).isEqualTo("descending");
  }

  @Test
  @Order(2)
  void theApplicationReadsAsASummaryAndAFailedDecisionSaysWhatToFixAtTheTop() throws Exception {
    open("/review?q=" + twoRoutes);
    go(find("table.worklist a[href^='/review/applications/" + twoRoutes + "']"));
    assertThat(find("#route-R1 .route-summary .headline").getText()).contains("BB, KB naar niveau 2").contains("Techniek en procesindustrie");
    assertThat(find("#f-routes-0-mbo-qualifications").getText()).contains("25333 Monteur elektrotechnische installaties (niveau 2)");
    assertThat(find("#f-applicant").getText()).contains("Het Stedelijk Alpha").contains("mbo College Twente-Noord");
    // the finding about the agreement: once, in its own section, linked to the clause in the summary; in no route's form
    assertThat(all("#form-findings .finding a[href='#f-agreement-complaints']")).isNotEmpty();
    assertThat(all("#decide-R1 textarea[name^='formReason'], #decide-R2 textarea[name^='formReason']")).isEmpty();
    assertThat(find("#decide-R1").getText()).doesNotContain("klacht");
    browser.view("review-desk-summary", "#route-R1");
    keyboardOnly("application");

    // approve R1 without a motivation and without a reason for the agreement's violation
    find("#outcome-R1-APPROVED").click();
    go(find("#decide-R1 button[type=submit]"));
    WebElement summary = find("main > #problems[role=alert]");
    assertThat(summary.getText()).contains("Het besluit over route R1 is niet vastgelegd")
        .contains("Motivering: Elk besluit heeft een motivering nodig.").contains("de aanvraag als geheel");
    assertThat(find("#outcome-R1-APPROVED").isSelected()).isTrue();
    browser.page("review-desk-decision-error");
    browser.view("review-desk-error-summary", "h1");
    // each link of the summary puts the focus on its field, and the field is in view
    List<String> links = summary.findElements(org.openqa.selenium.By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList();
    assertThat(links).hasSize(2);
    for (String href : links) {
      String id = href.substring(href.indexOf('#') + 1);
      find("#problems a[href='#" + id + "']").click();
      assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo(id);
      assertThat(focusedIsVisible()).isEqualTo("ok");
    }

    // one reason for the whole form, then both routes: the motivation in paragraphs
    type("#form-reasons .field:has(.badge.VIOLATION) textarea", "De klachtenregeling van de school geldt ook voor de route.");
    find("#form-reasons .field:has(.badge.VIOLATION) textarea").sendKeys(Keys.ENTER, "Zie de bijlage bij de overeenkomst.");
    go(find("#form-reasons button[type=submit]"));
    assertThat(find("[role=status]").getText()).contains("redenen");
    for (String route : List.of("R1", "R2")) {
      find("#outcome-" + route + "-APPROVED").click();
      type("#motivation-" + route, "De route voldoet aan het Besluit.");
      find("#motivation-" + route).sendKeys(Keys.ENTER, Keys.ENTER, "De kwalificaties passen bij het opleidingsdomein.");
      go(find("#decide-" + route + " button[type=submit]"));
      assertThat(find("#route-" + route + " .badge.APPROVED").getText()).isEqualTo("Goedgekeurd");
    }
    WebElement motivation = find("#route-R1 .decision p.prose");
    assertThat(motivation.getText()).isEqualTo("De route voldoet aan het Besluit.\n\nDe kwalificaties passen bij het opleidingsdomein.");
    assertThat(find("#route-R1 .decision").getText()).contains("De klachtenregeling van de school geldt ook voor de route.\nZie de bijlage");
    String history = find("#history + table").getText();
    assertThat(history).contains("Besluit vastgelegd").contains("Toegewezen aan beoordelaar").contains("Redenen bij de aanvraag als geheel")
        .doesNotContain("DECISION_RECORDED");
    browser.page("review-desk-decided");
  }

  @Test
  @Order(3)
  void theDecisionPrintsWithItsReceiptAndDownloadsAsPdf() throws Exception {
    open("/review/applications/" + twoRoutes + "?school=00AH");
    go(find("a.btn[href*='/besluit?']"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
    assertThat(find("h1").getText()).isEqualTo("Besluit op aanvraag " + twoRoutes);
    assertThat(find(".receipt h2").getText()).isEqualTo("Ontvangstbevestiging");
    assertThat(find("main").getText()).contains("Wij keuren deze leerroute goed").contains("Bezwaar");
    browser.view("review-desk-besluit", "main");
    keyboardOnly("besluit", 2);

    // printed: no toolbar, the receipt on a page of its own
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertThat(js.executeScript("return getComputedStyle(document.querySelector('.toolbar')).display")).isEqualTo("none");
    assertThat(js.executeScript("return getComputedStyle(document.querySelector('.receipt')).breakBefore")).isEqualTo("page");
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

    // the PDF, fetched in the reviewer's session
    String pdfHref = find(".toolbar a[href*='besluit.pdf']").getAttribute("href");
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
        .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    Files.write(Browser.SCREENSHOTS.resolve("besluit.pdf"), pdf.body());
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Besluit op aanvraag " + twoRoutes).contains("De kwalificaties passen bij het opleidingsdomein.")
          .contains("Ontvangstbevestiging");
    }
  }

  @Test
  @Order(4)
  void theDifferenceBetweenTwoVersionsIsShownFieldByField() throws Exception {
    open("/review?q=" + threeYears.toLowerCase(java.util.Locale.ROOT));
    go(find("table.worklist a[href^='/review/applications/" + threeYears + "']"));
    go(find("a.btn[href*='/compare']"));
    assertThat(find("h1").getText()).isEqualTo("Aanvraag " + threeYears + ": versie 1 naast versie 2");
    List<String> fields = all("table.diff tbody th").stream().map(WebElement::getText).toList();
    assertThat(fields).containsExactly("Studieduur (jaren)", "Uren beroepspraktijkvorming");
    assertThat(find("table.diff tbody tr").getText()).contains("3 jaar").contains("4 jaar");
    browser.view("review-desk-diff", "h1");
    keyboardOnly("compare");
    signOut();
  }

  /**
   * Tabs through the whole page from its start with the keyboard only; every element that takes the focus must be
   * in view and not covered by anything (WCAG 2.2 SC 2.4.11). Stops when the focus comes round again.
   */
  private void keyboardOnly(String page) {
    keyboardOnly(page, 5);
  }

  private void keyboardOnly(String page, int atLeast) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    // start at the top of the document, wherever the focus was
    js.executeScript("window.scrollTo(0, 0); const d = document.documentElement; d.setAttribute('tabindex', '-1'); d.focus();"
        + " d.removeAttribute('tabindex'); window.kbLast = null; document.querySelectorAll('[data-kb-seen]').forEach(e => e.removeAttribute('data-kb-seen'));");
    List<String> seen = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      // a date field takes the focus once per part (day, month, year): the same element again is not the way round
      String who = (String) js.executeScript("const e = document.activeElement;"
          + " if (!e || e === document.body || e === document.documentElement) return 'END';"
          + " if (e === window.kbLast) return 'SAME'; window.kbLast = e;"
          + " if (e.hasAttribute('data-kb-seen')) return 'END'; e.setAttribute('data-kb-seen', '');"
          + " return e.tagName + '#' + e.id + ' ' + (e.getAttribute('href') || e.name || e.textContent.trim().slice(0, 40));");
      if (who.equals("END")) {
        break;
      }
      if (who.equals("SAME")) {
        continue;
      }
      seen.add(who);
      String visible = focusedIsVisible();
      if (!visible.equals("ok")) {
        problems.add(who + ": " + visible);
      }
    }
    assertThat(seen).as("elements that take the focus on %s", page).hasSizeGreaterThanOrEqualTo(atLeast);
    assertThat(problems).as("focused elements hidden on %s", page).isEmpty();
  }

  /**
   * "ok" when the focused element is in the window and what is at its centre is the element itself (or its label or
   * content). A link that wraps over two lines is checked at the centre of each of its line boxes: one must be its own.
   */
  private String focusedIsVisible() {
    return (String) ((JavascriptExecutor) browser.driver).executeScript("const e = document.activeElement;"
        + " const boxes = Array.from(e.getClientRects()).filter(r => r.width > 0 && r.height > 0);"
        + " if (boxes.length === 0) return 'has no size';"
        + " const mine = hit => hit && (hit === e || e.contains(hit) || (e.labels && Array.from(e.labels).some(l => l.contains(hit))));"
        + " const seen = [];"
        + " for (const r of boxes) {"
        + "   const x = r.left + r.width / 2, y = r.top + r.height / 2;"
        + "   if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) { seen.push('outside the window at ' + Math.round(x) + ',' + Math.round(y)); continue; }"
        + "   const hit = document.elementFromPoint(x, y);"
        + "   if (mine(hit)) return 'ok';"
        + "   seen.push('covered by ' + (hit ? hit.outerHTML.slice(0, 60) : 'nothing') + ' at ' + Math.round(x) + ',' + Math.round(y));"
        + " }"
        + " return seen.join('; ');");
  }
}
