package nl.routetoets.facts;

import java.time.LocalDate;

/** Days in the life of a route that the rules judge by the law in force on them (I-01). */
public final class RouteDates {
  private RouteDates() {}

  /**
   * The last day of a route year (I-17): route year n ends on the day before the n-th anniversary of
   * the route's first day, 31 July for a route that starts on 1 August.
   */
  public static LocalDate endOfRouteYear(LocalDate start, int routeYear) {
    return start.plusYears(routeYear).minusDays(1);
  }

  /** The day the student left the route, or the peildatum when the exit gives no day. */
  public static LocalDate dayOfLeaving(ExitFact exit, LocalDate asOf) {
    return exit.leftOn() != null ? exit.leftOn() : asOf;
  }
}
