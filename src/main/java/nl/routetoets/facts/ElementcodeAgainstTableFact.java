package nl.routetoets.facts;

import java.util.Set;

/**
 * A school year's element code ({@code years[i].elementcode}) beside what the element-code table of
 * that school year gives for the route: one fact, so that a rule compares the two within it and a
 * year on a right code wakes no rule. There is one for each school year that a table covers
 * (2014-2015 and 2015-2016, I-13), whatever the enrolment.
 *
 * @param kind the route's kind under the regime of its start
 * @param leerweg the student's leerweg at the start of the route ({@code startLeerweg})
 * @param sector the sector of the route's vmbo part
 * @param experimentCodes derived: the experiment codes the table gives for that kind, leerweg and sector
 *     (empty when it has none); null when one of the three is not known (I-13)
 */
public record ElementcodeAgainstTableFact(
    String path, String schoolYear, String elementcode, String kind, String leerweg, String sector, Set<String> experimentCodes)
    implements Located {}
