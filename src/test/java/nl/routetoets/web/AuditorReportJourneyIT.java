package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.routetoets.TestRuleSet;
import nl.routetoets.generate.Generator;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The auditor's journey in a real browser: upload a population, watch the job (its start and end in Dutch time, its
 * headline, no server path), open the report, and follow a norm to its schools to a student with the student's
 * findings; switch to English and back. axe-core checks every page on the way, and a keyboard-only pass checks that
 * the focused element is never hidden.
 */
@SpringBootTest(classes = RouteToetsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:auditor-report-journey;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + BrowserJourney.PASSWORD,
    "routetoets.reports.folder=target/report-jobs-journey",
    "logging.config=classpath:logback.xml"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditorReportJourneyIT extends BrowserJourney {
  @Autowired Accounts accounts;
  private Path population;
  private String job;

  @BeforeAll
  void start() throws Exception {
    accounts.create("test", new NewAccount("auditor", PASSWORD, Role.AUDITOR, List.of()));
    // a population with real schools and codes: experiment and law cohorts mixed
    population = Path.of("target", "populatie.jsonl").toAbsolutePath();
    Files.createDirectories(population.getParent());
    Generator g = Generator.create(new Generator.Options(700, 30, 11, Generator.Options.defaultShares()),
        TestRuleSet.RULES.resolve("reference"));
    try (var w = Files.newBufferedWriter(population, StandardCharsets.UTF_8)) {
      g.writeJsonLines(w);
    }
    browser = new Browser();
  }

  @Test
  @Order(1)
  void theAuditorUploadsAPopulationAndTheJobPageTellsWhenAndWhat() throws Exception {
    signIn("auditor", PASSWORD);
    assertThat(find("h1").getText()).isEqualTo("Rapporten");
    find("#file").sendKeys(population.toString());
    go(find("form[action='/reports'] button[type=submit]"));
    assertThat(find("h1").getText()).isEqualTo("Rapport over populatie.jsonl");
    job = URI.create(browser.driver.getCurrentUrl()).getPath().substring("/reports/".length());
    new WebDriverWait(browser.driver, Duration.ofSeconds(240)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !d.findElements(By.linkText("Rapport openen")).isEmpty());
    assertThat(find("dl.facts .badge").getText()).isEqualTo("Klaar");
    // start and end in Dutch time, in words; the headline of the report
    String dutchTime = "\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4} om \\d{2}:\\d{2}:\\d{2}";
    assertThat(find("#started").getText()).matches(dutchTime);
    assertThat(find("#finished").getText()).matches(dutchTime);
    assertThat(find("#headline").getText()).matches("Van de [\\d.]+ leesbare leerlingtrajecten voldoen er [\\d.]+ niet \\(\\d+,\\d %\\);.*");
    // never a folder of the server
    assertThat(find("main").getText()).doesNotContain("report-jobs", "target", "/input/", job + "/");
    browser.page("report-job");
    browser.view("report-job", "h1");
    keyboardOnly(30);

    // the files an office opens: the PDF and the CSV for Dutch Excel, fetched as the signed-in auditor
    HttpClient http = HttpClient.newHttpClient();
    String cookie = "JSESSIONID=" + browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(url(find("a[href$='/outputs/report.pdf']").getDomAttribute("href"))))
        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create(url(find("a[href$='/outputs/findings.csv']").getDomAttribute("href"))))
        .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("subject_type;subject_id;school;");
  }

  @Test
  @Order(2)
  void fromTheReportANormLeadsToItsSchoolsAndAStudentsFindingsInEitherLanguage() throws Exception {
    open("/reports/" + job);
    go(find("a.btn[href$='/outputs/report.html']"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
    assertThat(browser.driver.getTitle()).startsWith("Nalevingsrapport");
    assertThat(find("#kerncijfers").getText()).startsWith("Van de ");
    browser.view("report-overview", "h1");
    browser.view("report-heatmap", "#scholen h2");
    keyboardOnly(25);

    // the most violated norm → its page
    WebElement norm = find("#normen-overtreden tbody tr th a");
    String normId = norm.getText();
    go(norm);
    assertThat(find("h1").getText()).isEqualTo("Norm " + normId);
    browser.view("report-norm", "h1");
    // → the school with the most of its students breaking it, by name and BRIN
    WebElement school = find("#scholen-trajectory tbody tr th a");
    String schoolName = school.getText();
    assertThat(schoolName).matches(".+ \\([0-9A-Z]{4}\\)");
    go(school);
    assertThat(find("h1").getText()).isEqualTo(schoolName);
    assertThat(URI.create(browser.driver.getCurrentUrl()).getFragment()).isEqualTo(normId);
    // → a student listed at that norm, and the student's findings
    WebElement student = find("[id='" + normId + "'] a[href^='#s-']");
    String studentId = student.getText();
    String anchor = student.getDomAttribute("href").substring(1);
    student.click();
    WebElement section = find("[id='" + anchor + "']");
    assertThat(section.findElement(By.tagName("h4")).getText()).startsWith(studentId);
    assertThat(section.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    assertThat(section.findElement(By.cssSelector("tbody")).getText()).contains(normId);
    browser.view("report-student", "[id='" + anchor + "'] h4");
    keyboardOnly(20);

    // the same page in English, then back to the English report
    go(find(".switch a"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(find("h1").getText()).isEqualTo(schoolName);
    assertThat(find("main").getText()).contains("Findings of").doesNotContain("Bevindingen bij", "Voldoet niet");
    go(find("header a[href^='../report.en.html']"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(find("h1").getText()).isEqualTo("Compliance report on vmbo–mbo routes");
    assertThat(find("main").getText()).contains("Non-compliant").doesNotContain("Voldoet niet", "Te beoordelen");
    go(find("#normen-overtreden tbody tr th a"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("en");
    assertThat(find("h1").getText()).isEqualTo("Norm " + normId);
    assertThat(find("main").getText()).contains("Rules of this norm");
    go(find("header a[href^='../report.en.html']"));
    go(find(".switch a"));
    assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
    // the report pages are files of the job, without the service's header: sign out from the service's own page
    open("/reports");
    signOut();
  }

  /**
   * Tabs through the page from the top, as someone without a mouse does, and checks that every focused element can be
   * seen: the element at the centre of its box is the element itself, inside it, or a box that holds it (the cell of a
   * link), never another element lying over it (a sticky bar or header).
   */
  private void keyboardOnly(int tabs) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    js.executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
    int seen = 0;
    for (int i = 0; i < tabs; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      Object visible = js.executeScript(
          "var e = document.activeElement; if (!e || e === document.body) return null;"
              + "var r = e.getBoundingClientRect(); if (r.width === 0 && r.height === 0) return 'no box: ' + e.outerHTML.slice(0, 80);"
              // the browser scrolls a focused element to the edge of the window; what matters is that nothing of
              // the page lies over it once it is in view
              + "if (r.top < 0 || r.bottom > window.innerHeight || r.left < 0 || r.right > window.innerWidth) {"
              + "  e.scrollIntoView({block: 'center', inline: 'nearest'}); r = e.getBoundingClientRect(); }"
              + "var x = r.left + r.width / 2;"
              + "var y = r.top + r.height / 2;"
              + "var at = document.elementFromPoint(x, y);"
              + "return at && (at === e || e.contains(at) || at.contains(e)) ? 'ok' : 'hidden: ' + e.outerHTML.slice(0, 80) + ' under ' + (at ? at.outerHTML.slice(0, 80) : 'nothing');");
      if (visible == null) {
        continue;
      }
      assertThat(visible).as("focus %d on %s", i, browser.driver.getCurrentUrl()).isEqualTo("ok");
      seen++;
    }
    assertThat(seen).as("elements reached by keyboard").isPositive();
  }
}
