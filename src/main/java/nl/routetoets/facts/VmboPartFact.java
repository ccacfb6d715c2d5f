package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/**
 * The vmbo part of a route ({@code vmbo}).
 *
 * @param technicalSector derived: sector techniek or landbouw, or a technical profiel or Groen (I-05); null when neither is known
 */
public record VmboPartFact(String path, String routePath, String sector, String profiel, String afdeling, Boolean technicalSector)
    implements Located, RouteScoped {}
