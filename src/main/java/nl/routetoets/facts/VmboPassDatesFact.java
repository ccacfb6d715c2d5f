package nl.routetoets.facts;

import java.time.LocalDate;

/**
 * When a trajectory's exams and diplomas show the vmbo exam, or its common part, passed (what art. 9(3)
 * compares with the start of each school year) and completed, passed or not (what art. 7 and 8 hold
 * against the mbo exams and the route's deadlines). One per trajectory; a date is null when the record
 * shows no such pass or completion.
 *
 * @param passedOn derived: the first day the record shows the vmbo exam passed, by a vmbo diploma, the whole
 *     exam, or the common and the sector part both passed (I-60)
 * @param commonPartPassedOn derived: the first day the record shows the common part passed (I-60)
 * @param commonPartCompletedOn derived: the first day the exams show the common part completed, passed or not (I-07)
 * @param examCompletedOn derived: the first day the exams show the whole vmbo exam completed, passed or not (I-07)
 */
public record VmboPassDatesFact(
    String path, String documentId, LocalDate passedOn, LocalDate commonPartPassedOn, LocalDate commonPartCompletedOn,
    LocalDate examCompletedOn) implements Located {}
