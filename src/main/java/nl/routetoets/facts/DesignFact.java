package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

import java.time.LocalDate;

/**
 * The design of a route ({@code design}): its length; the hours are on {@link HoursAgainstNormFact}, beside their norm.
 *
 * @param designEnd derived: the last day of the last school year of the design (I-17, I-22)
 */
public record DesignFact(String path, String routePath, Integer years, LocalDate designEnd) implements Located, RouteScoped {}
