package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/** The hours of a route's design ({@code design.hours}). */
public record HoursFact(String path, String routePath, Integer total, Integer guided, Integer workplacement)
    implements Located, RouteScoped {}
