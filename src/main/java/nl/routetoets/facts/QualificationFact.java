package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/**
 * One qualification a route names ({@code mbo.qualifications[i]}), with what the reference data say of it.
 *
 * @param listed whether the crebo code is in the reference data; when not, the other looked-up components are null
 * @param validAtStart derived: whether its qualification structure was valid for a route starting in its start year (I-50)
 * @param routeLevel the mbo level of the route that names it ({@code mbo.level}), which it must have (UR art. 2(4))
 * @param routeDomainLetter derived: the letter of that route's opleidingsdomein ({@code mbo.domain}), in which it must lie
 */
public record QualificationFact(
    String path, String routePath, String crebo, boolean listed, Integer level, String domainLetter, String name,
    String structure, String structureName, Boolean validAtStart, Integer routeLevel, String routeDomainLetter)
    implements Located, RouteScoped {}
