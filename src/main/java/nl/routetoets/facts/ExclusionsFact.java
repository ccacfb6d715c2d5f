package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/** The exclusion grounds of UR art. 2 the application declares for a route ({@code exclusions}). */
public record ExclusionsFact(
    String path, String routePath, Boolean mboQualityInsufficient, Boolean leerwegResultsDeficient, Boolean inBolBblExperiment)
    implements Located, RouteScoped {}
