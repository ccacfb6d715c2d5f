package nl.routetoets.facts;

/** What the onderwijs- en examenregeling lays down for a route ({@code oer}). */
public record OerFact(String path, String routePath, Boolean programmeWithHours, Boolean fallbackExecution)
    implements Located, RouteScoped {}
