package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.routetoets.TestRuleSet;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureRunner;
import org.junit.jupiter.api.Test;

/**
 * Every norm of the regulation (spec/regulation.md §3A–3J) and of the structural law (spec/law2020.md,
 * N-LAW-*, N-TRANS-*) is either encoded by rules that fire in some fixture, or listed in rules/norms.json
 * as not automatable with a reason; never both, never neither.
 */
class LegalCoverageTest {
  private static final Pattern NORM_ID = Pattern.compile("\\*\\*(N-[A-Z]+-\\d+)");

  static Set<String> specNormIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path spec : SpecNorms.SPECS) {
      Matcher m = NORM_ID.matcher(Files.readString(spec));
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  @Test
  void theSpecDefinesTheNormsThisTestCounts() throws IOException {
    assertThat(specNormIds()).hasSizeGreaterThan(100).contains("N-SCOPE-1", "N-DUR-1", "N-MON-2", "N-LAW-1", "N-LAW-27", "N-TRANS-5");
  }

  @Test
  void everyNormOfTheSpecIsCoveredOrExplained() throws IOException {
    RuleSet rs = TestRuleSet.get();
    List<Fixture> fixtures = FixtureRunner.discover(TestRuleSet.FIXTURES);
    Set<String> firedNorms = fixtures.stream()
        .filter(f -> f.expected().findings() != null)
        .flatMap(f -> f.expected().findings().stream())
        .map(line -> line.substring(0, line.indexOf(' ')))
        .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (String id : specNormIds()) {
      NormCatalogue.Norm norm = rs.norms().get(id);
      boolean hasRules = rs.rules().values().stream().anyMatch(r -> r.norm().equals(id));
      if (norm == null) {
        problems.add(id + ": missing from rules/norms.json");
      } else if (!norm.automatable() && hasRules) {
        problems.add(id + ": has rules but is listed as not automatable");
      } else if (!norm.automatable() && norm.notAutomatable().isBlank()) {
        problems.add(id + ": not automatable without a reason");
      } else if (norm.automatable() && !hasRules) {
        problems.add(id + ": no rule, and no reason why it is not automatable");
      } else if (norm.automatable() && !firedNorms.contains(id)) {
        problems.add(id + ": has rules, but no fixture in which they fire");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCatalogueListsNoNormTheSpecDoesNotKnow() throws IOException {
    Set<String> spec = specNormIds();
    assertThat(TestRuleSet.get().norms().all()).extracting(NormCatalogue.Norm::id).allMatch(spec::contains);
  }
}
