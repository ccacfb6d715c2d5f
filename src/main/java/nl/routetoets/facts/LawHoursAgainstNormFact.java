package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.Parameters.HourNorm;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A law route's hours ({@code design.hours}) beside the row of WVO 10b17 (BOL) or 10b18 (BBL) for its
 * duration, and where a shortfall is recorded ({@code design.reducedHours}, 10b17(2)/10b18(2)). There
 * is one only when the pathway and the duration are known and the duration has a row.
 *
 * @param norm derived: the row for the pathway and duration (wet2020.json hours)
 * @param shortBy derived: the hour figures given that fall below the row, by name ({@code total}, {@code guided}, {@code workplacement}); empty when none does
 * @param nonFunded the provider is a designated non-funded school with a non-funded institution (N-LAW-25)
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record LawHoursAgainstNormFact(
    String path, String routePath, String pathway, int years, HourNorm norm, Integer total, Integer guided, Integer workplacement,
    java.util.List<String> shortBy, Boolean schoolplan, Boolean schoolgids, Boolean annualReport, boolean nonFunded,
    String articleText, String regime) implements Located, RouteScoped, LawDated {}
