package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;

/**
 * The student's leaving the route ({@code exit}); absent while the student is in it.
 *
 * @param textVersion derived: the text of the decree in force on the day of leaving, or on the peildatum when the
 *     exit gives no day ({@link RouteDates#dayOfLeaving}); null outside the experiment regimes (I-01, I-62)
 * @param regime derived: the regime of that same day (I-01, I-75); the structural law for a route under it
 * @param fallbackOffered {@code exit.fallback.offered}; null when the fallback is not recorded
 * @param diplomaHeldOnLeaving derived: a diploma was awarded on or before the day of leaving (I-86)
 * @param articleText derived: the WVO text in force on that day (N-LAW-27); null before the law
 */
public record ExitFact(
    String path, String documentId, LocalDate leftOn, String reason, Boolean gradeListIssued, String textVersion, String regime,
    Boolean definitivelyRemoved, Boolean fallbackOffered, boolean diplomaHeldOnLeaving, String articleText)
    implements Located, LawDated {

  /** A leaving as the decree's rules see it: its own fields and text version, without the law's. */
  public ExitFact(String path, String documentId, LocalDate leftOn, String reason, Boolean gradeListIssued, String textVersion) {
    this(path, documentId, leftOn, reason, gradeListIssued, textVersion, null, null, null, false, null);
  }
}
