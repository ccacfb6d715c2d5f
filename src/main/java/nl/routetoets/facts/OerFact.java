package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/**
 * What the onderwijs- en examenregeling lays down for a route ({@code oer}). Always present for an application route:
 * an answer not given is a null component.
 */
public record OerFact(String path, String routePath, Boolean programmeWithHours, Boolean fallbackExecution)
    implements Located, RouteScoped {}
