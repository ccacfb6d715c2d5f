package nl.routetoets.facts;

import java.time.LocalDate;

/**
 * One exam (part) a trajectory records ({@code exams[i]}).
 *
 * @param regime derived: the regime of its completion date (I-01), or the structural law for a route without approval (I-14)
 * @param kind derived: the route kind under that regime (I-01)
 * @param routeYear derived: the route year of its completion date (I-17)
 */
public record ExamFact(
    String path, int index, String regime, String kind, String part, Integer level, LocalDate completedOn, Boolean passed,
    Integer routeYear) implements Located {}
