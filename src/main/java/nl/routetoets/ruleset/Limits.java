package nl.routetoets.ruleset;

import java.time.Duration;

/**
 * How far the rules may go on one document before its check is stopped: a rule set that loops must
 * cost one document an error result, not a thread for ever.
 *
 * @param timeLimit wall-clock time for one evaluation; past it the session is halted, and a thread still
 *     inside a rule a little later is stopped
 * @param maxFirings rule firings in one evaluation; more means rules keep activating each other
 */
public record Limits(Duration timeLimit, int maxFirings) {
  /**
   * Measured (README, "Limits"): a warm check takes well under a millisecond of CPU, the first one in a
   * cold JVM about 0.1 s, and no document of the fixtures, the demo or a generated population needs
   * more than 3 rule firings. The defaults leave room for a slow machine and a much larger rule set, and
   * still end a loop within seconds.
   */
  public static final Limits DEFAULT = new Limits(Duration.ofSeconds(2), 10_000);

  public Limits {
    if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the time limit of a check must be positive, not " + timeLimit);
    }
    if (maxFirings < 1) {
      throw new IllegalArgumentException("the firing limit of a check must be at least 1, not " + maxFirings);
    }
  }

  /** "2 s" or "200 ms", as the messages say it. */
  public String timeLimitText() {
    long ms = timeLimit.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }
}
