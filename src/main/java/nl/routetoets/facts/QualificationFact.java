package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

/**
 * One qualification a route names ({@code mbo.qualifications[i]}), with what the reference data say of it.
 *
 * @param listed whether the crebo code is in the reference data; when not, the other looked-up components are null
 * @param validAtStart derived: whether its qualification structure was valid for a route starting in its start year (I-50)
 */
public record QualificationFact(
    String path, String routePath, String crebo, boolean listed, Integer level, String domainLetter, String name,
    String structure, String structureName, Boolean validAtStart) implements Located, RouteScoped {}
