package nl.routetoets.generate;

/** The kinds of problem the generator puts into a share of the trajectories, each aimed at a part of the report. */
public enum Violation {
  /** The vmbo exam is completed two years later, after its deadline (art. 7). */
  LATE_EXAM("late-exam", 0.04),
  /** Still enrolled at the school in route year 3 (art. 9). */
  STILL_AT_SCHOOL("still-at-school", 0.03),
  /** BBL in route year 3 for a student under 16 (art. 5(5)). */
  BBL_UNDER_16("bbl-under-16", 0.02),
  /** An element code of another sector (code tables, 2014-2016 only). */
  WRONG_ELEMENTCODE("wrong-elementcode", 0.03),
  /** Leaves the route in year 3 without the fallback option (art. 11). */
  NO_FALLBACK("no-fallback", 0.02),
  /** Leaves the route in year 3 with the fallback offered: a REVIEW of art. 11, and leaving without a qualification. */
  DROP_OUT("drop-out", 0.03),
  /** In mbo with a qualification of another direction than approved (I-04), which the monitor's "same direction" shows. */
  OTHER_DIRECTION("other-direction", 0.02),
  /** Whether the student was informed before enrolment is not recorded: a REVIEW. */
  UNKNOWN_FACT("unknown-fact", 0.03),
  /** A record that cannot be read (a school year that is not two consecutive years). */
  INVALID("invalid", 0.005);

  public final String option;
  public final double defaultShare;

  Violation(String option, double defaultShare) {
    this.option = option;
    this.defaultShare = defaultShare;
  }
}
