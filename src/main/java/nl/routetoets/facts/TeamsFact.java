package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/** Whether teams are used for parts of the route (WVO 10b13(3); {@code design.teams}); always a fact of a law route. */
public record TeamsFact(String path, String routePath, Boolean used, Boolean namedInDescription, String articleText)
    implements Located, RouteScoped, LawDated {}
