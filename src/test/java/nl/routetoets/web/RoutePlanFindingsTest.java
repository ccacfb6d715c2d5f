package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.routetoets.ServiceClient;
import nl.routetoets.TestRuleSet;
import nl.routetoets.service.RouteToetsApplication;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings on the route self-check page, beside their fields and in the list, and the what-if loop.
 * The law's rules are written elsewhere; so that this test does not hang on their wording, the service
 * runs a copy of rules/ with two rules of the test's own ({@code src/test/resources/route-form-rules/}),
 * which fire only for a route with the id {@value #ID}: one about {@code mbo.level} (level 1), one about
 * the whole route that names the unknown {@code melding}.
 */
@SpringBootTest(classes = RouteToetsApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:route-findings-test;DB_CLOSE_DELAY=-1",
    "routetoets.admin.user=admin",
    "routetoets.admin.password=" + PageTest.PASSWORD,
    "routetoets.reports.folder=target/report-jobs",
    "logging.config=classpath:logback.xml"})
class RoutePlanFindingsTest extends PageTest {
  static final String ID = "PROEF-ROUTEFORMULIER";
  private static final Path TEST_RULE = Path.of("src/test/resources/route-form-rules/LAW_2020/proef-routeformulier.drl");
  private static Path rules;
  private static Path fixtures;

  @DynamicPropertySource
  static void rulesWithTheTestsOwn(DynamicPropertyRegistry registry) throws IOException {
    rules = TestRuleSet.copyRules(Files.createTempDirectory("routetoets-route-form"));
    Files.copy(TEST_RULE, rules.resolve("LAW_2020").resolve(TEST_RULE.getFileName()));
    registry.add("routetoets.rules", rules::toString);
    // the baselines are enough for the gate at start: the page is under test here, not the rule set
    fixtures = TestRuleSet.builtFixtures("baseline", Files.createTempDirectory("routetoets-route-form-fixtures").resolve("baseline"));
    registry.add("routetoets.fixtures", () -> fixtures.getParent().toString());
  }

  @AfterAll
  static void removeCopy() throws IOException {
    ServiceClient.deleteTree(rules);
    ServiceClient.deleteTree(fixtures.getParent());
  }

  private static ObjectNode plan() throws Exception {
    ObjectNode doc = RouteFormTest.example();
    doc.put("id", ID);
    return doc;
  }

  @Test
  void aFindingAboutTheLevelStandsBesideTheLevelFieldAndInTheList() throws Exception {
    Document page = page(RoutePlanPagesTest.routePost(plan(), "check", "mbo.level", "1").with(as("web-citadel")));
    assertThat(page.select(".route-head .badge.NON_COMPLIANT")).isNotEmpty();
    // the law's own rules may say more about this plan: only the test's findings are looked for
    var beside = page.select(".field:has(#f-mbo-level) ul.beside li.VIOLATION:contains(Proefbevinding)");
    assertThat(beside).hasSize(1);
    assertThat(beside.text()).contains("Proefbevinding over het niveau: 1.").contains("Proefoplossing: kies een ander niveau.");
    assertThat(page.select("#f-mbo-level").attr("aria-describedby")).contains("f-mbo-level-findings");
    assertThat(page.select("ul.beside li:contains(Proefbevinding over het niveau)")).as("beside no other field").hasSize(1);
    var listed = page.select("#result .finding.VIOLATION:contains(Proefbevinding over het niveau)");
    assertThat(listed).hasSize(1);
    // the field by the form's label, not by its JSON name
    assertThat(listed.select("a[href=#f-mbo-level]").text()).isEqualTo("Niveau");
    // and the finding beside the field links to its place in the list
    assertThat(beside.select("a").attr("href")).isEqualTo("#" + listed.attr("id"));
    assertThat(listed.select(".fix").text()).contains("Proefoplossing");
    var article = page.select("#result section.article:has(.finding:contains(Proefbevinding over het niveau))");
    assertThat(article.select("h4").text()).endsWith("art. 10b10");
    assertThat(article.select("details.law summary").text()).contains("Artikel 10b10");

    // what if the level were 3: the finding is gone, beside the field and from the list
    Document whatIf = page(RoutePlanPagesTest.routePost(plan(), "check", "mbo.level", "3").with(as("web-citadel")));
    assertThat(whatIf.select(".field:has(#f-mbo-level) ul.beside li:contains(Proefbevinding)")).isEmpty();
    assertThat(whatIf.select("#result .finding:contains(Proefbevinding over het niveau)")).isEmpty();
    assertThat(whatIf.select("#f-mbo-level").val()).isEqualTo("3");
  }

  @Test
  void aFindingAboutTheWholeRouteStandsBesideTheFieldItMisses() throws Exception {
    Document page = page(RoutePlanPagesTest.routePost(plan(), "check", "melding", "", "melding.notifiedOn", "", "melding.jointly", "")
        .with(as("web-citadel")));
    var beside = page.select(".field:has(#f-melding) ul.beside li.REVIEW:contains(Proefbevinding)");
    assertThat(beside.text()).contains("Proefbevinding: onbekend is").contains("Proefoplossing: vul de melding in.");
    assertThat(page.select("#result .finding.REVIEW:contains(Proefbevinding: onbekend)")).hasSize(1);
    // said to be "NONE", the melding is known: the review is gone
    Document none = page(RoutePlanPagesTest.routePost(plan(), "check", "melding", "NONE").with(as("web-citadel")));
    assertThat(none.select("ul.beside li:contains(Proefbevinding), #result .finding:contains(Proefbevinding)")).isEmpty();
  }

  @Test
  void theFindingsFollowTheLanguageSwitch() throws Exception {
    Document english = page(RoutePlanPagesTest.routePost(plan(), "check", "mbo.level", "1").param("lang", "en")
        .with(as("web-citadel")));
    assertThat(english.select("html").attr("lang")).isEqualTo("en");
    assertThat(english.select(".field:has(#f-mbo-level) ul.beside li:contains(Test finding)").text())
        .contains("Test finding about the level: 1.").contains("Test fix: choose another level.");
    assertThat(english.select("#f-mbo-level").val()).isEqualTo("1");
  }
}
