package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.routetoets.TestRuleSet;
import org.junit.jupiter.api.Test;

/**
 * rules/norms.json against the project's copies of spec/regulation.md and spec/law2020.md: every norm has the spec's title,
 * source article and regimes (or a note saying why it departs from the spec), in the spec's order,
 * and the rules of a norm stay within its regimes.
 */
class NormCatalogueTest {

  @Test
  void theSpecReaderFindsTitlesAndSourcesOfEveryForm() throws IOException {
    List<SpecNorms.SpecNorm> spec = SpecNorms.read();
    assertThat(spec).extracting(SpecNorms.SpecNorm::id).containsAll(LegalCoverageTest.specNormIds());
    assertThat(byId(spec, "N-SCOPE-8").source()).isEqualTo("D art. 2(1); art. 6 \"vanaf het derde leerjaar\"");
    assertThat(byId(spec, "N-SCOPE-8").appliesTo()).isEqualTo("TRJ");
    assertThat(byId(spec, "N-FB-2").title()).isEqualTo("fallback in documents and related articles");
    assertThat(byId(spec, "N-FB-2").source()).isEqualTo("D art. 4(1)(c), 5(4)(b)");
    assertThat(byId(spec, "N-APP-4").source()).isEqualTo("D2015 art. 3(2); UR2015 art. 2(4)");
    assertThat(byId(spec, "N-EX-8").source()).isEqualTo("D2013 art. 7(3); D2015 art. 7(3)");
    assertThat(byId(spec, "N-DUR-1").title()).isEqualTo("study-duration band");
    assertThat(byId(spec, "N-DUR-1").source()).isEqualTo("D2015 art. 6");
    assertThat(SpecNorms.regimes("D2013 art. 2(1)(a)", null)).containsExactly("EXP_2013");
    assertThat(SpecNorms.regimes("D art. 9(1)", null)).containsExactly("EXP_2013", "EXP_2015");
    assertThat(SpecNorms.regimes("UR2015 art. 4(2)", "Oct 2015 →")).containsExactly("EXP_2015");
    assertThat(byId(spec, "N-LAW-11").title()).isEqualTo("leerweg–level matrix");
    assertThat(byId(spec, "N-LAW-11").source()).isEqualTo("WVO 10b10(3); WEB 8.5a.2(3); WVO 2020 2.107a(3)");
    assertThat(byId(spec, "N-LAW-11").appliesTo()).isEqualTo("APP/TRJ");
    assertThat(byId(spec, "N-LAW-27").title()).isEqualTo("which article to cite");
    assertThat(byId(spec, "N-TRANS-1").title()).isEqualTo("experiment rules until 31 Jul 2022");
    assertThat(byId(spec, "N-LAW-3").regimes(byId(spec, "N-LAW-3").source())).containsExactly("LAW_2020");
  }

  @Test
  void everyNormHasTheTitleSourceAndRegimesOfTheSpecInItsOrder() throws IOException {
    List<SpecNorms.SpecNorm> spec = SpecNorms.read();
    List<NormCatalogue.Norm> catalogue = TestRuleSet.get().norms().all();
    assertThat(catalogue).extracting(NormCatalogue.Norm::id)
        .as("the catalogue lists the spec's norms in the spec's order")
        .containsExactlyElementsOf(spec.stream().map(SpecNorms.SpecNorm::id).toList());
    List<String> problems = new ArrayList<>();
    for (NormCatalogue.Norm n : catalogue) {
      SpecNorms.SpecNorm s = byId(spec, n.id());
      if (blank(n.title()) || !n.title().equals(s.title())) {
        problems.add(n.id() + ": title \"" + n.title() + "\", the spec says \"" + s.title() + "\"");
      }
      if (blank(n.source())) {
        problems.add(n.id() + ": no source");
      }
      if (n.regimes() == null || n.regimes().isEmpty()) {
        problems.add(n.id() + ": no regimes");
        continue;
      }
      boolean departs = !blank(n.note());
      if (!departs && !Objects.equals(n.source(), s.source())) {
        problems.add(n.id() + ": source \"" + n.source() + "\", the spec says \"" + s.source() + "\" (or say why in note)");
      }
      List<String> regimes = s.regimes(departs ? n.source() : s.source());
      if (!departs && !new TreeSet<>(n.regimes()).equals(new TreeSet<>(regimes))) {
        problems.add(n.id() + ": regimes " + n.regimes() + ", its source makes " + regimes + " (or say why in note)");
      }
      if (s.appliesTo() != null && !s.appliesTo().equals(n.appliesTo())) {
        problems.add(n.id() + ": appliesTo \"" + n.appliesTo() + "\", the spec says \"" + s.appliesTo() + "\"");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theRulesOfANormStayWithinItsRegimes() {
    RuleSet rs = TestRuleSet.get();
    List<String> problems = new ArrayList<>();
    for (RuleInfo r : rs.rules().values()) {
      Set<String> allowed = Set.copyOf(rs.norms().get(r.norm()).regimes());
      if (!allowed.containsAll(r.regimes())) {
        problems.add(r.file() + ": \"" + r.name() + "\" (" + r.norm() + ") has @regime " + r.regimes()
            + ", the norm's regimes are " + allowed);
      }
    }
    assertThat(problems).isEmpty();
  }

  /** How a norm's source names each regulation a rule may cite (ruleset.json). */
  private static final java.util.Map<String, java.util.regex.Pattern> NAMED_AS = java.util.Map.of(
      "BEDL", java.util.regex.Pattern.compile("\\bD(2013|2015)?\\b|\\bDecree\\b"),
      "UR", java.util.regex.Pattern.compile("\\bUR"),
      "EB", java.util.regex.Pattern.compile("\\bEB\\b|Eindexamenbesluit"),
      "CT", java.util.regex.Pattern.compile("codetabellen"),
      "WSB", java.util.regex.Pattern.compile("Stb\\. 2020, 157"),
      "WVO", java.util.regex.Pattern.compile("\\bWVO\\b(?! 2020)"),
      "WVO2020", java.util.regex.Pattern.compile("\\bWVO 2020\\b"),
      "WEB", java.util.regex.Pattern.compile("\\bWEB\\b"));

  private static final Set<String> LAW_REGULATIONS = Set.of("WVO", "WVO2020", "WEB");

  /** A rule cites what it rests on: a regulation, and where the article is numbered that article, of its norm's source. */
  @Test
  void everyRuleCitesARegulationAndArticleItsNormsSourceNames() {
    RuleSet rs = TestRuleSet.get();
    List<String> problems = new ArrayList<>();
    for (RuleInfo r : rs.rules().values()) {
      String source = rs.norms().get(r.norm()).source();
      nl.routetoets.model.Finding.Citation c = r.article();
      java.util.regex.Pattern regulation = NAMED_AS.get(c.regulation());
      boolean regulationNamed = regulation != null && regulation.matcher(source).find();
      // The spec writes an article as "art. 8(2)", in a list ("7(3), 8") or after its act's own name ("EB 49").
      boolean articleNamed = !c.article().matches("\\d+[a-z]?")
          || java.util.regex.Pattern.compile("(art\\.|,|;|and|with)\\s*" + java.util.regex.Pattern.quote(c.article()) + "(\\(|\\b)")
              .matcher(source).find()
          || regulation != null && java.util.regex.Pattern.compile(
              "(?:" + regulation.pattern() + ")\\s+" + java.util.regex.Pattern.quote(c.article()) + "(\\(|\\b)").matcher(source).find();
      // An article of the law (10b16, 8.5a.10) is named as it is written, wherever it stands in the source.
      if (LAW_REGULATIONS.contains(c.regulation())) {
        articleNamed = java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(c.article()) + "(?![0-9a-z])")
            .matcher(source).find();
      }
      if (!regulationNamed || !articleNamed) {
        problems.add(r.file() + ": \"" + r.name() + "\" cites " + c.citation() + "; " + r.norm() + " rests on " + source);
      }
    }
    assertThat(problems).isEmpty();
  }

  private static SpecNorms.SpecNorm byId(List<SpecNorms.SpecNorm> spec, String id) {
    return spec.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
