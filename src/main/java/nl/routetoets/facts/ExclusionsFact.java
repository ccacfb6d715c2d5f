package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/**
 * The exclusion grounds of UR art. 2 the application declares for a route ({@code exclusions}). Always present for an
 * application route: an answer not given is a null component.
 */
public record ExclusionsFact(
    String path, String routePath, Boolean mboQualityInsufficient, Boolean leerwegResultsDeficient, Boolean inBolBblExperiment)
    implements Located, RouteScoped {}
