package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/**
 * Whether the school and the institution offered the route's programmes the year before ({@code offeredPreviousYear}).
 * Always present for an application route: an answer not given is a null component.
 */
public record OfferedPreviousYearFact(String path, String routePath, Boolean school, Boolean institution)
    implements Located, RouteScoped {}
