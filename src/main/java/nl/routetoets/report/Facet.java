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
    String error) {

  /** A norm this subject has findings of, at one severity. */
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
}
