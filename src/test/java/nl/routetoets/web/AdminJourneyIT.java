package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.security.Accounts;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The administrator in a real browser, keyboard and mouse, never the API: creates a school account
 * (a BRIN that is no school on the list is refused beside its field, the summary at the top links to it),
 * sees the school's name beside the BRIN and the moments in Dutch time, gives the account a new password,
 * disables it (it cannot sign in), enables it again (it signs in with the new password). Every page is
 * checked with axe-core, and on each form a keyboard-only pass checks that the focused element is never
 * hidden.
 */
@SpringBootTest(classes = RouteToetsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:admin-journey;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + BrowserJourney.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    "logging.config=classpath:logback.xml"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminJourneyIT extends BrowserJourney {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final String SCHOOL = "citadel-college";
  private static final String NEW_PASSWORD = "paarse olifanten dansen traag";
  /** A moment as the pages show it: "7 december 2026 14:05". */
  private static final String DUTCH_MOMENT = "\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
      + " \\d{4} \\d{2}:\\d{2}";

  @Autowired Accounts accounts;
  @Autowired AuditLog audit;

  @BeforeAll
  void start() throws Exception {
    browser = new Browser();
  }

  /**
   * Tabs through the whole page from its top, keyboard only, and returns what was focused but hidden: out of
   * the window, or covered by something else at its centre (a sticky bar, WCAG 2.2 SC 2.4.11).
   */
  private List<String> hiddenWhileFocused() {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
    js.executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur();");
    List<String> hidden = new ArrayList<>();
    List<Object> seen = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      new Actions(browser.driver).sendKeys(Keys.TAB).perform();
      @SuppressWarnings("unchecked")
      Map<String, Object> f = (Map<String, Object>) js.executeScript("""
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const r = e.getBoundingClientRect();
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          const inView = r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
          const top = inView ? document.elementFromPoint(x, y) : null;
          const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')
              + (e.name ? '[name=' + e.name + ']' : '');
          return {name: name, visible: inView && top !== null && (top === e || e.contains(top))};
          """);
      if (f == null) {
        break; // past the last element: the focus went back to the browser
      }
      if (seen.contains(f.get("name"))) {
        break; // around once
      }
      seen.add(f.get("name"));
      if (!Boolean.TRUE.equals(f.get("visible"))) {
        hidden.add((String) f.get("name"));
      }
    }
    assertThat(seen).as("the keyboard reaches the page's controls").hasSizeGreaterThan(5);
    return hidden;
  }

  @Test
  @Order(1)
  void theAdminCreatesASchoolAccountAndAnUnknownBrinIsRefusedBesideItsField() throws Exception {
    signIn("admin", PASSWORD);
    assertThat(find("h1").getText()).isEqualTo("Beheer");
    assertThat(find("dl.facts time").getText()).matches(DUTCH_MOMENT);
    assertThat(find("#account-admin time").getText()).matches(DUTCH_MOMENT);
    browser.view("admin-home", "h1");
    assertThat(hiddenWhileFocused()).as("focused but hidden on /admin").isEmpty();

    go(find("a#new-account"));
    assertThat(find("h1").getText()).isEqualTo("Nieuw account");
    assertThat(hiddenWhileFocused()).as("focused but hidden on the new-account form").isEmpty();

    // keyboard only: name, the school role, a BRIN that is no school, two passwords that differ
    find("#username").click();
    new Actions(browser.driver).sendKeys(SCHOOL).perform();
    find("#role-SCHOOL").click();
    type("#brins", "30AU, 12ZZ");
    type("#password", PASSWORD);
    type("#password2", PASSWORD + "!");
    go(find("form.account-form button[type=submit]"));

    assertThat(find("#error-summary h2").getText()).isEqualTo("Het account is nog niet aangemaakt. Los deze 2 problemen op:");
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("the summary takes the focus").isEqualTo("error-summary");
    assertThat(find("#brins-err").getText()).startsWith("BRIN 12ZZ staat niet in de lijst van scholen.");
    assertThat(find("#password2-err").getText()).contains("niet gelijk");
    assertThat(find("details.schools").getAttribute("open")).isNotNull();
    assertThat(find("details.schools").getText()).contains("Citadel College");
    browser.page("admin-new-account-problems");
    browser.view("admin-new-account-problems", "h1");
    assertThat(hiddenWhileFocused()).as("focused but hidden on the form with problems").isEmpty();

    // the summary's link leads to the field, its label in view
    find("#error-summary a[href='#brins']").click();
    assertThat((Boolean) ((JavascriptExecutor) browser.driver).executeScript(
        "const r = document.querySelector('label[for=brins]').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;"))
        .isTrue();

    type("#brins", "30au");
    type("#password", PASSWORD);
    type("#password2", PASSWORD);
    go(find("form.account-form button[type=submit]"));
    assertThat(find("h1").getText()).isEqualTo("Account " + SCHOOL);
    assertThat(find("[role=status]").getText()).isEqualTo("Account " + SCHOOL + " is aangemaakt.");
    assertThat(find("dl.facts ul").getText()).isEqualTo("30AU Citadel College");
    Accounts.AccountView created = accounts.find(SCHOOL).orElseThrow();
    assertThat(find("dl.facts time").getText()).isEqualTo(Times.at(created.createdAt(), NL)).matches(DUTCH_MOMENT);
    assertThat(find("table.history tbody").getText()).contains("aangemaakt").contains("admin");
    browser.view("admin-account", "h1");
    assertThat(hiddenWhileFocused()).as("focused but hidden on the account's page").isEmpty();
  }

  @Test
  @Order(2)
  void theAdminGivesTheAccountANewPasswordAndDisablesIt() throws Exception {
    open("/admin/accounts/" + SCHOOL);
    type("#password", SCHOOL);
    type("#password2", SCHOOL);
    go(find("#set-password"));
    assertThat(find("#error-summary a").getAttribute("href")).endsWith("#password");
    assertThat(find("#password-err").getText()).isEqualTo("Het wachtwoord mag niet de gebruikersnaam zijn.");
    browser.page("admin-password-problem");

    type("#password", NEW_PASSWORD);
    type("#password2", NEW_PASSWORD);
    go(find("#set-password"));
    assertThat(find("[role=status]").getText()).isEqualTo("Account " + SCHOOL + " heeft een nieuw wachtwoord.");

    go(find("#disable"));
    assertThat(find("[role=status]").getText()).isEqualTo("Account " + SCHOOL + " is uitgeschakeld.");
    assertThat(find("dl.facts .badge").getText()).isEqualTo("uitgeschakeld");
    assertThat(find("table.history tbody").getText()).contains("uitgeschakeld").contains("nieuw wachtwoord ingesteld");
    // every moment in the history is the audit log's, in Dutch time
    List<String> shown = all("table.history time").stream().map(e -> e.getText()).toList();
    List<String> logged = audit.list("account:" + SCHOOL, 50).stream().map(e -> Times.at(e.at(), NL)).toList();
    assertThat(shown).isEqualTo(logged).hasSize(3);
    browser.page("admin-account-disabled");

    open("/admin");
    assertThat(find("#account-" + SCHOOL + " .badge").getText()).isEqualTo("uitgeschakeld");
    assertThat(find("#account-" + SCHOOL).getText()).contains("30AU Citadel College");
    signOut();
  }

  @Test
  @Order(3)
  void aDisabledAccountCannotSignInAndOnceEnabledSignsInWithItsNewPassword() throws Exception {
    signIn(SCHOOL, NEW_PASSWORD);
    assertThat(find("[role=alert]").getText()).contains("Onjuiste gebruikersnaam of wachtwoord");

    signIn("admin", PASSWORD);
    open("/admin/accounts/" + SCHOOL);
    go(find("#enable"));
    assertThat(find("[role=status]").getText()).isEqualTo("Account " + SCHOOL + " is weer ingeschakeld.");
    signOut();

    signIn(SCHOOL, PASSWORD);
    assertThat(find("[role=alert]").getText()).as("the old password no longer signs in").contains("Onjuiste gebruikersnaam of wachtwoord");
    signIn(SCHOOL, NEW_PASSWORD);
    assertThat(find("h1").getText()).isEqualTo("Mijn aanvragen");
    assertThat(find(".site .role").getText()).isEqualTo("school");
  }

  @Test
  @Order(4)
  void theAccountPagesAreEnglishWhenSwitched() throws Exception {
    signIn("admin", PASSWORD);
    open("/admin/accounts/new?lang=en");
    assertThat(find("h1").getText()).isEqualTo("New account");
    type("#username", "another");
    find("#role-SCHOOL").click();
    type("#brins", "12ZZ");
    type("#password", PASSWORD);
    type("#password2", PASSWORD);
    go(find("form.account-form button[type=submit]"));
    assertThat(find("#brins-err").getText()).startsWith("BRIN 12ZZ is not on the list of schools.");
    open("/admin/accounts/" + SCHOOL);
    assertThat(find("dl.facts time").getText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2}");
    open("/admin?lang=nl");
    signOut();
  }
}
