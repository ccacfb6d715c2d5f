package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.LawParameters.Band;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A law route's study duration ({@code design.years}) beside the band of WVO 10b16 for the length of
 * its mbo programme: one fact, so that a rule compares the two within it.
 *
 * @param band derived: the band for {@code mbo.programmeYears} and {@code mbo.extendedMiddenkader} (wet2020.json); null when unknown
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record LawDurationAgainstBandFact(
    String path, String routePath, Integer years, Integer programmeYears, Boolean extendedMiddenkader, Band band, String articleText, String regime)
    implements Located, RouteScoped, LawDated {}
