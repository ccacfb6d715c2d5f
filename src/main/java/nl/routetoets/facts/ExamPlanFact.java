package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/** The exam plan of a route ({@code exams}). */
public record ExamPlanFact(
    String path, String routePath, Boolean sectorSubjectsExcluded, String vmboExamScope, Integer vmboExamLatestRouteYear)
    implements Located, RouteScoped {}
