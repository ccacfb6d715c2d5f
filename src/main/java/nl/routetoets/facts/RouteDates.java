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

  /**
   * Whether the exit shows that the student left before that day: an exit without a day does not, so
   * what happened on that day still counts as within the route.
   */
  public static boolean leftBefore(ExitFact exit, LocalDate day) {
    return exit.leftOn() != null && exit.leftOn().isBefore(day);
  }

  /**
   * Whether the student may have left by the end of that day: left on or before it, or on a day the
   * exit does not give. Only without such an exit is the student known to be in the route after it.
   */
  public static boolean leftOnOrBefore(ExitFact exit, LocalDate day) {
    return exit.leftOn() == null || !exit.leftOn().isAfter(day);
  }

  /** The day the student left the route, or the peildatum when the exit gives no day. */
  public static LocalDate dayOfLeaving(ExitFact exit, LocalDate asOf) {
    return dayOfLeaving(exit.leftOn(), asOf);
  }

  /** As {@link #dayOfLeaving(ExitFact, LocalDate)}, from the exit's day before its fact exists. */
  public static LocalDate dayOfLeaving(LocalDate leftOn, LocalDate asOf) {
    return leftOn != null ? leftOn : asOf;
  }
}
