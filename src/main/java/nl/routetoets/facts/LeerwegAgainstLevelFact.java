package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A leerweg a route under the law starts in, beside the mbo level it leads to (WVO 10b10(3)): one per
 * {@code leerwegen[i]} of the route. A trajectory's own start leerweg is held to the level in
 * {@link LawTrajectoryFact#startLeerwegAllowed()} (I-83).
 *
 * @param allowed derived: the leerweg–level matrix (wet2020.json leerwegLevels) allows it; null when the level is unknown
 */
public record LeerwegAgainstLevelFact(String path, String routePath, String leerweg, Integer level, Boolean allowed, String articleText)
    implements Located, RouteScoped, LawDated {}
