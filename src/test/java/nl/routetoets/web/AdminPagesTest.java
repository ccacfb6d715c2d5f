package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.security.Accounts.AccountView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import nl.routetoets.service.RouteToetsApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's pages through MockMvc, as a browser without JavaScript uses them: accounts are
 * created, disabled, enabled and given a new password with plain form posts (CSRF token, then a redirect);
 * a form with problems comes back with all of them, in Dutch, at the top and beside each field; a BRIN
 * must be a school on the reference list, whose name is shown beside it; times are Dutch time.
 */
// a context of its own: spring-security-test's csrf() swaps the CSRF token store of the context it runs in for a
// session-bound one, and AnonymousVisitorTest, which shares PageTest's context, checks that visitors get no session
@SpringBootTest(classes = RouteToetsApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:admin-pages-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + PageTest.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    "logging.config=classpath:logback.xml"})
class AdminPagesTest extends PageTest {
  private static final Locale NL = Locale.forLanguageTag("nl");
  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired AuditLog audit;
  @Autowired nl.routetoets.live.LiveRuleSet live;
  @Autowired Times times;

  private static String fresh(String name) {
    return name + "-" + NAMES.incrementAndGet();
  }

  private static MockHttpServletRequestBuilder create(String username, String role, String brins, String password, String again) {
    return post("/admin/accounts").param("username", username).param("role", role).param("brins", brins)
        .param("password", password).param("password2", again).with(as("admin")).with(csrf());
  }

  /** The page a redirect leads to, with the flash message it carries. */
  private Document follow(MvcResult redirect) throws Exception {
    return page(get(redirect.getResponse().getRedirectedUrl()).flashAttrs(redirect.getFlashMap()).with(as("admin")));
  }

  private Document refused(MockHttpServletRequestBuilder request) throws Exception {
    String html = mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).doesNotContainPattern(Browser.MISSING_MESSAGE);
    return Jsoup.parse(html);
  }

  private AccountView account(String name) {
    return accounts.find(name).orElseThrow();
  }

  private int signInStatus(String name, String password) throws Exception {
    return mvc.perform(get("/api/v1/me").with(httpBasic(name, password))).andReturn().getResponse().getStatus();
  }

  @Test
  void theAccountListShowsEachBrinWithItsSchoolsNameAndWhenEachAccountWasMadeInDutchTime() throws Exception {
    Document page = page(get("/admin").with(as("admin")));
    Element citadel = page.selectFirst("#account-web-citadel");
    assertThat(citadel.select("th a").attr("href")).isEqualTo("/admin/accounts/web-citadel");
    assertThat(citadel.select("td").get(1).text()).isEqualTo("30AU Citadel College");
    assertThat(citadel.select(".badge").text()).isEqualTo("actief");
    AccountView a = account("web-citadel");
    assertThat(citadel.select("time").text()).isEqualTo(Times.at(a.createdAt(), NL)).matches("\\d{1,2} [a-z]+ \\d{4} \\d{2}:\\d{2}");
    assertThat(citadel.select("time").attr("datetime")).endsWith(a.createdAt().atZoneSameInstant(Times.DUTCH_TIME).getOffset().toString());
    assertThat(page.select("#account-web-reviewer td").get(1).text()).isEqualTo("geen");
    assertThat(page.select("a#new-account").attr("href")).isEqualTo("/admin/accounts/new");
    assertThat(page.select("dl.facts time").text()).matches("\\d{1,2} [a-z]+ \\d{4} \\d{2}:\\d{2}");
  }

  @Test
  void theNewAccountFormOffersTheSchoolsOfTheReferenceListByBrinAndName() throws Exception {
    Document form = page(get("/admin/accounts/new").with(as("admin")));
    assertThat(form.select("form[action=/admin/accounts][method=post] input[name=_csrf]")).hasSize(1);
    assertThat(form.select("input#brins").attr("list")).isEqualTo("schools");
    assertThat(form.select("datalist#schools option[value=30AU]").attr("label")).isEqualTo("Citadel College");
    assertThat(form.select("details.schools td").text()).contains("04XU").contains("Baanderherencollege Vmbo");
    assertThat(form.select("input[type=radio][name=role]")).extracting(e -> e.attr("value"))
        .containsExactly("SCHOOL", "REVIEWER", "AUDITOR", "ADMIN");
    assertThat(form.select("label[for=role-REVIEWER]").text()).isEqualTo("beoordelaar DUS-I");
    assertThat(form.select("#error-summary")).isEmpty();
  }

  @Test
  void aFormWithProblemsComesBackWithAllOfThemInDutchAtTheTopAndBesideEachField() throws Exception {
    Document page = refused(create("met spatie", "SCHOOL", "30AU, 12ZZ", "kort", "anders"));
    Element summary = page.selectFirst("#error-summary[role=alert]");
    assertThat(summary.select("h2").text()).isEqualTo("Het account is nog niet aangemaakt. Los deze 4 problemen op:");
    assertThat(summary.select("a")).extracting(e -> e.attr("href")).containsExactly("#username", "#password", "#brins", "#password2");
    // every link leads to a field of the form
    for (Element link : summary.select("a")) {
      assertThat(page.select("form " + link.attr("href"))).as(link.attr("href")).hasSize(1);
    }
    assertThat(page.select("#username-err").text()).contains("letters, cijfers");
    assertThat(page.select("#brins-err").text()).isEqualTo(
        "BRIN 12ZZ staat niet in de lijst van scholen. Controleer het nummer; de scholen in de lijst staan onder dit veld.");
    assertThat(page.select("#brins").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.select("#brins").attr("aria-describedby")).isEqualTo("brins-help brins-err");
    assertThat(page.select("#password-err").text()).isEqualTo("Geef een wachtwoord van minstens 12 tekens.");
    assertThat(page.select("#password2-err").text()).contains("niet gelijk");
    // what was typed stays, the password does not, and the list of schools is open below the BRIN field
    assertThat(page.select("#username").val()).isEqualTo("met spatie");
    assertThat(page.select("#brins").val()).isEqualTo("30AU, 12ZZ");
    assertThat(page.select("#role-SCHOOL").hasAttr("checked")).isTrue();
    assertThat(page.select("#password").val()).isEmpty();
    assertThat(page.select("details.schools").hasAttr("open")).isTrue();
    assertThat(accounts.find("met spatie")).isEmpty();
  }

  @Test
  void aRoleIsNeededAndOnlyASchoolHasBrinNumbers() throws Exception {
    Document noRole = refused(create(fresh("geen-rol"), "", "", PASSWORD, PASSWORD));
    assertThat(noRole.select("#error-summary a").attr("href")).isEqualTo("#role-SCHOOL");
    assertThat(noRole.select("#role-err").text()).isEqualTo("Kies een rol.");
    Document reviewer = refused(create(fresh("beoordelaar"), "REVIEWER", "30AU", PASSWORD, PASSWORD));
    assertThat(reviewer.select("#brins-err").text()).startsWith("Alleen een schoolaccount heeft BRIN-nummers");
    Document school = refused(create(fresh("school"), "SCHOOL", " ", PASSWORD, PASSWORD));
    assertThat(school.select("#brins-err").text()).isEqualTo("Geef voor een schoolaccount minstens één BRIN-nummer.");
    Document taken = refused(create("web-citadel", "SCHOOL", "30AU", PASSWORD, PASSWORD));
    assertThat(taken.select("#username-err").text()).isEqualTo("Er is al een account met de naam web-citadel. Kies een andere naam.");
  }

  @Test
  void theProblemsAreEnglishOnAnEnglishPage() throws Exception {
    Document page = refused(create(fresh("en"), "SCHOOL", "12ZZ", PASSWORD, PASSWORD).param("lang", "en"));
    assertThat(page.select("#brins-err").text()).startsWith("BRIN 12ZZ is not on the list of schools.");
    assertThat(page.select("#error-summary h2").text()).isEqualTo("The account has not been created yet. Solve this problem:");
  }

  @Test
  void aCreatedAccountCanSignInItsBrinsAreCheckedAndNamedAndTheCreationIsAudited() throws Exception {
    String name = fresh("citadel-nieuw");
    MvcResult created = mvc.perform(create(name, "SCHOOL", "30au; 04XU 30AU", PASSWORD, PASSWORD))
        .andExpect(redirectedUrl("/admin/accounts/" + name)).andReturn();
    Document page = follow(created);
    assertThat(page.select("[role=status]").text()).isEqualTo("Account " + name + " is aangemaakt.");
    assertThat(page.select("dl.facts ul li")).extracting(Element::text).containsExactly("04XU Baanderherencollege Vmbo", "30AU Citadel College");
    assertThat(account(name).brins()).containsExactly("04XU", "30AU");
    assertThat(signInStatus(name, PASSWORD)).isEqualTo(200);
    AuditLog.Entry entry = audit.list("account:" + name, 10).get(0);
    assertThat(entry.action()).isEqualTo(AuditAction.ACCOUNT_CREATED);
    assertThat(entry.actor()).isEqualTo("admin");
    assertThat(page.select("table.history td").text()).contains("aangemaakt").contains("admin").contains(Times.at(entry.at(), NL));
    // the page of the account itself, opened again, carries no message from before
    assertThat(page(get("/admin/accounts/" + name).with(as("admin"))).select("[role=status]")).isEmpty();
  }

  @Test
  void aDisabledAccountCannotSignInUntilItIsEnabledAgain() throws Exception {
    String name = fresh("auditor");
    mvc.perform(create(name, "AUDITOR", "", PASSWORD, PASSWORD)).andExpect(status().is3xxRedirection());
    MvcResult disabled = mvc.perform(post("/admin/accounts/" + name + "/disable").with(as("admin")).with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts/" + name)).andReturn();
    Document page = follow(disabled);
    assertThat(page.select("[role=status]").text()).isEqualTo("Account " + name + " is uitgeschakeld.");
    assertThat(page.select("dl.facts .badge").text()).isEqualTo("uitgeschakeld");
    assertThat(page.select("button#enable")).hasSize(1);
    assertThat(signInStatus(name, PASSWORD)).isEqualTo(401);
    assertThat(audit.list("account:" + name, 1).get(0).action()).isEqualTo(AuditAction.ACCOUNT_DISABLED);

    mvc.perform(post("/admin/accounts/" + name + "/enable").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
    assertThat(signInStatus(name, PASSWORD)).isEqualTo(200);
    assertThat(audit.list("account:" + name, 1).get(0).action()).isEqualTo(AuditAction.ACCOUNT_ENABLED);
  }

  @Test
  void anAdminCannotDisableTheAccountItIsSignedInWith() throws Exception {
    Document own = page(get("/admin/accounts/admin").with(as("admin")));
    assertThat(own.select("button#disable")).isEmpty();
    assertThat(own.select("#status-title + p + p").text()).contains("kunt het niet zelf uitschakelen");
    MvcResult refused = mvc.perform(post("/admin/accounts/admin/disable").with(as("admin")).with(csrf()))
        .andExpect(redirectedUrl("/admin/accounts/admin")).andReturn();
    assertThat(follow(refused).select("[role=alert]").text()).contains("kunt het niet zelf uitschakelen");
    assertThat(account("admin").enabled()).isTrue();
  }

  @Test
  void aPoorNewPasswordIsRefusedBesideTheFieldAndTheOldOneStays() throws Exception {
    String name = fresh("wachtwoord-test");
    mvc.perform(create(name, "REVIEWER", "", PASSWORD, PASSWORD)).andExpect(status().is3xxRedirection());
    Document poor = refused(post("/admin/accounts/" + name + "/password").param("password", name).param("password2", name)
        .with(as("admin")).with(csrf()));
    assertThat(poor.select("#error-summary h2").text()).isEqualTo("Het wachtwoord is nog niet gewijzigd. Los dit probleem op:");
    assertThat(poor.select("#error-summary a").attr("href")).isEqualTo("#password");
    assertThat(poor.select("#password-err").text()).isEqualTo("Het wachtwoord mag niet de gebruikersnaam zijn.");
    assertThat(poor.select("h1").text()).isEqualTo("Account " + name);
    assertThat(signInStatus(name, PASSWORD)).isEqualTo(200);
  }

  @Test
  void aNewPasswordIsSetAuditedAndTheOldOneNoLongerSignsIn() throws Exception {
    String name = fresh("nieuw-wachtwoord");
    mvc.perform(create(name, "REVIEWER", "", PASSWORD, PASSWORD)).andExpect(status().is3xxRedirection());
    String newPassword = "een nieuwe lange zin";
    Document mismatch = refused(post("/admin/accounts/" + name + "/password").param("password", newPassword).param("password2", "iets anders")
        .with(as("admin")).with(csrf()));
    assertThat(mismatch.select("#password2-err").text()).contains("niet gelijk");
    MvcResult set = mvc.perform(post("/admin/accounts/" + name + "/password").param("password", newPassword).param("password2", newPassword)
        .with(as("admin")).with(csrf())).andExpect(redirectedUrl("/admin/accounts/" + name)).andReturn();
    assertThat(follow(set).select("[role=status]").text()).isEqualTo("Account " + name + " heeft een nieuw wachtwoord.");
    assertThat(signInStatus(name, PASSWORD)).isEqualTo(401);
    assertThat(signInStatus(name, newPassword)).isEqualTo(200);
    assertThat(audit.list("account:" + name, 1).get(0).action()).isEqualTo(AuditAction.ACCOUNT_PASSWORD_SET);
  }

  @Test
  void theAdminReloadsTheRulesFromThePageAndTheReloadIsAudited() throws Exception {
    java.time.Instant before = live.loaded().loadedAt();
    MvcResult reloaded = mvc.perform(post("/admin/rule-set/reload").with(as("admin")).with(csrf()))
        .andExpect(redirectedUrl("/admin")).andReturn();
    Document page = follow(reloaded);
    assertThat(page.select("[role=status]").text()).startsWith("De regelset is opnieuw geladen en niet veranderd: versie ")
        .contains("fixtures slagen");
    // the page shows the new load's moment (to the second, which a quick reload may share with the one before)
    assertThat(live.loaded().loadedAt()).isAfter(before);
    assertThat(page.select("dl.facts time").attr("datetime")).isEqualTo(times.iso(live.loaded().loadedAt()));
    AuditLog.Entry entry = audit.list("rule-set", 1).get(0);
    assertThat(entry.action()).isEqualTo(AuditAction.RULE_SET_RELOADED);
    assertThat(entry.actor()).isEqualTo("admin");
    mvc.perform(post("/admin/rule-set/reload").with(as("web-reviewer")).with(csrf())).andExpect(status().isForbidden());
  }

  @Test
  void onlyAnAdminWithTheFormsTokenChangesAccounts() throws Exception {
    mvc.perform(get("/admin/accounts/new").with(as("web-reviewer"))).andExpect(status().isForbidden());
    mvc.perform(post("/admin/accounts").param("username", fresh("x")).param("role", "AUDITOR").param("password", PASSWORD)
        .param("password2", PASSWORD).with(as("web-auditor")).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post("/admin/accounts/web-reviewer/disable").with(as("web-citadel")).with(csrf())).andExpect(status().isForbidden());
    // a signed-in browser without the token of the form (a forged post from another site)
    var session = mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
        .user("admin").password(PASSWORD)).andReturn().getRequest().getSession();
    mvc.perform(post("/admin/accounts/web-reviewer/disable").session((org.springframework.mock.web.MockHttpSession) session))
        .andExpect(status().isForbidden());
    assertThat(account("web-reviewer").enabled()).isTrue();
    mvc.perform(get("/admin/accounts/niemand").with(as("admin"))).andExpect(status().isNotFound());
  }
}
