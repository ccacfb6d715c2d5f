package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/** The complaints arrangements of a route under the law ({@code complaints}, WVO 10b15(3)); always a fact of a law route. */
public record ComplaintsFact(String path, String routePath, Boolean coversOtherBoard, Boolean chairIndependent, boolean oneBoard,
    String articleText) implements Located, RouteScoped, LawDated {}
