package nl.routetoets.generate;

/**
 * The kinds of problem the generator puts into a share of the trajectories, each aimed at a part of
 * the report. A kind belongs to the trajectories of one family: an experiment route, a route under the
 * structural law of 2020, or an experiment route still running when the law took over (1 August 2022).
 */
public enum Violation {
  /** The vmbo exam is completed two years later, after its deadline (art. 7). */
  LATE_EXAM("late-exam", 0.04, Family.EXPERIMENT),
  /** Still enrolled at the school in route year 3 (art. 9). */
  STILL_AT_SCHOOL("still-at-school", 0.03, Family.EXPERIMENT),
  /** BBL in route year 3 for a student under 16 (art. 5(5)). */
  BBL_UNDER_16("bbl-under-16", 0.02, Family.EXPERIMENT),
  /** An element code of another sector (code tables, 2014-2016 only). */
  WRONG_ELEMENTCODE("wrong-elementcode", 0.03, Family.EXPERIMENT),
  /** Leaves the route in year 3 without the fallback option (art. 11). */
  NO_FALLBACK("no-fallback", 0.02, Family.EXPERIMENT),
  /** Leaves the route in year 3 with the fallback offered: a REVIEW of art. 11, and leaving without a qualification. */
  DROP_OUT("drop-out", 0.03, Family.EXPERIMENT),
  /** In mbo with a qualification of another direction than approved (I-04), which the monitor's "same direction" shows. */
  OTHER_DIRECTION("other-direction", 0.02, Family.EXPERIMENT),
  /** Whether the student was informed before enrolment is not recorded: a REVIEW. */
  UNKNOWN_FACT("unknown-fact", 0.03, Family.EXPERIMENT),
  /** A record that cannot be read (a school year that is not two consecutive years). */
  INVALID("invalid", 0.005, Family.EXPERIMENT),

  /** A DLR from GL to mbo-3: a leerweg and level outside the law's matrix (N-LAW-11). The route is inline. */
  OUTSIDE_MATRIX("outside-matrix", 0.01, Family.LAW, true),
  /** Fewer hours than the table, recorded nowhere: not in schoolplan, schoolgids or annual report (N-LAW-8, N-LAW-15). The route is inline. */
  HOURS_SHORT("hours-short", 0.01, Family.LAW, true),
  /** The boards never notified the Minister: {@code melding: "NONE"} (N-LAW-3). The route is inline. */
  NO_MELDING("no-melding", 0.01, Family.LAW, true),
  /** Still enrolled at the school in route year 3 of a law route (N-LAW-16). */
  ENROLLED_AT_SCHOOL("enrolled-at-school", 0.01, Family.LAW),
  /** Followed mbo parts without an agreement with the institution: {@code mboAgreementOn: "NONE"} (N-LAW-17). */
  NO_MBO_AGREEMENT("no-mbo-agreement", 0.01, Family.LAW),
  /** At the institution in route year 3 without a complete vmbo exam, and not entered as exam candidate (N-LAW-20). */
  NOT_EXAM_CANDIDATE("not-exam-candidate", 0.01, Family.LAW),
  /** Leaves a law route in route year 2 without the overstapoptie offered (N-LAW-9). */
  NO_OVERSTAP("no-overstap", 0.01, Family.LAW),
  /** Leaves a law route in route year 2 with the overstapoptie offered: no violation, but it makes the overstap rate. */
  OVERSTAP("overstap", 0.02, Family.LAW),
  /**
   * A vakmanschaproute from KB to mbo-2 of the 2019 round, still running on 1 August 2022: outside the law's matrix,
   * with neither the fallback nor a regular enrolment recorded (N-TRANS-3).
   */
  RUNNING_OUTSIDE_MATRIX("running-outside-matrix", 0.01, Family.PASSAGE);

  /** Which trajectories a kind of problem is put into. */
  public enum Family {
    /** Experiment routes (the decree of 2013/2015). */
    EXPERIMENT,
    /** Routes under the structural law, cohorts 2020-2021 to 2025-2026. */
    LAW,
    /** Experiment routes still running on 1 August 2022. */
    PASSAGE
  }

  public final String option;
  public final double defaultShare;
  public final Family family;
  /** A fault of the route's design: also drawn, with the same share, for the route documents, which then no trajectory refers to. */
  public final boolean ofTheRoute;

  Violation(String option, double defaultShare, Family family) {
    this(option, defaultShare, family, false);
  }

  Violation(String option, double defaultShare, Family family, boolean ofTheRoute) {
    this.option = option;
    this.defaultShare = defaultShare;
    this.family = family;
    this.ofTheRoute = ofTheRoute;
  }
}
