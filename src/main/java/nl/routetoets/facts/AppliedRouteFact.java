package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/**
 * A route of an application as the rules in force at its submission read it ({@code routes[i]}): the
 * text under which a route is applied for says what may be applied for, even where the route itself
 * runs under the text of its start year (I-18). {@code path} is the route's own path.
 *
 * @param kind derived: the route kind under the application's regime (I-01, I-18); null when that regime knows none
 * @param technologieroute derived: a technologieroute as art. 1(1)(p) means it: so called, and its vmbo part not
 *     known to lie outside techniek and landbouw (D2015 as I-05 reads it; the texts from 2018 name the same
 *     origins, I-63)
 */
public record AppliedRouteFact(String path, String routePath, String kind, boolean technologieroute)
    implements Located, RouteScoped {}
