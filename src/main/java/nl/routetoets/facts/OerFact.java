package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/** What the onderwijs- en examenregeling lays down for a route ({@code oer}). */
public record OerFact(String path, String routePath, Boolean programmeWithHours, Boolean fallbackExecution)
    implements Located, RouteScoped {}
