package nl.routetoets.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run wrote and how fast it went. Timings are only here, never in the outputs, so that the
 * same input gives the same bytes.
 *
 * @param complete false when the run was cancelled: the outputs hold the records before that point
 * @param records records (documents, and error results for unreadable lines) written
 * @param written the output files, in the order they were finished
 * @param wallNanos wall time of the whole run, rule set excluded
 * @param parseNanos CPU time the evaluation threads spent reading documents (summed over threads)
 * @param evaluateNanos CPU time the evaluation threads spent checking them (summed over threads)
 * @param ruleErrors records the rules could not finish (verdict ERROR): the rule set needs fixing
 */
public record ReportOutcome(
    boolean complete, long records, List<Path> written, long wallNanos, long parseNanos, long evaluateNanos, long ruleErrors) {

  /** Documents per second that one thread parses: the cost of reading alone. */
  public double parsePerSecondPerThread() {
    return perSecond(parseNanos);
  }

  /** Documents per second that one thread parses and checks. */
  public double parseAndEvaluatePerSecondPerThread() {
    return perSecond(parseNanos + evaluateNanos);
  }

  /** What checking a document costs, in units of what reading it costs (the aim: at most 1). */
  public double checkingPerReading() {
    return parseNanos == 0 ? 0 : (double) evaluateNanos / parseNanos;
  }

  /** Records per second from start to the last output moved into place. */
  public double overallPerSecond() {
    return perSecond(wallNanos);
  }

  private double perSecond(long nanos) {
    return nanos == 0 ? 0 : records * 1e9 / nanos;
  }
}
