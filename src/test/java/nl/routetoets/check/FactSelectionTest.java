package nl.routetoets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.RuleTraps;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session gets only the facts a rule that can still fire could match (MatchableFacts). When a rule's action
 * inserts one of the checker's facts after all, a rule that the document alone could not wake may then fire: the
 * document is checked again with all its facts, and gets the finding.
 */
class FactSelectionTest {
  private static final String INSERTED = "Valkuil: zet een feit in";
  private static final String WAKES = "Valkuil: gewekt door een ingezet feit";

  @Test
  void aRuleWokenByAFactAnActionInsertedStillFires(@TempDir Path dir) throws Exception {
    Path rules = TestRuleSet.copyRules(dir);
    Files.writeString(rules.resolve("EXP_ALL/valkuil-inzetten.drl"), """
        package EXP_ALL;

        import nl.routetoets.facts.TrajectoryFact;
        import nl.routetoets.facts.UnansweredFact;
        import nl.routetoets.facts.YearFact;

        global nl.routetoets.ruleset.FindingCollector out;
        global nl.routetoets.ruleset.Parameters params;
        global nl.routetoets.ruleset.Reference reference;

        rule "%1$s"
          %3$s
        when
          TrajectoryFact(id == "S-100101")
        then
          insert(new UnansweredFact("route.test", null, "test.inserted"));
        end

        rule "%2$s"
          %3$s
        when
          UnansweredFact(field == "test.inserted")
          $y : YearFact(index == 0, schoolYear != "2099-2100", regime in ("EXP_2013", "EXP_2015"))
        then
          out.report(drools, $y.at("schoolYear"));
        end
        """.formatted(INSERTED, WAKES, """
          @norm("N-DUR-1") @regime("EXP_2013 EXP_2015") @severity("REVIEW") @regulation("BEDL") @article("6") @textVersion("D2015")
          @nl("Een valkuil voor de test.") @en("A trap for the test.")
        """));
    RuleSet ruleSet = RuleSetLoader.load(rules);
    List<SourcedDocument> docs = new ArrayList<>();
    DocumentReader.readJson(RuleTraps.TRAJECTORY.toString(), Files.newInputStream(RuleTraps.TRAJECTORY), docs::add);

    Result twice = new Checker(ruleSet, null).check(docs.get(0));
    Result again = new Checker(ruleSet, null).check(docs.get(0));

    assertThat(twice.findings()).extracting(Finding::rule).contains(WAKES);
    assertThat(again).isEqualTo(twice);
  }
}
