package nl.routetoets.ruleset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules could not finish the check of one document: a rule threw, kept firing, or did not finish
 * in time. The document gets an error result naming the rule; the other documents are checked as usual.
 */
public final class RuleFailure extends RuntimeException {
  private final boolean timedOut;

  private RuleFailure(String problem, boolean timedOut, Throwable cause) {
    super(problem, cause, false, false);
    this.timedOut = timedOut;
  }

  /** What went wrong, in the words of an input error's problem. */
  public String problem() {
    return getMessage();
  }

  /** True when the check was stopped at the time limit (it cost the limit); false for a throw or a firing loop. */
  public boolean timedOut() {
    return timedOut;
  }

  /** @param limit the limit passed, as in "2 s of computing time" */
  static RuleFailure timedOut(String rule, String limit) {
    String problem = rule != null
        ? "rule \"" + rule + "\" did not finish within " + limit + "; the check of this document was stopped"
        : "the rules did not finish this document within " + limit + " (stopped outside any rule's action, e.g. in a condition); "
            + "the check of this document was stopped";
    return new RuleFailure(problem, true, null);
  }

  static RuleFailure keptFiring(List<String> rules, Limits limits) {
    String names = rules.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", "));
    String who = rules.size() == 1 ? "rule " + names + " kept firing" : "rules " + names + " kept activating each other";
    return new RuleFailure(who + ": more than " + limits.maxFirings() + " rule firings for this document; its check was stopped",
        false, null);
  }

  static RuleFailure threw(String rule, boolean inCondition, Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
    String where = rule == null ? "a rule" : "rule \"" + rule + "\"";
    return new RuleFailure(where + " failed " + (inCondition ? "in a condition" : "in its action") + " on this document: " + what,
        false, cause);
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip();
  }
}
