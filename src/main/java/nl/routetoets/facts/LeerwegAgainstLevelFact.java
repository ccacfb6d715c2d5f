package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A leerweg a route under the law starts in, beside the mbo level it leads to (WVO 10b10(3)): one per
 * {@code leerwegen[i]} of the route. A trajectory's own start leerweg is held to the level in
 * {@link LawTrajectoryFact#startLeerwegAllowed()} (I-83).
 *
 * @param allowed derived: the leerweg–level matrix (wet2020.json leerwegLevels) allows it; null when the level is unknown
 * @param entree derived, as {@link MboProgrammeFact#entree()}: the route leads to an entreeopleiding; null when the route names no
 *     mbo programme
 * @param routeKind the kind of the route it is part of ({@code DLR} or {@code GLR}; null when unknown): so that a rule about one kind
 *     of route tests it here instead of joining the route
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record LeerwegAgainstLevelFact(
    String path, String routePath, String leerweg, Integer level, Boolean allowed, Boolean entree, String routeKind, String articleText,
    String regime)
    implements Located, RouteScoped, LawDated {}
