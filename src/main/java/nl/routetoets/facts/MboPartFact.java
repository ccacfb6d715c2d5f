package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

import java.util.List;

/**
 * The mbo part of a route ({@code mbo}).
 *
 * @param domainLetter looked up: the letter of the opleidingsdomein in the reference data; null when unknown
 */
public record MboPartFact(
    String path, String routePath, Integer level, String domain, String domainLetter, List<String> qualifications,
    String pathway, Boolean extendedMiddenkader) implements Located, RouteScoped {}
