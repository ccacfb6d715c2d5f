package nl.routetoets.facts;

import java.time.LocalDate;

/** The student's leaving the route ({@code exit}); absent while the student is in it. */
public record ExitFact(String path, String documentId, LocalDate leftOn, String reason, Boolean gradeListIssued)
    implements Located {}
