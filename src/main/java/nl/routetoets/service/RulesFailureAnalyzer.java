package nl.routetoets.service;

import nl.routetoets.ruleset.RuleSetException;
import nl.routetoets.ruleset.RulesFolder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A start refused for its rules reads as what is wrong with them and what to do, not as a stack trace: a rules or
 * fixtures folder named but missing or incomplete, or a rule set that does not compile or fails its fixtures.
 */
public class RulesFailureAnalyzer implements FailureAnalyzer {
  @Override
  public FailureAnalysis analyze(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RulesFolder.Unusable unusable) {
        return new FailureAnalysis("The service cannot start: " + unusable.getMessage() + ".",
            "Set routetoets.rules (ROUTETOETS_RULES) and routetoets.fixtures (ROUTETOETS_FIXTURES) to folders that exist, or leave"
                + " them out to use the rules and fixtures bundled with this program.", unusable);
      }
      if (t instanceof RuleSetException problems) {
        return new FailureAnalysis("The service cannot start: its rule set cannot be taken into service:\n  - "
            + String.join("\n  - ", problems.problems()),
            "Fix the rules (java -jar routetoets.jar test-rules shows every fixture that fails, with its diff), or set"
                + " routetoets.rules to another rules folder.", problems);
      }
    }
    return null;
  }

  /** The words for a start refused for its rules, for the command line; null when the failure is another. */
  public static String sentence(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof RulesFolder.Unusable unusable) {
        return unusable.getMessage();
      }
      if (t instanceof RuleSetException problems) {
        return "the rule set cannot be taken into service:\n  " + String.join("\n  ", problems.problems());
      }
    }
    return null;
  }
}
