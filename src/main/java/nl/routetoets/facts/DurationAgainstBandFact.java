package nl.routetoets.facts;

import nl.routetoets.ruleset.Parameters.DurationBand;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A route's study duration ({@code design.years}) beside the duration bands that hold for its kind at
 * its start: one fact, so that a rule compares the two within it and a route inside its band wakes
 * no rule. There is one for every route of a known kind; {@code years} is null when the design does
 * not give it, and a band is null when no band of that kind holds at the start.
 *
 * @param band derived: the band of art. 6 (D2015) for the route's kind at its start (I-11)
 * @param extendedBand derived: for a beroepsroute (BR), the band of a beroepsroute with a verlengde
 *     middenkaderopleiding (BR_L) at its start, which art. 6(d) sets beside art. 6(c); null for other kinds
 * @param regularBand derived: the regular duration of the programmes the route combines (D2013 art. 2(3)) for
 *     its kind at its start
 */
public record DurationAgainstBandFact(
    String path, String routePath, String kind, Integer years, DurationBand band, DurationBand extendedBand,
    DurationBand regularBand) implements Located, RouteScoped {}
