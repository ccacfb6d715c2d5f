package nl.routetoets.report;

import java.util.List;
import nl.routetoets.model.Severity;
import nl.routetoets.model.Verdict;

/**
 * What the aggregation keeps of one result: the groups it counts in and the norms it broke. Small,
 * so that a million of them never need to be held: each is counted and dropped.
 *
 * @param routeType, sectorProfiel, cohort, school null when not known
 * @param monitor the monitor's view of a trajectory; null for an application or an unreadable record
 * @param law what the sections on the law and the passage count; null for an application or an unreadable record
 * @param result the result itself, for the drill-down pages: the aggregation copies the findings of the few subjects it lists
 */
record Facet(
    String type,
    String id,
    String file,
    Integer line,
    Verdict verdict,
    String regime,
    String routeType,
    String sectorProfiel,
    String cohort,
    String school,
    List<NormHit> hits,
    MonitorStatus monitor,
    String error,
    Law law,
    nl.routetoets.model.Result result) {

  /** A facet without the law's view or a result: an application, an unreadable record, a document of another type. */
  Facet(String type, String id, String file, Integer line, Verdict verdict, String regime, String routeType, String sectorProfiel,
      String cohort, String school, List<NormHit> hits, MonitorStatus monitor, String error) {
    this(type, id, file, line, verdict, regime, routeType, sectorProfiel, cohort, school, hits, monitor, error, null, null);
  }

  /** A norm this subject has findings of, at one severity, from one rule (a norm may be checked by several rules). */
  record NormHit(String norm, Severity severity, String citation, String rule, int findings) {}

  /**
   * The monitor indicators for one trajectory (definitions in docs/reports.md, "The monitor's indicators").
   *
   * @param observedAtTwo the peildatum is on or after 1 October of the school year two years after the start
   * @param leftWithoutQualification left the route before the peildatum without an mbo diploma of level 2 or higher
   * @param inMboAtTwo enrolled at the institution in the school year two years after the start
   * @param sameDirection in mbo then, in the same direction as the vmbo sector or profiel; null when either is unknown
   */
  record MonitorStatus(boolean observedAtTwo, boolean leftWithoutQualification, boolean inMboAtTwo, Boolean sameDirection) {}

  /**
   * What the sections on the law and the passage count of a trajectory or a route document (definitions in
   * docs/reports.md, "Routes under the law and the passage of 2022").
   *
   * @param routeKind DLR or GLR for a route under the law; null for an experiment route or when unknown
   * @param leerweg a trajectory's start leerweg; a route document's leerwegen joined by "/"; null when unknown
   * @param level the mbo level of the route; null when unknown
   * @param inMatrix whether the law's matrix allows that leerweg (every one of them, for a route) and level; null when unknown
   * @param examRouteYear a trajectory: the route year in which its vmbo exam was completed ("1" … "5+"), or
   *     {@link #NONE}; a route document: its design's route year of the central exam, or {@link #NONE}; null when unknown
   * @param exit how a trajectory left its route by the peildatum; null when it did not
   * @param stillInRouteAtSwitch an experiment trajectory seen on or after the day every route meets the law: whether it was
   *     still in its route on that day; null for any other
   * @param judgedUnderLaw it has a finding of a rule of the law
   */
  record Law(
      String routeKind, String leerweg, Integer level, Boolean inMatrix, String examRouteYear, Exit exit,
      Boolean stillInRouteAtSwitch, boolean judgedUnderLaw) {
    static final String NONE = "NONE";
  }

  /**
   * Leaving the route before the peildatum.
   *
   * @param option {@link #OVERSTAP} (the law's overstapoptie: a law route, or an experiment route left on or after the
   *     switch) or {@link #FALLBACK} (the decree's art. 11, an experiment route left before it)
   * @param offered whether the option was offered; null when not recorded
   * @param removed definitively removed, so that no overstapoptie is owed
   */
  record Exit(String option, Boolean offered, boolean removed) {
    static final String OVERSTAP = "OVERSTAPOPTIE";
    static final String FALLBACK = "TERUGVALOPTIE";
  }
}
