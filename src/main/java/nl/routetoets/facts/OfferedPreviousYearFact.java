package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/** Whether the school and the institution offered the route's programmes the year before ({@code offeredPreviousYear}). */
public record OfferedPreviousYearFact(String path, String routePath, Boolean school, Boolean institution)
    implements Located, RouteScoped {}
