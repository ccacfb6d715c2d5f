package nl.routetoets.facts;

import java.time.LocalDate;

/**
 * One school year of a trajectory ({@code years[i]}); the work placement is a {@link WorkplacementFact}.
 *
 * @param regime derived: the regime of the year's first day (I-01), or the structural law for a route without approval (I-14)
 * @param kind derived: the route kind under that regime (I-01)
 * @param startDate derived: the enrolment date, else the first day of the school year
 * @param ageAtStart derived: the student's age in whole years on that day (I-21)
 * @param vmboPassedBefore derived: the vmbo part was shown passed before that day ({@link VmboPassDatesFact#passedOn()})
 * @param commonPartPassedBefore derived: the common part of the vmbo exam was passed before that day
 *     ({@link VmboPassDatesFact#commonPartPassedOn()})
 */
public record YearFact(
    String path, int index, String regime, String kind, String schoolYear, LocalDate startDate, Integer routeYear,
    String enrolledAt, LocalDate enrolledOn, Integer vmboLeerjaar, String elementcode, Integer mboLevel, String crebo,
    String pathway, Integer ageAtStart, boolean vmboPassedBefore, boolean commonPartPassedBefore) implements Located {}
