package nl.routetoets.facts;

import java.util.List;
import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * The mbo programme a route under the law leads to ({@code mbo}).
 *
 * @param entree derived: the programme is an entreeopleiding (level 1 or domain "NONE"), which is no DLR target (WEB 8.5a.2(1))
 * @param routeKind the kind of the route it is part of ({@code DLR} or {@code GLR}; null when unknown): so that a rule about one kind
 *     of route tests it here instead of joining the route
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record MboProgrammeFact(
    String path, String routePath, Integer level, Integer programmeYears, Boolean extendedMiddenkader, String domain,
    List<String> qualifications, String pathway, Boolean relatedToVo, boolean entree, String routeKind, String articleText, String regime)
    implements Located, RouteScoped, LawDated {}
