package nl.routetoets.facts;

import java.time.LocalDate;

/**
 * One exam (part) a trajectory records ({@code exams[i]}).
 *
 * @param regime derived: the regime of its completion date (I-01), or the structural law for a route without approval (I-14)
 * @param kind derived: the route kind under that regime (I-01)
 * @param routeYear derived: the route year of its completion date (I-17)
 * @param vmboCommonPartCompletedBy derived: by its completion date the exams show the vmbo common part completed (I-07)
 * @param vmboExamCompletedBy derived: by its completion date the exams show the whole vmbo exam completed (I-07)
 */
public record ExamFact(
    String path, int index, String regime, String kind, String part, Integer level, LocalDate completedOn, Boolean passed,
    Integer routeYear, boolean vmboCommonPartCompletedBy, boolean vmboExamCompletedBy) implements Located {}
