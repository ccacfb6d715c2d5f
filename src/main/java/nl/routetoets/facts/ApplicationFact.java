package nl.routetoets.facts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An application form ({@code formats.md} "application"): its own fields. Its parts are facts of
 * their own (applicant, agreement, advice, project plan, assessment, routes), present when the form has them.
 *
 * @param regime derived: the regime of the submission instant, else of the start year (I-01, I-18)
 * @param startRegime derived: the regime of the first day of the start year (I-01, I-18)
 * @param submittedDate derived: the submission instant as a date in Dutch time (I-19)
 * @param routeCount how many routes the form requests
 * @param routeTypes the route types its routes name, each once, in order (I-12: one form, one experiment)
 * @param textVersion derived: the text of the decree in force at the submission instant, else on the first day of
 *     the start year, within the regime (I-18, I-62)
 */
public record ApplicationFact(
    String path, String id, String regime, String startRegime, OffsetDateTime submittedAt, LocalDate submittedDate,
    String submissionChannel, String startSchoolYear, LocalDate decidedOn, Boolean existingCooperation,
    Boolean pilotProfielSchool, int routeCount, java.util.SortedSet<String> routeTypes, String textVersion) implements Located {}
