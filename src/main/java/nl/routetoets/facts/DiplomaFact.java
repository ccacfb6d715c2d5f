package nl.routetoets.facts;

import java.time.LocalDate;

/**
 * One diploma a trajectory records ({@code diplomas[i]}); {@code diploma} is its {@code kind} field.
 *
 * @param regime derived: the regime of its award date (I-01), or the structural law for a route without approval (I-14)
 * @param kind derived: the route kind under that regime (I-01)
 * @param routeYear derived: the route year of its award date (I-17)
 */
public record DiplomaFact(
    String path, int index, String regime, String kind, String diploma, LocalDate awardedOn, Integer routeYear)
    implements Located {}
