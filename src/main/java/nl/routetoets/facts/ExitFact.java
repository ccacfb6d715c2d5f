package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;

/**
 * The student's leaving the route ({@code exit}); absent while the student is in it.
 *
 * @param regime derived: the regime of the day of leaving (I-01, I-75); the structural law for a route under it
 * @param fallbackOffered {@code exit.fallback.offered}; null when the fallback is not recorded
 * @param diplomaHeldOnLeaving derived: a diploma was awarded on or before the day of leaving (I-86)
 * @param articleText derived: the WVO text in force on the day of leaving (N-LAW-27); null before the law
 */
public record ExitFact(
    String path, String documentId, LocalDate leftOn, String reason, Boolean gradeListIssued, String regime,
    Boolean definitivelyRemoved, Boolean fallbackOffered, boolean diplomaHeldOnLeaving, String articleText)
    implements Located, LawDated {

  /** A leaving as the decree's rules see it: its own fields, without the law's. */
  public ExitFact(String path, String documentId, LocalDate leftOn, String reason, Boolean gradeListIssued) {
    this(path, documentId, leftOn, reason, gradeListIssued, null, null, null, false, null);
  }
}
