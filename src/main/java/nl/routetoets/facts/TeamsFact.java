package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * Whether teams are used for parts of the route (WVO 10b13(3); {@code design.teams}); always a fact of a law route.
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record TeamsFact(String path, String routePath, Boolean used, Boolean namedInDescription, String articleText, String regime)
    implements Located, RouteScoped, LawDated {}
