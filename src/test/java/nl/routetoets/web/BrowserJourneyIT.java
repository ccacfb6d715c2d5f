package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Accounts.NewAccount;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Role;
import nl.routetoets.service.RouteToetsApplication;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journeys in a real browser, against the service on a random port with an in-memory database:
 * a school checks an application with a violation, fixes it on the page and submits it; a reviewer
 * finds it in the queue, approves one route and returns the other; the school sees the decision and
 * starts a new version. One browser and one application context for all of it, in order.
 */
@SpringBootTest(classes = RouteToetsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + BrowserJourneyIT.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    // the school's form is submitted at the moment the service receives it: in the round for routes starting in 2017-2018
    "routetoets.clock.start=2016-10-17T10:00:00+02:00",
    "logging.config=classpath:logback.xml"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserJourneyIT extends BrowserJourney {
  /** Two routes of one form (UR2015 art. 2(5)); the school is Het Stedelijk Alpha, BRIN 00AH. */
  private static final String DEMO = "aanvraag-2017-twee-routes-techniek-en-zorg.json";
  /** A beroepsroute designed in three years, APP-2016-0241 of Baanderherencollege (04XU). */
  private static final String VIOLATION = "aanvraag-2016-beroepsroute-drie-jaar-fout.json";

  @Autowired Accounts accounts;
  @Autowired ApplicationWorkflow workflow;
  private String id;

  @BeforeAll
  void start() throws Exception {
    for (var a : List.of(new NewAccount("stedelijk", PASSWORD, Role.SCHOOL, List.of("00AH")),
        new NewAccount("beoordelaar", PASSWORD, Role.REVIEWER, List.of()),
        new NewAccount("auditor", PASSWORD, Role.AUDITOR, List.of()))) {
      accounts.create("test", a);
    }
    id = Json.MAPPER.readTree(Files.readString(Path.of("demo", DEMO))).path("id").asString();
    // a second school's application with a violation, for the reviewer's view of findings and overrules
    accounts.create("test", new NewAccount("baanderheren", PASSWORD, Role.SCHOOL, List.of("04XU")));
    workflow.submit(new Caller("baanderheren", Role.SCHOOL, Set.of("04XU")),
        Files.readAllBytes(Path.of("demo", VIOLATION)), null);
    browser = new Browser();
  }

  @Test
  @Order(1)
  void aWrongPasswordIsRefusedOnTheStartPage() throws Exception {
    open("/");
    assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
    browser.page("start-login");
    signIn("stedelijk", "not-the-password");
    assertThat(find("[role=alert]").getText()).contains("Onjuiste gebruikersnaam of wachtwoord");
    browser.page("login-error");
  }

  @Test
  @Order(2)
  void aSchoolChecksAnApplicationWithAViolationFixesItOnThePageAndSubmitsIt() throws Exception {
    signIn("stedelijk", PASSWORD);
    assertThat(find("h1").getText()).isEqualTo("Mijn aanvragen");
    assertThat(find(".site .role").getText()).isEqualTo("school");
    browser.page("school-home");

    // a VMR3 route (level 3) designed in three years: art. 6 asks four or five
    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", DEMO)));
    doc.withObject("/routes/1/design").put("years", 3);
    Path file = Files.createTempFile("aanvraag", ".json");
    Files.writeString(file, doc.toPrettyString());
    go(find("a.btn[href='/school/check']"));
    browser.page("school-check-empty");
    find("#file").sendKeys(file.toAbsolutePath().toString());
    go(find("form[action='/school/upload'] button"));

    assertThat(find("#result-R2 .route-head .badge").getText()).isEqualTo("Voldoet niet");
    WebElement violation = find("#result-R2 .finding.VIOLATION");
    assertThat(violation.getText()).contains("N-DUR-1");
    WebElement article = find("#result-R2 section.article:has(.finding.VIOLATION)");
    assertThat(article.findElement(By.tagName("h4")).getText()).contains("art. 6");
    article.findElement(By.cssSelector("details.law summary")).click();
    assertThat(article.findElement(By.cssSelector("details.law .text")).getText()).contains("Norm studieduur");
    browser.page("school-findings");
    browser.view("school-findings", "#outcome");

    // the finding links to its field: fix it there and check again, nothing retyped
    violation.findElement(By.cssSelector("a[href='#f-routes-1-design-years']")).click();
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-routes-1-design-years");
    assertThat(find("#f-routes-1-design-years").getAttribute("value")).isEqualTo("3");
    assertThat(find("#f-applicant-school-name").getAttribute("value")).isEqualTo("Het Stedelijk Alpha");
    type("#f-routes-1-design-years", "4");
    go(find(".sticky-actions button[value=check]"));
    assertThat(all(".finding.VIOLATION")).isEmpty();
    assertThat(find("#result-R2 .route-head .badge").getText()).isEqualTo("Voldoet");
    browser.page("school-fixed");

    go(find(".sticky-actions button[value=submit]"));
    assertThat(find("h1").getText()).isEqualTo("Aanvraag " + id);
    assertThat(find("[role=status]").getText()).contains("Versie 1 is ingediend");
    assertThat(find("dl.facts .badge").getText()).isEqualTo("Ingediend");
    browser.page("school-submitted");
    signOut();
    assertThat(find("[role=status]").getText()).isEqualTo("U bent afgemeld.");
  }

  @Test
  @Order(3)
  void aReviewerFindsItInTheQueueApprovesOneRouteAndReturnsTheOther() throws Exception {
    signIn("beoordelaar", PASSWORD);
    assertThat(find("h1").getText()).isEqualTo("Wachtrij");
    assertThat(all("tbody tr")).hasSize(2);
    browser.view("review-queue", "h1");
    new org.openqa.selenium.support.ui.Select(find("#status")).selectByValue("SUBMITTED");
    type("#brin", "00AH");
    go(find("form[role=search] button"));
    assertThat(browser.driver.getCurrentUrl()).contains("status=SUBMITTED").contains("brin=00AH");
    browser.page("review-queue");
    go(find("a[href^='/review/applications/" + id + "?school=']"));
    assertThat(find("#route-R1 .route-head .badge").getText()).isEqualTo("Voldoet");
    assertThat(all("#decide-R1, #decide-R2")).hasSize(2);
    browser.page("review-application");
    browser.view("review-application", "#route-R2");

    // R1: approve with a motivation; R2: return for changes
    find("#decide-R1 input[name=outcome][value=APPROVED]").click();
    type("#motivation-R1", "De route voldoet aan het Besluit en de Uitvoeringsregeling.");
    go(find("#decide-R1 button[type=submit]"));
    assertThat(find("[role=status]").getText()).contains("route R1");
    assertThat(find("#route-R1 .badge.APPROVED").getText()).isEqualTo("Goedgekeurd");

    find("#decide-R2 input[name=outcome][value=RETURNED]").click();
    go(find("#decide-R2 button[type=submit]"));
    // no motivation: refused, the error beside the field
    assertThat(find("#decide-R2 .field.has-error #motivation-R2")).isNotNull();
    browser.page("review-decision-error");
    type("#motivation-R2", "Beschrijf in het projectplan hoe de beroepspraktijkvorming van 450 uur wordt begeleid.");
    go(find("#decide-R2 button[type=submit]"));
    assertThat(find("#route-R2 .badge.RETURNED").getText()).isEqualTo("Teruggestuurd voor wijziging");
    assertThat(find("dl.facts .badge").getText()).isEqualTo("Teruggestuurd");
    assertThat(all("table").get(all("table").size() - 1).getText()).contains("Besluit vastgelegd").contains("beoordelaar");
    browser.page("review-decided");

    // an application with a violation: its findings by article, the law's text, a reason to overrule
    open("/review");
    go(find("a[href^='/review/applications/APP-2016-0241?school=']"));
    find("#decide-R1 input[name=outcome][value=APPROVED]").click();
    type("#motivation-R1", "Het vierde studiejaar is in het programma ingeroosterd; alleen het formulier telt drie jaar.");
    find("#decide-R1 .field:has(.badge.VIOLATION) textarea").sendKeys("Zie motivering: de route duurt feitelijk vier jaar.");
    browser.view("review-violation", "#route-R1 > h3");
    WebElement duration = find("#route-R1 section.article:has(.finding.VIOLATION)");
    duration.findElement(By.cssSelector("details.law summary")).click();
    assertThat(duration.findElement(By.cssSelector("details.law .text")).getText()).contains("Norm studieduur");
    browser.page("review-violation");
    go(find("#decide-R1 button[type=submit]"));
    assertThat(find("#route-R1 .badge.APPROVED")).isNotNull();
    assertThat(find("#route-R1").getText()).contains("Zie motivering: de route duurt feitelijk vier jaar.");

    open("/review/applications/" + id);
    go(find("a[href^='/review/applications/" + id + "/recheck?school=']"));
    assertThat(find("h1").getText()).contains(id);
    browser.page("review-recheck");
    signOut();
  }

  @Test
  @Order(4)
  void theSchoolSeesTheDecisionAndStartsANewVersion() throws Exception {
    signIn("stedelijk", PASSWORD);
    assertThat(find("tbody tr").getText()).contains(id).contains("Teruggestuurd");
    go(find("a[href^='/school/applications/" + id + "?school=']"));
    String page = find("main").getText();
    assertThat(page).contains("Goedgekeurd").contains("De route voldoet aan het Besluit en de Uitvoeringsregeling.")
        .contains("Teruggestuurd voor wijziging").contains("beroepspraktijkvorming van 450 uur");
    browser.page("school-decision");
    browser.view("school-decision", "h1");
    go(find("a[href^='/school/applications/" + id + "/new-version?school=']"));
    assertThat(find("h1").getText()).isEqualTo("Nieuwe versie van " + id);
    assertThat(find("#f-routes-1-design-hours-workplacement").getAttribute("value")).isEqualTo("450");
    type("#f-routes-1-design-hours-workplacement", "500");
    go(find(".sticky-actions button[value=submit]"));
    assertThat(find("[role=status]").getText()).contains("Versie 2");
    browser.page("school-new-version");
  }

  @Test
  @Order(5)
  void theLanguageSwitchesToEnglishAndBack() throws Exception {
    open("/school");
    go(find("a[hreflang=en]"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(find("h1").getText()).isEqualTo("My applications");
    open("/norms/N-DUR-1");
    assertThat(find("a[hreflang=nl]").getText()).isEqualTo("Nederlands");
    browser.page("norm-english");
    go(find("a[hreflang=nl]"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
    // on the form the switch keeps what was typed
    open("/school/check");
    type("#f-id", "APP-2018-0001");
    go(find("button[form=application-form][name=lang]"));
    assertThat(find("h1").getText()).isEqualTo("Check an application");
    assertThat(find("#f-id").getAttribute("value")).isEqualTo("APP-2018-0001");
    go(find("button[form=application-form][name=lang]"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
  }

  @Test
  @Order(6)
  void theNormCatalogueListsEveryNormWithAPageEach() throws Exception {
    open("/norms");
    assertThat(all("tbody tr").size()).isGreaterThan(50);
    browser.page("norms");
    go(find("a[href='/norms/N-DUR-1']"));
    assertThat(find("h1").getText()).startsWith("N-DUR-1");
    browser.page("norm");
    browser.view("norm", "h1");
    open("/norms/N-NOPE");
    assertThat(find("h1").getText()).isEqualTo("Niet gevonden");
    open("/geen-pagina");
    assertThat(find("h1").getText()).isEqualTo("Niet gevonden");
    browser.page("not-found");
    open("/norms");
    signOut();
  }

  @Test
  @Order(7)
  void anAuditorUploadsTrajectoriesWatchesTheProgressAndOpensTheReport() throws Exception {
    signIn("auditor", PASSWORD);
    assertThat(find("h1").getText()).isEqualTo("Rapporten");
    find("#file").sendKeys(Path.of("demo", "trajecten.jsonl").toAbsolutePath().toString());
    go(find("form[action='/reports'] button[type=submit]"));
    assertThat(find("h1").getText()).isEqualTo("Rapport over trajecten.jsonl");
    // the page refreshes itself until the job is done
    new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !d.findElements(By.linkText("Rapport openen")).isEmpty());
    assertThat(find("dl.facts .badge").getText()).isEqualTo("Klaar");
    assertThat(find("progress").getAttribute("value")).isEqualTo("100");
    browser.page("auditor-report-job");
    browser.view("auditor-report-job", "h1");
    // the report package's own page: saved, but its accessibility is that package's to check
    leave(find("a.btn[href$='/outputs/report.html']"));
    assertThat(browser.driver.getTitle()).startsWith("Nalevingsrapport");
    browser.shot("auditor-report");
    browser.view("auditor-report", "h1");
    browser.driver.navigate().back();
    go(find("a[href='/audit']"));
    assertThat(find("main").getText()).contains("APPLICATION_SUBMITTED").contains("REPORT_FINISHED");
    browser.page("auditor-audit-log");
    signOut();
  }

  /** The browsable API page runs under its own Content-Security-Policy (its accessibility is swagger-ui's). */
  @Test
  @Order(9)
  void theBrowsableApiPageWorksUnderItsContentSecurityPolicy() throws Exception {
    browser.driver.get(url("/swagger-ui/index.html"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
    assertThat(find(".information-container .title").getText()).isNotBlank();
    assertThat(browser.blockedByPolicy()).isEmpty();
  }

  /** Without a browser, let alone JavaScript: sign in and check an application with plain HTTP form posts. */
  @Test
  @Order(8)
  void theFormsWorkWithPlainHttpPosts() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    String login = http.send(HttpRequest.newBuilder(URI.create(url("/"))).build(), HttpResponse.BodyHandlers.ofString()).body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", Jsoup.parse(login).select("form[action=/login] input[name=_csrf]").val());
    form.put("username", "stedelijk");
    form.put("password", PASSWORD);
    HttpResponse<String> home = post(http, "/login", form);
    assertThat(Jsoup.parse(home.body()).select("h1").text()).isEqualTo("Mijn aanvragen");

    ObjectNode doc = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", DEMO)));
    doc.put("id", "APP-2017-PLAIN");
    doc.withObject("/routes/0/design").put("years", 1);
    String csrf = Jsoup.parse(home.body()).select("form[action=/logout] input[name=_csrf]").val();
    Map<String, String> check = new LinkedHashMap<>();
    check.put("_csrf", csrf);
    check.put("action", "check");
    check.put("routeCount", "2");
    check.put("base", doc.toString());
    ApplicationForm.values(doc, TestRuleSet.get().parameters().timeZone())
        .forEach((name, v) -> check.put(name, v.isEmpty() ? "" : v.get(0)));
    check.put("routes[0].leerwegen", "BB");
    var page = Jsoup.parse(post(http, "/school/check", check).body());
    assertThat(page.select("#result-R1 .finding.VIOLATION").text()).contains("N-DUR-1");
    assertThat(page.select("#f-routes-0-design-years").val()).isEqualTo("1");
  }

  /** A route under the law has no application: the school checks the boards' plan, mends what the form cannot read, in Dutch. */
  @Test
  @Order(10)
  void aSchoolChecksAPlanForARouteUnderTheLaw() throws Exception {
    signIn("stedelijk", PASSWORD);
    go(find("nav a[href='/school/route']"));
    assertThat(find("#f-provider-school-brin").getAttribute("value")).isEqualTo("00AH");
    browser.page("school-route-empty");

    // a figure that is no whole number, and no peildatum: both named beside their fields, in Dutch, and in the summary
    type("#f-id", "DLR-00AH-PROEF");
    type("#f-design-hours-total", "4,5");
    go(find(".sticky-actions button[value=check]"));
    assertThat(find(".field.has-error #f-design-hours-total")).isNotNull();
    assertThat(find("#f-design-hours-total-err").getText()).contains("geen geheel getal");
    assertThat(find("#f-asOf-err").getText()).contains("nooit de datum van vandaag");
    browser.page("school-route-errors");
    find("[role=alert] a[href='#f-design-hours-total']").click();
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-design-hours-total");

    // the example plan of the formats, uploaded: checked under the law on its own peildatum
    find("#file").sendKeys(Path.of("src/test/resources/route/dlr-voorbeeld.json").toAbsolutePath().toString());
    go(find("form[action='/school/route/upload'] button"));
    assertThat(find("#result .route-head").getText()).contains("2021-09-15").contains("LAW_2020");
    assertThat(new org.openqa.selenium.support.ui.Select(find("#f-vmbo-profiel")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("MVI");
    browser.page("school-route-checked");
    browser.view("school-route", "#result");

    // what if no melding was made: the law's finding stands beside the melding field and in the list, linked to it
    new org.openqa.selenium.support.ui.Select(find("#f-melding")).selectByValue("NONE");
    go(find(".sticky-actions button[value=check]"));
    assertThat(find("#result .route-head .badge").getAttribute("class")).contains("NON_COMPLIANT");
    assertThat(all(".field:has(#f-melding) ul.beside li.VIOLATION")).isNotEmpty();
    assertThat(all("#result .finding a[href='#f-melding']")).isNotEmpty();
    browser.page("school-route-findings");
    browser.view("school-route-findings", ".field:has(#f-melding)");

    // the language switch keeps what was typed
    type("#f-design-years", "5");
    go(find("button[form=route-form][name=lang]"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(find("#f-design-years").getAttribute("value")).isEqualTo("5");
    browser.page("school-route-english");
    go(find("button[form=route-form][name=lang]"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
    signOut();
  }

}
