package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A field of a route under the law that the document leaves unanswered: its part is absent or the
 * field is null (a list also when empty). As {@link UnansweredFact} for the experiment, so that a rule
 * about an unknown field wakes only for a document that lacks it.
 *
 * @param field below the route: {@code kind}, {@code firstSchoolYear}, {@code provider.form}, {@code provider.school.leerwegen},
 *     {@code provider.school.profielen}, {@code leerwegen}, {@code vmbo.profiel}, {@code mbo.level}, {@code mbo.programmeYears},
 *     {@code mbo.pathway}, {@code mbo.relatedToVo}, {@code design.years}, {@code design.locations}, {@code design.vmboCentralExamRouteYear},
 *     {@code design.hours}, {@code agreement}, {@code melding}
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record LawUnansweredFact(String path, String routePath, String field, String articleText, String regime)
    implements Located, RouteScoped, LawDated {}
