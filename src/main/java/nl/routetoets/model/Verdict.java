package nl.routetoets.model;

import java.util.Collection;

/**
 * The outcome of a document or route (formats.md §4); INVALID for a document that could not be read,
 * ERROR for one the rules could not finish checking (a rule threw, kept firing or ran out of time).
 */
public enum Verdict {
  COMPLIANT, NEEDS_REVIEW, NON_COMPLIANT, INVALID, ERROR;

  public static Verdict of(Collection<Finding> findings) {
    Verdict verdict = COMPLIANT;
    for (Finding f : findings) {
      if (f.severity() == Severity.VIOLATION) {
        return NON_COMPLIANT;
      }
      if (f.severity() == Severity.REVIEW) {
        verdict = NEEDS_REVIEW;
      }
    }
    return verdict;
  }

  public Verdict worst(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
