package nl.routetoets.facts;

import nl.routetoets.ruleset.Parameters.HourNorm;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A route's programme hours ({@code design.hours}) beside the row of art. 6a (bol) or 6b (bbl) that
 * holds for its study duration in the text valid at its start: one fact, so that a rule compares the
 * two within it and a route that meets the norm wakes no rule. There is one only for a route of a
 * known kind whose pathway and study duration are known and whose duration has a row; the hours are
 * null where {@code design.hours} does not give them.
 *
 * @param norm derived: the hour norm for the pathway and duration at the route's start (I-10, I-11)
 */
public record HoursAgainstNormFact(
    String path, String routePath, String pathway, int years, HourNorm norm, Integer total, Integer guided, Integer workplacement)
    implements Located, RouteScoped {}
