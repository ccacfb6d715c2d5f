package nl.routetoets.facts;

import nl.routetoets.ruleset.Reference.Qualification;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A school year at the institution ({@code years[i]}) beside the route it was approved for: one fact,
 * so that a rule compares the two within it and a year within the approval wakes no rule.
 *
 * @param qualification derived: the qualification of the year's crebo in the reference data; null when unknown
 * @param approvedLevel the mbo level of the route ({@code mbo.level})
 * @param approvedDomainLetter derived: the letter of the route's opleidingsdomein ({@code mbo.domain})
 */
public record YearAgainstApprovalFact(
    String path, String routePath, String schoolYear, Integer mboLevel, String crebo, Qualification qualification,
    Integer approvedLevel, String approvedDomainLetter) implements Located, RouteScoped {}
