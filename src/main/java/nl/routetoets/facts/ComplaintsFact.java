package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * The complaints arrangements of a route under the law ({@code complaints}, WVO 10b15(3)); always a fact of a law route.
 *
 * @param oneBoard derived from the provider: one board, so there is no other board to complain about (I-71)
 * @param nonFunded the provider is a designated non-funded school with a non-funded institution, to which 10b15(3) does not apply (58b)
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record ComplaintsFact(String path, String routePath, Boolean coversOtherBoard, Boolean chairIndependent, boolean oneBoard,
    boolean nonFunded, String articleText, String regime) implements Located, RouteScoped, LawDated {}
