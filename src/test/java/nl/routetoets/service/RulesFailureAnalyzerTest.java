package nl.routetoets.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.routetoets.ruleset.RuleSetException;
import nl.routetoets.ruleset.RulesFolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused for its rules is described by what is wrong with them, however deep Spring wrapped it. */
class RulesFailureAnalyzerTest {
  private final RulesFailureAnalyzer analyzer = new RulesFailureAnalyzer();

  @Test
  void aRuleSetThatCannotBeTakenIntoServiceListsItsProblems() {
    Throwable failure = new BeanCreationException("accountController", "Unsatisfied dependency",
        new BeanCreationException("liveRuleSet", "Failed to instantiate",
            new RuleSetException(List.of("rules/EXP_2015/art06-studieduur.drl:12:3: no viable alternative", "fixture x fails"))));
    FailureAnalysis analysis = analyzer.analyze(failure);
    assertThat(analysis.getDescription()).isEqualTo("The service cannot start: its rule set cannot be taken into service:\n"
        + "  - rules/EXP_2015/art06-studieduur.drl:12:3: no viable alternative\n  - fixture x fails");
    assertThat(analysis.getAction()).contains("test-rules");
    assertThat(RulesFailureAnalyzer.sentence(failure)).isEqualTo("the rule set cannot be taken into service:\n"
        + "  rules/EXP_2015/art06-studieduur.drl:12:3: no viable alternative\n  fixture x fails");
  }

  @Test
  void aFolderThatCannotBeUsedIsItsSentence() {
    Throwable failure = new RuleSetStart.RulesUnusable(new RulesFolder.Unusable("the rules folder x (set by routetoets.rules or"
        + " ROUTETOETS_RULES) does not exist"));
    assertThat(analyzer.analyze(failure).getDescription())
        .isEqualTo("The service cannot start: the rules folder x (set by routetoets.rules or ROUTETOETS_RULES) does not exist.");
    assertThat(RulesFailureAnalyzer.sentence(failure)).isEqualTo("the rules folder x (set by routetoets.rules or ROUTETOETS_RULES) does not exist");
  }

  @Test
  void anyOtherFailureIsNotItsBusiness() {
    assertThat(analyzer.analyze(new IllegalStateException("port in use"))).isNull();
    assertThat(RulesFailureAnalyzer.sentence(new IllegalStateException("port in use"))).isNull();
  }
}
