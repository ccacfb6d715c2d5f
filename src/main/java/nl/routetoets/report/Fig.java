package nl.routetoets.report;

/**
 * One figure of a page: a count, or a rate of two counts. The key names what is counted (the same key for the same
 * figure on every page and in both languages), so that a test can recompute each figure from results.jsonl; a rate
 * names the keys of its numerator and denominator, so that the denominator of every rate can be seen.
 *
 * @param key what the figure counts, e.g. {@code group.trajectory.school.00AH.NON_COMPLIANT}
 * @param n the count, or the numerator of a rate
 * @param of the denominator of a rate; -1 for a count
 * @param ofKey the key of the denominator; null for a count
 */
public record Fig(String key, long n, long of, String ofKey) {

  static Fig count(String key, long n) {
    return new Fig(key, n, -1, null);
  }

  static Fig rate(Fig numerator, Fig denominator) {
    return new Fig(numerator.key(), numerator.n(), denominator.n(), denominator.key());
  }

  public boolean isRate() {
    return ofKey != null;
  }

  /** What the page's {@code data-k} attribute says: the key, or "numerator / denominator" for a rate. */
  public String dataKey() {
    return isRate() ? key + " / " + ofKey : key;
  }
}
