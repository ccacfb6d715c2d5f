package nl.routetoets.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import nl.routetoets.TestRuleSet;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  private static String jsonLines(long n, int apps, long seed, Map<Violation, Double> shares) throws IOException {
    StringWriter out = new StringWriter();
    Generator.create(new Generator.Options(n, apps, seed, shares), TestRuleSet.RULES.resolve("reference")).writeJsonLines(out);
    return out.toString();
  }

  private static String register(long n, int apps, long seed) throws IOException {
    StringWriter out = new StringWriter();
    Generator.create(new Generator.Options(n, apps, seed, Generator.Options.defaultShares()), TestRuleSet.RULES.resolve("reference"))
        .writeRegister(out);
    return out.toString();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    Map<Violation, Double> shares = Generator.Options.defaultShares();
    assertThat(jsonLines(300, 9, 42, shares)).isEqualTo(jsonLines(300, 9, 42, shares)).isNotEqualTo(jsonLines(300, 9, 43, shares));
    assertThat(register(200, 6, 42)).isEqualTo(register(200, 6, 42)).isNotEqualTo(register(200, 6, 43));
  }

  @Test
  void aRegisterIsNotSortedByStudent() throws IOException {
    String[] lines = register(50, 3, 1).split("\n");
    assertThat(lines[1]).startsWith("S-0000000,");
    assertThat(lines[2]).startsWith("S-0000001,");
  }

  /** Each kind of violation shows up as its norm in about the configured share of the trajectories. */
  @Test
  void violationsComeInTheConfiguredShares() throws IOException {
    Map<Violation, Double> shares = new EnumMap<>(Violation.class);
    shares.put(Violation.LATE_EXAM, 0.10);
    shares.put(Violation.STILL_AT_SCHOOL, 0.08);
    shares.put(Violation.WRONG_ELEMENTCODE, 0.06);
    shares.put(Violation.UNKNOWN_FACT, 0.12);
    shares.put(Violation.INVALID, 0.04);
    int n = 2500;
    String lines = jsonLines(n, 30, 7, shares);

    Checker checker = new Checker(TestRuleSet.get(), null);
    Map<String, Integer> subjectsPerNorm = new HashMap<>();
    int invalid = 0;
    Iterator<SourcedDocument> docs = DocumentReader.readJsonLines("generated.jsonl", new StringReader(lines));
    while (docs.hasNext()) {
      Result r = checker.check(docs.next());
      if (!"trajectory".equals(r.subject().type())) {
        continue;
      }
      invalid += r.verdict() == Verdict.INVALID ? 1 : 0;
      r.findings().stream().map(Finding::norm).distinct().forEach(norm -> subjectsPerNorm.merge(norm, 1, Integer::sum));
    }
    assertThat(share(subjectsPerNorm.get("N-EX-4"), n)).isCloseTo(0.10, org.assertj.core.data.Offset.offset(0.02));
    assertThat(share(subjectsPerNorm.get("N-ENR-2"), n)).isCloseTo(0.08, org.assertj.core.data.Offset.offset(0.02));
    assertThat(share(subjectsPerNorm.get("N-REG-1"), n)).isCloseTo(0.06, org.assertj.core.data.Offset.offset(0.02));
    assertThat(share(subjectsPerNorm.get("N-ENR-1"), n)).isCloseTo(0.12, org.assertj.core.data.Offset.offset(0.02));
    assertThat(share(invalid, n)).isCloseTo(0.04, org.assertj.core.data.Offset.offset(0.015));
    assertThat(subjectsPerNorm).doesNotContainKeys("N-FB-1", "N-PRG-6", "N-SCOPE-10");
  }

  private static double share(Integer count, int n) {
    return count == null ? 0 : count / (double) n;
  }
}
