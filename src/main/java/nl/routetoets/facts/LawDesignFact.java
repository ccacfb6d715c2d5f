package nl.routetoets.facts;

import java.util.List;
import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * The design of a route under the law ({@code design}); always a fact of a law route, with nulls where
 * the document does not say.
 *
 * @param centralExamRouteYear the route year of the 1st and 2nd sitting of the central exam; null when unknown or none
 * @param noCentralExam the design has no vmbo central exam ({@code "NONE"}: a GLR without the BB exam)
 * @param routeKind the kind of the route it is part of ({@code DLR} or {@code GLR}; null when unknown): so that a rule about one kind
 *     of route tests it here instead of joining the route
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record LawDesignFact(
    String path, String routePath, Integer years, List<String> locations, Integer centralExamRouteYear, boolean noCentralExam,
    String routeKind, String articleText, String regime) implements Located, RouteScoped, LawDated {}
