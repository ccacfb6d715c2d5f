package nl.routetoets.facts;

import java.util.List;
import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * The mbo programme a route under the law leads to ({@code mbo}).
 *
 * @param entree derived: the programme is an entreeopleiding (level 1 or domain "NONE"), which is no DLR target (WEB 8.5a.2(1))
 */
public record MboProgrammeFact(
    String path, String routePath, Integer level, Integer programmeYears, Boolean extendedMiddenkader, String domain,
    List<String> qualifications, String pathway, Boolean relatedToVo, boolean entree, String articleText)
    implements Located, RouteScoped, LawDated {}
