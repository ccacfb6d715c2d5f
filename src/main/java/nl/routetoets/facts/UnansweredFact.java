package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/**
 * A field that the document leaves unanswered: its part is absent, or the field is null (a list of
 * qualifications also when empty). There is one only for an unanswered field, so that a rule about an
 * unknown field wakes only for a document that lacks it; a complete document has none.
 *
 * @param path the field's JSON path ({@code routes[0].mbo.level}, {@code agreement})
 * @param routePath the route the field belongs to; null for a field of the form itself ({@code agreement})
 * @param field the field below the route: {@code leerwegen} (also when empty), {@code mbo.level}, {@code mbo.domain}, {@code mbo.pathway},
 *     {@code mbo.qualifications}, {@code vmbo.sector}, {@code vmbo.profiel}, {@code exams.vmboExamLatestRouteYear} or
 *     {@code exams.sectorSubjectsExcluded}; or of the document: {@code agreement}, {@code applicant.school.signed},
 *     {@code applicant.institution.signed} (an application),
 *     {@code approval} (a trajectory's {@code route.approval})
 */
public record UnansweredFact(String path, String routePath, String field) implements Located, RouteScoped {}
