package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * What only a geïntegreerde route has ({@code glr}, WVO 10b21); a fact of every GLR, with null where unknown.
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record GlrFact(String path, String routePath, Boolean bbFinalExamOffered, String articleText, String regime)
    implements Located, RouteScoped, LawDated {}
