package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routetoets.TestRuleSet;
import org.junit.jupiter.api.Test;

/** The house rules of rules/ that the compiler cannot see. */
class RuleLintTest {
  private static final Pattern RULE_BLOCK =
      Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\"(.*?)^\\s*when(.*?)^\\s*then");
  private static final Pattern NUMBER_LITERAL =
      Pattern.compile("(?<![\\w.\"$])\\d{2,}(?![\\w\"])|[rR]outeYear\\s*[<>=!]+\\s*\\d");
  private static final Set<String> REGIMES = Set.of("EXP_2013", "EXP_2015");

  @Test
  void everyRuleSitsInTheFolderOfItsRegimeAndMatchesOnIt() throws IOException {
    List<String> problems = new ArrayList<>();
    for (RuleInfo r : TestRuleSet.get().rules().values()) {
      String folder = Path.of(r.file()).getParent().getFileName().toString();
      if (!folder.equals(r.packageName())) {
        problems.add(r.file() + ": package " + r.packageName() + " is not the folder " + folder);
      }
      List<String> expected = folder.equals("EXP_ALL") ? List.copyOf(new java.util.TreeSet<>(REGIMES)) : List.of(folder);
      if (!new java.util.TreeSet<>(r.regimes()).equals(new java.util.TreeSet<>(expected))) {
        problems.add(r.file() + ": \"" + r.name() + "\" has @regime " + r.regimes() + " in folder " + folder);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRuleConditionNamesTheRegimeAndHoldsNoDateOrNumberLiteral() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path drl : drlFiles()) {
      Matcher m = RULE_BLOCK.matcher(Files.readString(drl));
      while (m.find()) {
        String when = m.group(3).replaceAll("//.*", "");
        if (!when.contains("regime")) {
          problems.add(drl + ": \"" + m.group(1) + "\" does not constrain the regime");
        }
        if (NUMBER_LITERAL.matcher(when).find()) {
          problems.add(drl + ": \"" + m.group(1) + "\" holds a number literal; take it from rules/parameters");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyInterpretationARuleNamesIsInInterpretationsMd() throws IOException {
    String interpretations = Files.readString(Path.of("interpretations.md"));
    assertThat(TestRuleSet.get().rules().values())
        .filteredOn(r -> r.interpretation() != null)
        .allSatisfy(r -> assertThat(interpretations).as(r.name()).contains("## " + r.interpretation() + " "));
  }

  @Test
  void ruleNamesAreUniqueAcrossTheRuleSetSoThatAFindingNamesOneRule() {
    java.util.Map<String, Long> counts = TestRuleSet.get().rules().values().stream()
        .collect(java.util.stream.Collectors.groupingBy(RuleInfo::name, java.util.stream.Collectors.counting()));
    assertThat(counts).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1L));
  }

  @Test
  void interpretationsMdListsUnderEachEntryExactlyTheRulesThatRelyOnIt() throws IOException {
    String md = Files.readString(Path.of("interpretations.md"));
    assertThat(md)
        .as("run: java -jar target/routetoets.jar norms --update-interpretations interpretations.md")
        .isEqualTo(InterpretationIndex.update(md, TestRuleSet.get().rules().values(), TestRuleSet.RULES));
  }

  static List<Path> drlFiles() throws IOException {
    try (var walk = Files.walk(TestRuleSet.RULES)) {
      return walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
  }
}
