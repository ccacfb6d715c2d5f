package nl.routetoets.ruleset;

import java.util.List;

/** A rule set that cannot be used, with every problem as {@code file:line: message}. */
public final class RuleSetException extends Exception {
  private final List<String> problems;

  public RuleSetException(List<String> problems) {
    super("the rule set cannot be loaded:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
