package nl.routetoets.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.routetoets.model.Severity;
import nl.routetoets.model.Verdict;

/**
 * Counts every result into the report's figures: totals per verdict, per group (regime, route type,
 * sector or profiel, cohort, school), per norm, per school and norm, and the monitor indicators.
 * Memory grows with the number of distinct groups, never with the number of records: each figure
 * keeps a count and at most {@code limit} subject ids. Fed in input order, so its lists are deterministic.
 */
final class Aggregation {
  static final String UNKNOWN = "onbekend";
  static final List<String> DIMENSIONS = List.of("regime", "routeType", "sectorProfiel", "cohort", "school");

  /** One group's counts per verdict, with the non-compliant subjects behind them. */
  static final class Cell {
    final long[] byVerdict = new long[Verdict.values().length];
    final Ids nonCompliant;
    long total;

    Cell(int limit) {
      nonCompliant = new Ids(limit);
    }
  }

  /** One norm: subjects and findings per severity. */
  static final class NormCell {
    final String norm;
    String citation;
    String rule;
    final Ids violations;
    final Ids reviews;
    long violationFindings;
    long reviewFindings;

    NormCell(String norm, int limit) {
      this.norm = norm;
      this.violations = new Ids(limit);
      this.reviews = new Ids(limit);
    }
  }

  /** The monitor indicators of one route type and cohort. */
  static final class MonitorCell {
    long trajectories;
    long observedTwoYears;
    final Ids left;
    long inMboBase;
    final Ids inMbo;
    long directionBase;
    final Ids sameDirection;

    MonitorCell(int limit) {
      left = new Ids(limit);
      inMbo = new Ids(limit);
      sameDirection = new Ids(limit);
    }
  }

  final int limit;
  long records;
  final Map<String, long[]> verdictsByType = new TreeMap<>();
  /** type → dimension → value → cell. */
  final Map<String, Map<String, Map<String, Cell>>> groups = new TreeMap<>();
  final Map<String, NormCell> norms = new TreeMap<>();
  /** school → norm → subjects with a violation of it. */
  final Map<String, Map<String, Ids>> schoolNorms = new TreeMap<>();
  /** route type → cohort → indicators. */
  final Map<String, Map<String, MonitorCell>> monitor = new TreeMap<>();
  final Ids invalid;
  /** Records the rules could not finish (verdict ERROR), by their error. */
  final Ids errors;

  Aggregation(int limit) {
    this.limit = limit;
    this.invalid = new Ids(limit);
    this.errors = new Ids(limit);
  }

  /** Whether any record got ERROR: only then do the outputs show that verdict, so a run without one is as before. */
  boolean hasErrors() {
    return errors.count() > 0;
  }

  void add(Facet f) {
    records++;
    String subject = f.id() != null ? f.id() : f.file() + (f.line() == null ? "" : ":" + f.line());
    verdictsByType.computeIfAbsent(f.type(), k -> new long[Verdict.values().length])[f.verdict().ordinal()]++;
    if (f.verdict() == Verdict.INVALID) {
      invalid.add(f.error() == null ? subject : f.error());
    }
    if (f.verdict() == Verdict.ERROR) {
      errors.add(f.error() == null ? subject : (f.id() == null ? "" : f.id() + ": ") + f.error());
    }
    Map<String, Map<String, Cell>> byDimension = groups.computeIfAbsent(f.type(), k -> new TreeMap<>());
    String[] values = {f.regime(), f.routeType(), f.sectorProfiel(), f.cohort(), f.school()};
    for (int i = 0; i < values.length; i++) {
      Cell c = byDimension.computeIfAbsent(DIMENSIONS.get(i), k -> new TreeMap<>())
          .computeIfAbsent(values[i] == null ? UNKNOWN : values[i], k -> new Cell(limit));
      c.total++;
      c.byVerdict[f.verdict().ordinal()]++;
      if (f.verdict() == Verdict.NON_COMPLIANT) {
        c.nonCompliant.add(subject);
      }
    }
    for (Facet.NormHit h : f.hits()) {
      NormCell n = norms.computeIfAbsent(h.norm(), k -> new NormCell(k, limit));
      if (n.citation == null) {
        n.citation = h.citation();
        n.rule = h.rule();
      }
      if (h.severity() == Severity.VIOLATION) {
        n.violations.add(subject);
        n.violationFindings += h.findings();
        schoolNorms.computeIfAbsent(f.school() == null ? UNKNOWN : f.school(), k -> new TreeMap<>())
            .computeIfAbsent(h.norm(), k -> new Ids(limit)).add(subject);
      } else {
        n.reviews.add(subject);
        n.reviewFindings += h.findings();
      }
    }
    if (f.monitor() != null) {
      monitor(f, subject);
    }
  }

  private void monitor(Facet f, String subject) {
    Facet.MonitorStatus s = f.monitor();
    MonitorCell m = monitor.computeIfAbsent(f.routeType() == null ? UNKNOWN : f.routeType(), k -> new TreeMap<>())
        .computeIfAbsent(f.cohort() == null ? UNKNOWN : f.cohort(), k -> new MonitorCell(limit));
    m.trajectories++;
    if (s.leftWithoutQualification()) {
      m.left.add(subject);
    }
    if (!s.observedAtTwo()) {
      return;
    }
    m.observedTwoYears++;
    if (s.leftWithoutQualification()) {
      return; // as in the monitor: school leavers are not in the base of "in mbo"
    }
    m.inMboBase++;
    if (s.inMboAtTwo()) {
      m.inMbo.add(subject);
      if (s.sameDirection() != null) {
        m.directionBase++;
        if (s.sameDirection()) {
          m.sameDirection.add(subject);
        }
      }
    }
  }

  /** Norms by subjects with a violation, most first; ties by norm id. */
  List<NormCell> normsByViolations() {
    return norms.values().stream()
        .sorted(Comparator.comparingLong((NormCell n) -> -n.violations.count())
            .thenComparingLong(n -> -n.reviews.count()).thenComparing(n -> n.norm))
        .toList();
  }
}
