package nl.routetoets.facts;

import java.time.LocalDate;

/**
 * The student's leaving the route ({@code exit}); absent while the student is in it.
 *
 * @param textVersion derived: the text of the decree in force on the day of leaving, or on the peildatum when the
 *     exit gives no day ({@link RouteDates#dayOfLeaving}); null outside the experiment regimes (I-01, I-62)
 */
public record ExitFact(String path, String documentId, LocalDate leftOn, String reason, Boolean gradeListIssued,
    String textVersion) implements Located {}
