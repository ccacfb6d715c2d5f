package nl.routetoets;

import java.nio.file.Path;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetException;
import nl.routetoets.ruleset.RuleSetLoader;

/** The project's own rule set and fixtures, loaded once per test JVM. */
public final class TestRuleSet {
  public static final Path RULES = Path.of("rules");
  public static final Path FIXTURES = Path.of("test-fixtures");
  private static RuleSet ruleSet;

  private TestRuleSet() {}

  public static synchronized RuleSet get() {
    if (ruleSet == null) {
      try {
        ruleSet = RuleSetLoader.load(RULES);
      } catch (RuleSetException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return ruleSet;
  }
}
