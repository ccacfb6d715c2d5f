package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.ApplicationWorkflow;
import nl.routetoets.security.Accounts;
import nl.routetoets.security.Accounts.NewAccount;
import nl.routetoets.security.Caller;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.node.ObjectNode;

/**
 * A school fills in an application from an empty form to "Voldoet" in a real browser, choosing the
 * profiel, the domain (typed by its name), the qualifications and the partner institution from lists,
 * without typing a code; on the way every problem of the form is listed at the top with a link to its
 * field, a finding stands beside its field, and a keyboard-only pass shows that the sticky action bar
 * never hides the focused element (WCAG 2.2 SC 2.4.11). Then the same for a route under the law. The
 * service's clock stands in the round for routes starting in 2017-2018, so that submitting now is on time.
 */
@SpringBootTest(classes = RouteToetsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:school-form-journey;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + BrowserJourney.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    "routetoets.clock.start=2016-10-17T10:00:00+02:00",
    "logging.config=classpath:logback.xml"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchoolFormJourneyIT extends BrowserJourney {
  @Autowired Accounts accounts;
  @Autowired ApplicationWorkflow workflow;

  @BeforeAll
  void start() throws Exception {
    accounts.create("test", new NewAccount("alpha", PASSWORD, Role.SCHOOL, List.of("00AH")));
    // an earlier application of the school names its partner institution: the form offers it by name
    ObjectNode earlier = (ObjectNode) Json.MAPPER.readTree(Files.readString(Path.of("demo", "aanvraag-2017-twee-routes-techniek-en-zorg.json")));
    earlier.put("id", "APP-2017-EERDER");
    workflow.submit(new Caller("alpha", Role.SCHOOL, Set.of("00AH")), Json.MAPPER.writeValueAsBytes(earlier), null);
    browser = new Browser();
  }

  private JavascriptExecutor js() {
    return browser.driver;
  }

  /**
   * Clicks an element as a person would after scrolling it to the middle of the window: chromedriver
   * clicks an element it finds in the window without scrolling, even where the sticky bar covers it.
   */
  private void click(String css) {
    WebElement e = find(css);
    js().executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  private void choose(String css, String visibleText) {
    new Select(find(css)).selectByVisibleText(visibleText);
  }

  /** Answers "ja" (or the value given) on every yes/no question of the form that is still "onbekend". */
  private void answerYes(String... except) {
    for (WebElement select : all("select")) {
      String name = select.getAttribute("name");
      List<String> values = new Select(select).getOptions().stream().map(o -> o.getAttribute("value")).toList();
      if (values.equals(List.of("", "true", "false")) && List.of(except).stream().noneMatch(name::endsWith)
          && new Select(select).getFirstSelectedOption().getAttribute("value").isEmpty()) {
        new Select(select).selectByValue("true");
      }
    }
  }

  /**
   * Whether the element is in the window and not covered (by the sticky action bar): the element at the
   * centre of its box is the element or inside it, and its box lies within the window.
   */
  private boolean visible(WebElement element) {
    return (Boolean) js().executeScript(
        "const e = arguments[0], r = e.getBoundingClientRect();"
            + "if (r.width === 0 && r.height === 0) return true;" // nothing drawn: nothing to hide
            + "if (r.top < 0 || r.bottom > window.innerHeight) return false;"
            + "const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "return at !== null && (at === e || e.contains(at) || at.contains(e) && at.tagName === 'LABEL' || at.control === e);",
        element);
  }

  /** The label of an input is in the window, above the sticky action bar. */
  private boolean labelInView(String inputId) {
    return (Boolean) js().executeScript(
        "const l = document.querySelector('label[for=\"' + arguments[0] + '\"]') || document.getElementById(arguments[0]).closest('fieldset').querySelector('legend');"
            + "const r = l.getBoundingClientRect(), bar = document.querySelector('.sticky-actions').getBoundingClientRect();"
            + "return r.top >= 0 && r.bottom <= bar.top;", inputId);
  }

  /** Tabs through the page from its top with the keyboard only; every element that gets the focus must be visible. */
  private int tabThrough(int max) {
    // from the first element of the page, the skip link, on with the Tab key only
    js().executeScript("window.scrollTo(0, 0); document.querySelector('a.skip').focus();");
    Actions keys = new Actions(browser.driver);
    int seen = 0;
    Object first = null;
    for (int i = 0; i < max; i++) {
      keys.sendKeys(Keys.TAB).perform();
      WebElement focused = browser.driver.switchTo().activeElement();
      if (focused.getTagName().equals("body")) {
        break;
      }
      Object id = js().executeScript("return arguments[0];", focused);
      if (first == null) {
        first = id;
      } else if (first.equals(id)) {
        break; // round the page once
      }
      assertThat(visible(focused)).as("focused %s #%s (%s) is in view and not under the action bar", focused.getTagName(),
          focused.getAttribute("id"), focused.getAttribute("name")).isTrue();
      seen++;
    }
    return seen;
  }

  @Test
  @Order(1)
  void aSchoolGoesFromAnEmptyFormToVoldoetChoosingFromLists() throws Exception {
    signIn("alpha", PASSWORD);
    go(find("nav a[href='/school/check']"));
    browser.page("school-form-empty");
    assertThat(find("#f-applicant-school-brin").getAttribute("value")).isEqualTo("00AH");
    assertThat(all("#f-submittedAt")).isEmpty();

    // the application: what a school knows, in the words it knows
    type("#f-id", "APP-2017-0100");
    js().executeScript("arguments[0].value = '2017-02-01';", find("#f-asOf"));
    type("#f-startSchoolYear", "2017/2018");
    choose("#f-applicant-form", "school en instelling samen");
    type("#f-applicant-school-vestiging", "17");
    // the partner institution, by a part of its name from the school's earlier application
    type("#f-applicant-institution-brin", "Twente");
    choose("#f-agreement-kind", "samenwerkingsovereenkomst");
    choose("#f-advice-parentCouncil", "er is geen ouderraad");
    answerYes("pilotProfielSchool", "fundingTransfer.agreed", "extendedMiddenkader", "sectorSubjectsExcluded", "mboQualityInsufficient",
        "leerwegResultsDeficient", "inBolBblExperiment");
    for (String no : List.of("pilotProfielSchool", "agreement-fundingTransfer-agreed", "routes-0-mbo-extendedMiddenkader",
        "routes-0-exams-sectorSubjectsExcluded", "routes-0-exclusions-mboQualityInsufficient", "routes-0-exclusions-leerwegResultsDeficient",
        "routes-0-exclusions-inBolBblExperiment")) {
      new Select(find("#f-" + no)).selectByValue("false");
    }
    // the route: a vakmanschaproute techniek to level 2, the domain typed by its name
    choose("#f-routes-0-routeType", "vakmanschaproute");
    click("#f-routes-0-leerwegen input[value=BB]");
    click("#f-routes-0-leerwegen input[value=KB]");
    choose("#f-routes-0-vmbo-sector", "techniek");
    choose("#f-routes-0-vmbo-profiel", "PIE – Produceren, installeren en energie");
    type("#f-routes-0-mbo-level", "2");
    type("#f-routes-0-mbo-domain", "techniek en procesindustrie");
    choose("#f-routes-0-mbo-pathway", "bol");
    type("#f-routes-0-design-years", "2");
    type("#f-routes-0-design-hours-total", "3.000");
    type("#f-routes-0-design-hours-guided", "2400");
    type("#f-routes-0-design-hours-workplacement", "veel");
    choose("#f-routes-0-exams-vmboExamScope", "gemeenschappelijk deel");
    type("#f-routes-0-exams-vmboExamLatestRouteYear", "3");

    // the qualifications of that level and domain, with their names
    js().executeScript("arguments[0].scrollIntoView({block: 'center'});", find("button[name=action][value=lists]"));
    go(find("button[name=action][value=lists]"));
    assertThat(find("#f-routes-0-mbo-domain").getAttribute("value")).isEqualTo("79020");
    assertThat(find("#f-routes-0-mbo-domain-name").getText()).isEqualTo("c – Techniek en procesindustrie");
    assertThat(find("#f-applicant-institution-brin").getAttribute("value")).isEqualTo("99TW");
    assertThat(find("#f-applicant-institution-name").getAttribute("value")).isEqualTo("mbo College Twente-Noord");
    assertThat(find("#f-applicant-school-name").getAttribute("value")).isEqualTo("Het Stedelijk Alpha");
    browser.page("school-form-lists");
    click("#f-routes-0-mbo-qualifications label:has(input[value='25333'])");
    click("#f-routes-0-mbo-qualifications label:has(input[value='25342'])");
    browser.view("school-form-lookups", "#f-routes-0-mbo-level");

    // checked: the one problem of the form at the top, linking to its field, and beside it; the label stays in view
    go(find(".sticky-actions button[value=check]"));
    WebElement summary = find("[role=alert]");
    assertThat(summary.getText()).contains("Het formulier heeft één fout").contains("Route 1: R1 – Uren beroepspraktijkvorming")
        .contains("“veel” is geen geheel getal");
    browser.page("school-form-errors");
    browser.view("school-form-errors", "main");
    summary.findElement(org.openqa.selenium.By.cssSelector("a[href='#f-routes-0-design-hours-workplacement']")).click();
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-routes-0-design-hours-workplacement");
    assertThat(labelInView("f-routes-0-design-hours-workplacement")).as("the label of the field jumped to").isTrue();
    assertThat(visible(find("#f-routes-0-design-hours-workplacement"))).isTrue();
    assertThat(find("#f-routes-0-design-hours-workplacement-err").getText()).contains("“veel” is geen geheel getal");
    // "3.000" was read as three thousand
    assertThat(find("#f-routes-0-design-hours-total").getAttribute("value")).isEqualTo("3000");

    // mended: a finding about the duration, beside its field and in the list
    type("#f-routes-0-design-hours-workplacement", "250");
    go(find(".sticky-actions button[value=check]"));
    assertThat(all("[role=alert]")).isEmpty();
    assertThat(find("#result-R1 .route-head .badge").getText()).isEqualTo("Voldoet niet");
    WebElement beside = find(".field:has(#f-routes-0-design-years) ul.beside li.VIOLATION");
    assertThat(beside.getText()).contains("N-DUR-1");
    browser.page("school-form-finding");
    browser.view("school-form-finding", ".field:has(#f-routes-0-design-years)");
    // from the list to the field: the label in view
    find("#result-R1 .finding.VIOLATION a[href='#f-routes-0-design-years']").click();
    assertThat(labelInView("f-routes-0-design-years")).isTrue();

    // the keyboard alone: nothing that gets the focus is hidden under the action bar
    assertThat(tabThrough(400)).isGreaterThan(60);

    type("#f-routes-0-design-years", "3");
    go(find(".sticky-actions button[value=check]"));
    assertThat(find("#result .route-head .badge").getText()).isEqualTo("Voldoet");
    assertThat(find("#result-R1 .route-head .badge").getText()).isEqualTo("Voldoet");
    assertThat(all("#result .finding.VIOLATION, #result .finding.REVIEW")).isEmpty();
    assertThat(find("section.dusi").getText()).contains("Beoordeelt DUS-I").contains("N-APP-16");
    assertThat(find("#result").getText()).contains("Gecontroleerd alsof u nu indient: 17-10-2016");
    browser.page("school-form-voldoet");
    browser.view("school-form-voldoet", "#outcome");

    go(find(".sticky-actions button[value=submit]"));
    assertThat(find("h1").getText()).isEqualTo("Aanvraag APP-2017-0100");
    assertThat(find("[role=status]").getText()).contains("Versie 1 is ingediend");
    browser.page("school-form-submitted");
  }

  /** A route under the law: the domain by its name, the qualifications from the list, an unknown domain named with its choices. */
  @Test
  @Order(2)
  void aSchoolChoosesTheRoutesDomainAndQualificationsFromLists() throws Exception {
    open("/school/route");
    find("#file").sendKeys(Path.of("src/test/resources/route/dlr-voorbeeld.json").toAbsolutePath().toString());
    go(find("form[action='/school/route/upload'] button"));
    type("#f-mbo-domain", "bakkerij");
    type("#f-design-hours-total", "4.000");
    go(find(".sticky-actions button[value=check]"));
    WebElement summary = find("[role=alert]");
    assertThat(summary.getText()).contains("Opleidingsdomein").contains("“bakkerij” is geen opleidingsdomein");
    assertThat(find("#f-design-hours-total").getAttribute("value")).isEqualTo("4000");
    browser.page("school-route-lookup-error");
    summary.findElement(org.openqa.selenium.By.cssSelector("a[href='#f-mbo-domain']")).click();
    assertThat(labelInView("f-mbo-domain")).isTrue();

    type("#f-mbo-domain", "horeca en bakkerij");
    type("#f-mbo-level", "3");
    js().executeScript("arguments[0].scrollIntoView({block: 'center'});", find("button[name=action][value=lists]"));
    go(find("button[name=action][value=lists]"));
    assertThat(find("#f-mbo-domain-name").getText()).isEqualTo("m – Horeca en bakkerij");
    assertThat(find("#f-mbo-qualifications label:has(input[value='25182'])").getText()).isEqualTo("25182 – Zelfstandig werkend kok");
    assertThat(find("#f-mbo-qualifications input[value='25182']").isSelected()).isTrue();
    go(find(".sticky-actions button[value=check]"));
    assertThat(all("[role=alert]")).isEmpty();
    browser.page("school-route-lookups");
    browser.view("school-route-lookups", "#group-mbo");
    assertThat(tabThrough(400)).isGreaterThan(60);
    signOut();
  }

  /** Each page the journey saw was checked with axe-core on the way (BrowserJourney); the form's pages once more in English. */
  @Test
  @Order(3)
  void theFormsInEnglish() throws Exception {
    signIn("alpha", PASSWORD);
    open("/school/check?lang=en");
    assertThat(find("h1").getText()).isEqualTo("Check an application");
    browser.page("school-form-english");
    open("/school/route?lang=en");
    browser.page("school-route-english");
    open("/school?lang=nl");
    signOut();
  }
}
