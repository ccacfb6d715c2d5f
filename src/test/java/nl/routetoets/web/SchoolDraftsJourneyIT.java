package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.document.Json;
import nl.routetoets.print.PrintablePdf;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Accounts.NewAccount;
import nl.routetoets.security.Role;
import nl.routetoets.service.RouteToetsApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 13, "no lost work" and "dialogue", in a real browser: a school saves a half-filled form and
 * finds it again after signing out; Back after a check returns to the checked form without sending it
 * again; submitting with a violation asks first; the reviewer returns a route with a question; the new
 * version shows the question, takes the answer and the projectplan (a PDF; a file that is none is
 * refused at its field), keeps the approved route approved, and the reviewer sees the answer and
 * downloads the attachment. Every new page is checked with axe-core, and tabbed through with the
 * keyboard: no focused element may be hidden (under the sticky action bar or outside the window).
 */
@SpringBootTest(classes = RouteToetsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:school-drafts-journey;DB_CLOSE_DELAY=-1",
    // the service receives the form at its own moment: the one the demo application says it was submitted
    "routetoets.clock.start=2016-10-19T14:36:00+02:00",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + BrowserJourney.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    "logging.config=classpath:logback.xml"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchoolDraftsJourneyIT extends BrowserJourney {
  /** Two routes of one form (R1 techniek, R2 zorg); the school is Het Stedelijk Alpha, BRIN 00AH. */
  private static final String DEMO = "aanvraag-2017-twee-routes-techniek-en-zorg.json";
  private static final String QUESTION = "Route R2 duurt drie jaar; art. 6 vraagt er vier.\nHoe is het vierde jaar ingeroosterd?";
  private static final String ANSWER = "Het vierde jaar staat nu in het formulier; het rooster staat in het projectplan, hoofdstuk 4.";

  @Autowired Accounts accounts;
  private String id;
  private String draft;
  private Path projectplan;

  @BeforeAll
  void start() throws Exception {
    for (var a : List.of(new NewAccount("stedelijk", PASSWORD, Role.SCHOOL, List.of("00AH")),
        new NewAccount("beoordelaar", PASSWORD, Role.REVIEWER, List.of()))) {
      accounts.create("test", a);
    }
    id = Json.MAPPER.readTree(Files.readString(Path.of("demo", DEMO))).path("id").asString();
    projectplan = Files.createTempDirectory("bijlagen").resolve("projectplan.pdf");
    Files.write(projectplan, PrintablePdf.of("<html><head><title>Projectplan</title></head><body><h1>Projectplan</h1>"
        + "<p>Hoofdstuk 4: het rooster van het vierde jaar.</p></body></html>", projectplanBase()));
    browser = new Browser();
  }

  /** The base address of the projectplan's HTML: it refers to nothing, so any folder will do. */
  private static String projectplanBase() {
    return Path.of("target").toUri().toString();
  }

  private String revision() {
    return find("#application-form input[name=revision]").getAttribute("value");
  }

  @Test
  @Order(1)
  void aHalfFilledFormIsSavedAndFoundAgainAfterSigningOut() throws Exception {
    signIn("stedelijk", PASSWORD);
    // the demo application with route R2 designed in three years (art. 6 asks four): uploaded into the form, a draft at once
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", DEMO)));
    doc.withObject("/routes/1/design").put("years", 3);
    Path file = Files.createTempFile("aanvraag", ".json");
    Files.writeString(file, doc.toPrettyString());
    go(find("nav a[href='/school/check']"));
    find("#file").sendKeys(file.toAbsolutePath().toString());
    go(find("form[action='/school/upload'] button"));
    assertThat(browser.driver.getCurrentUrl()).matches(".*/school/check/drafts/\\d+$");
    draft = URI.create(browser.driver.getCurrentUrl()).getPath();

    // a change, saved without checking
    type("#f-applicant-school-vestiging", "18");
    go(find(".sticky-actions button[value=save]"));
    assertThat(find("#draft-status").getText()).startsWith("Opgeslagen als concept op").contains("stedelijk");
    assertThat(all("#outcome")).isEmpty();
    signOut();

    signIn("stedelijk", PASSWORD);
    assertThat(find("#drafts tbody tr").getText()).contains(id).contains("Aanvraag").contains("niet gecontroleerd");
    browser.page("drafts-home");
    browser.view("drafts-home", "#drafts");
    go(find("#drafts a[href='" + draft + "']"));
    assertThat(find("#f-applicant-school-vestiging").getAttribute("value")).isEqualTo("18");
    assertThat(find("#f-routes-1-design-years").getAttribute("value")).isEqualTo("3");
    open("/school/drafts");
    assertThat(find("h1").getText()).isEqualTo("Concepten");
    keyboardPass("drafts-list");
  }

  @Test
  @Order(2)
  void backAfterACheckReturnsToTheCheckedFormWithoutSendingItAgain() throws Exception {
    open(draft);
    go(find(".sticky-actions button[value=check]"));
    assertThat(browser.driver.getCurrentUrl()).endsWith(draft);
    assertThat(find("#result-R2 .finding.VIOLATION").getText()).contains("N-DUR-1");
    String checked = revision();
    go(find("nav a[href='/school']"));
    assertThat(find("h1").getText()).isEqualTo("Mijn aanvragen");

    browser.driver.navigate().back();
    browser.visited();
    assertThat(browser.driver.getCurrentUrl()).endsWith(draft);
    assertThat(find("#result-R2 .finding.VIOLATION").getText()).contains("N-DUR-1");
    assertThat(revision()).as("Back sent nothing again").isEqualTo(checked);
    browser.driver.navigate().refresh();
    assertThat(revision()).as("nor does a reload").isEqualTo(checked);
    assertThat(find("#f-applicant-school-vestiging").getAttribute("value")).isEqualTo("18");
  }

  @Test
  @Order(3)
  void submittingWithAViolationAsksFirst() throws Exception {
    open(draft);
    go(find(".sticky-actions button[value=submit]"));
    assertThat(browser.driver.getCurrentUrl()).endsWith(draft + "/confirm");
    assertThat(find("h1").getText()).isEqualTo("Indienen met schendingen?");
    assertThat(find("[role=alert]").getText()).contains("De controle vond één schending.");
    assertThat(find("tbody tr").getText()).contains("Route R2").contains("N-DUR-1");
    browser.page("drafts-confirm");
    browser.view("drafts-confirm", "h1");
    keyboardPass("drafts-confirm");

    // not now: back to the form, nothing submitted
    go(find("a.btn[href='" + draft + "']"));
    assertThat(browser.driver.getCurrentUrl()).endsWith(draft);
    open("/school");
    assertThat(all("main table:not(.drafts) tbody tr")).isEmpty();

    // and then anyway
    open(draft);
    go(find(".sticky-actions button[value=submit]"));
    go(find("#confirm-form button[type=submit]"));
    assertThat(find("h1").getText()).isEqualTo("Aanvraag " + id);
    assertThat(find("[role=status]").getText()).contains("Versie 1 is ingediend");
    open("/school/drafts");
    assertThat(all("a[href='" + draft + "']")).as("a submitted draft is gone").isEmpty();
    signOut();
  }

  @Test
  @Order(4)
  void theReviewerApprovesOneRouteAndReturnsTheOtherWithAQuestion() throws Exception {
    signIn("beoordelaar", PASSWORD);
    open("/review/applications/" + id);
    find("#decide-R1 input[name=outcome][value=APPROVED]").click();
    type("#motivation-R1", "De route voldoet aan het Besluit en de Uitvoeringsregeling.");
    go(find("#decide-R1 button[type=submit]"));
    find("#decide-R2 input[name=outcome][value=RETURNED]").click();
    type("#motivation-R2", QUESTION);
    go(find("#decide-R2 button[type=submit]"));
    assertThat(find("dl.facts .badge").getText()).isEqualTo("Teruggestuurd");
    signOut();
  }

  @Test
  @Order(5)
  void theNewVersionShowsTheQuestionTakesTheAnswerAndThePlan() throws Exception {
    signIn("stedelijk", PASSWORD);
    go(find("a[href^='/school/applications/" + id + "?school=']"));
    go(find("a[href^='/school/applications/" + id + "/new-version?school=']"));
    assertThat(find("h1").getText()).isEqualTo("Nieuwe versie van " + id);
    assertThat(find("#questions blockquote.question").getText()).isEqualTo(QUESTION);
    assertThat(find("#questions .notice.ok").getText()).contains("Route R1 is goedgekeurd in versie 1");
    browser.page("drafts-new-version");
    browser.view("drafts-questions", "#questions");
    keyboardPass("drafts-new-version");

    // the answer, the fourth year, and a file that is no PDF: refused at its field, nothing else lost
    type("#answer-1", ANSWER);
    type("#f-routes-1-design-years", "4");
    Path notPdf = Files.createTempDirectory("bijlagen").resolve("rooster.pdf");
    Files.writeString(notPdf, "<html><body>geen pdf</body></html>");
    new Select(find("#attachment-kind")).selectByValue("PROJECTPLAN");
    find("#attachment").sendKeys(notPdf.toAbsolutePath().toString());
    go(find("#attachments button[value=save]"));
    assertThat(find("#attachment-err").getText()).contains("Dit bestand is geen PDF");
    assertThat(find("#answer-1").getAttribute("value")).isEqualTo(ANSWER);
    assertThat(find("#f-routes-1-design-years").getAttribute("value")).isEqualTo("4");
    browser.page("drafts-attachment-refused");

    find("#attachment").sendKeys(projectplan.toAbsolutePath().toString());
    go(find("#attachments button[value=save]"));
    assertThat(find("#attachments tbody tr").getText()).contains("Projectplan").contains(projectplan.getFileName().toString());
    browser.page("drafts-attachment");
    browser.view("drafts-attachments", "#attachments");

    go(find(".sticky-actions button[value=submit]"));
    assertThat(find("[role=status]").getText()).contains("Versie 2 is ingediend");
    assertThat(find("#dialogue blockquote.reply").getText()).isEqualTo(ANSWER);
    browser.page("drafts-school-application");
    signOut();
  }

  @Test
  @Order(6)
  void theReviewerSeesTheAnswerDownloadsThePlanAndRouteR1StaysApproved() throws Exception {
    signIn("beoordelaar", PASSWORD);
    open("/review/applications/" + id);
    assertThat(find("#dialogue blockquote.question").getText()).isEqualTo(QUESTION);
    assertThat(find("#dialogue blockquote.reply").getText()).isEqualTo(ANSWER);
    assertThat(find("#route-R1 .badge.APPROVED").getText()).isEqualTo("Goedgekeurd");
    assertThat(find("#route-R1").getText()).contains("Goedgekeurd in versie 1").contains("niet gewijzigd");
    assertThat(all("#decide-R1")).isEmpty();
    assertThat(all("#decide-R2")).hasSize(1);
    assertThat(all("table").get(all("table").size() - 1).getText()).contains("Route R1 blijft goedgekeurd in versie 2");
    browser.page("drafts-review");
    browser.view("drafts-review", "#dialogue");

    // the link is a download: the PDF as added, never shown inline
    String link = find("#dialogue a[href*='/attachments/']").getAttribute("href");
    String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link))
        .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(Files.readAllBytes(projectplan));
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
    assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/octet-stream");
    signOut();
  }

  /**
   * Tabs through the whole page from the top, as someone on a keyboard does, and fails on any focused
   * element that is not in view: covered by another element (the sticky action bar) or outside the
   * window. WCAG 2.2 SC 2.4.11 (focus not obscured).
   */
  private void keyboardPass(String name) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    js.executeScript("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();");
    List<String> hidden = new ArrayList<>();
    int stops = 0;
    for (int i = 0; i < 600; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      Object problem = js.executeScript(FOCUS_IN_VIEW);
      if ("END".equals(problem)) {
        break;
      }
      stops++;
      if (problem != null) {
        hidden.add(problem.toString());
      }
    }
    assertThat(stops).as("tab stops on %s", name).isGreaterThan(3);
    assertThat(hidden).as("focused but hidden on %s", name).isEmpty();
  }

  /** Null when the focused element is in view; "END" past the last; else what hides it. */
  private static final String FOCUS_IN_VIEW = """
      const e = document.activeElement;
      if (!e || e === document.body || e === document.documentElement) return 'END';
      const r = e.getBoundingClientRect();
      const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
          + (e.textContent ? ' "' + e.textContent.trim().slice(0, 30) + '"' : '');
      if (r.width === 0 || r.height === 0) return what + ' has no size';
      const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
      const y = r.top + r.height / 2;
      if (y < 0 || y >= window.innerHeight) return what + ' is outside the window';
      const at = document.elementFromPoint(x, y);
      if (at === e || e.contains(at)) return null;
      const label = at && at.closest('label');
      if (label && label.control === e) return null;
      return what + ' is covered by ' + (at ? at.tagName.toLowerCase() + '.' + at.className : 'nothing');
      """;
}
