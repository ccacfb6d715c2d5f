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
  static class Cell {
    final long[] byVerdict = new long[Verdict.values().length];
    final Ids nonCompliant;
    long total;

    Cell(int limit) {
      nonCompliant = new Ids(limit);
    }

    /** The subjects that could be read (verdict other than INVALID): the denominator of every rate of the group. */
    long readable() {
      return total - byVerdict[Verdict.INVALID.ordinal()];
    }
  }

  /**
   * One norm: subjects and findings per severity, over every subject type and per type, and per rule (a norm may be
   * checked by several rules, so that one subject can have several findings of it).
   */
  static final class NormCell {
    final String norm;
    String citation;
    String rule;
    final Ids violations;
    final Ids reviews;
    long violationFindings;
    long reviewFindings;
    /** subject type → [violation subjects, violation findings, review subjects, review findings]. */
    final Map<String, long[]> byType = new TreeMap<>();
    /** rule → [violation subjects, violation findings, review subjects, review findings]. */
    final Map<String, long[]> byRule = new TreeMap<>();

    NormCell(String norm, int limit) {
      this.norm = norm;
      this.violations = new Ids(limit);
      this.reviews = new Ids(limit);
    }

    long[] ofType(String type) {
      return byType.getOrDefault(type, new long[4]);
    }
  }

  /** The subjects of one type at one school with a violation [0] or a review [1] of one norm. */
  static final class SchoolNorm {
    final Ids violations;
    final Ids reviews;

    SchoolNorm(int limit) {
      violations = new Ids(limit);
      reviews = new Ids(limit);
    }
  }

  /** A finding of a subject listed on a drill-down page. */
  record Line(String norm, String severity, String citation, String rule, String routeId, String path, String nl, String en) {}

  /** A subject listed on a drill-down page, with its findings (kept only for the first few of each school and norm). */
  record Listed(String type, String id, String school, Verdict verdict, String regime, List<Line> findings) {}

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

  /**
   * The students of one regime, or the students or route documents of one kind: counts per verdict, the non-compliant
   * subjects, and how many were (also) judged by a rule of the law.
   */
  static final class LawCell extends Cell {
    long judgedUnderLaw;

    LawCell(int limit) {
      super(limit);
    }

    void add(Facet f, String subject) {
      total++;
      byVerdict[f.verdict().ordinal()]++;
      if (f.verdict() == Verdict.NON_COMPLIANT) {
        nonCompliant.add(subject);
      }
      if (f.law().judgedUnderLaw()) {
        judgedUnderLaw++;
      }
    }
  }

  /** Students who left their route by the peildatum, for one option (overstapoptie or fallback). */
  static final class ExitCell {
    long left;
    long removed;
    long offered;
    long unknown;
    final Ids notOffered;

    ExitCell(int limit) {
      notOffered = new Ids(limit);
    }

    /** Left, less those definitively removed (no overstapoptie owed): the base of the rate. */
    long base() {
      return left - removed;
    }
  }

  /** The experiment students seen on or after the switch of 1 August 2022, and how those still in a route were judged. */
  static final class PassageCell {
    long observed;
    final LawCell stillInRoute;
    long outsideMatrix;
    /** norm → subjects among those still in a route with a violation [0] or a review [1] of it. */
    final Map<String, long[]> norms = new TreeMap<>();

    PassageCell(int limit) {
      stillInRoute = new LawCell(limit);
    }
  }

  /** The counts of the sections on the law and the passage (docs/reports.md); each table is keyed as its comment says. */
  static final class LawSections {
    /** Students (readable trajectories) by the regime of their result. */
    final Map<String, LawCell> regimes = new TreeMap<>();
    /** "trajectory" or "route" → route kind (DLR, GLR, or UNKNOWN) → students in a route under the law, or route documents. */
    final Map<String, Map<String, LawCell>> kinds = new TreeMap<>();
    /** group (a regime for students, {@code route} for route documents) → leerweg → mbo level → count. */
    final Map<String, Map<String, Map<String, long[]>>> leerwegLevels = new TreeMap<>();
    /** leerweg and level → whether the law's matrix allows them (null: unknown); the same for every group. */
    final Map<String, Boolean> inMatrix = new TreeMap<>();
    /** group (as above) → route year of the vmbo exam (of the design, for route documents) → count. */
    final Map<String, Map<String, long[]>> examYears = new TreeMap<>();
    /** overstapoptie or fallback → leavers. */
    final Map<String, ExitCell> exits = new TreeMap<>();
    PassageCell passage;
    /** The day from which every route meets the law (regimes.json); null when the rule set does not say. */
    java.time.LocalDate switchDay;
    /** The readable trajectories: the one denominator of the students' tables. */
    long students;
    /** The readable route documents, counted as routes, not as students. */
    long routes;
  }

  final int limit;
  long records;
  final LawSections law = new LawSections();
  final Map<String, long[]> verdictsByType = new TreeMap<>();
  /** type → dimension → value → cell. */
  final Map<String, Map<String, Map<String, Cell>>> groups = new TreeMap<>();
  final Map<String, NormCell> norms = new TreeMap<>();
  /** subject type → school → norm → subjects with a violation or a review of it. */
  final Map<String, Map<String, Map<String, SchoolNorm>>> schoolNorms = new TreeMap<>();
  /** type + " " + subject → the subject and its findings, for the subjects a drill-down page lists. */
  final Map<String, Listed> listed = new java.util.HashMap<>();
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
    List<Facet.NormHit> hits = f.hits();
    String school = f.school() == null ? UNKNOWN : f.school();
    for (int i = 0; i < hits.size(); i++) {
      Facet.NormHit h = hits.get(i);
      NormCell n = norms.computeIfAbsent(h.norm(), k -> new NormCell(k, limit));
      if (n.citation == null) {
        n.citation = h.citation();
        n.rule = h.rule();
      }
      boolean violation = h.severity() == Severity.VIOLATION;
      int at = violation ? 0 : 2;
      long[] rule = n.byRule.computeIfAbsent(h.rule() == null ? UNKNOWN : h.rule(), k -> new long[4]);
      rule[at]++;
      rule[at + 1] += h.findings();
      long[] type = n.byType.computeIfAbsent(f.type(), k -> new long[4]);
      type[at + 1] += h.findings();
      if (violation) {
        n.violationFindings += h.findings();
      } else {
        n.reviewFindings += h.findings();
      }
      if (seenBefore(hits, i)) {
        continue; // the subject counts once per norm and severity, whichever rules of the norm found something
      }
      type[at]++;
      SchoolNorm sn = schoolNorms.computeIfAbsent(f.type(), k -> new TreeMap<>()).computeIfAbsent(school, k -> new TreeMap<>())
          .computeIfAbsent(h.norm(), k -> new SchoolNorm(limit));
      boolean shown;
      if (violation) {
        n.violations.add(subject);
        shown = sn.violations.add(subject);
      } else {
        n.reviews.add(subject);
        shown = sn.reviews.add(subject);
      }
      if (shown && f.result() != null) {
        listed.computeIfAbsent(f.type() + " " + subject, k -> listed(f, subject, school));
      }
    }
    if (f.monitor() != null) {
      monitor(f, subject);
    }
    if (f.law() != null) {
      law(f, subject);
    }
  }

  /** Whether an earlier hit of this subject has the same norm and severity (from another rule of the norm). */
  private static boolean seenBefore(List<Facet.NormHit> hits, int i) {
    Facet.NormHit h = hits.get(i);
    for (int j = 0; j < i; j++) {
      if (hits.get(j).norm().equals(h.norm()) && hits.get(j).severity() == h.severity()) {
        return true;
      }
    }
    return false;
  }

  /** The subject as a drill-down page lists it: its findings (no INFO), top level and per route. */
  private static Listed listed(Facet f, String subject, String school) {
    List<Line> lines = new java.util.ArrayList<>();
    nl.routetoets.model.Result r = f.result();
    for (nl.routetoets.model.Finding x : r.findings()) {
      line(lines, null, x);
    }
    for (nl.routetoets.model.Result.RouteResult route : r.routes()) {
      for (nl.routetoets.model.Finding x : route.findings()) {
        line(lines, route.routeId(), x);
      }
    }
    return new Listed(f.type(), subject, school, f.verdict(), f.regime(), List.copyOf(lines));
  }

  private static void line(List<Line> lines, String routeId, nl.routetoets.model.Finding x) {
    if (x.severity() == Severity.INFO) {
      return;
    }
    lines.add(new Line(x.norm(), x.severity().name(), x.article() == null ? null : x.article().citation(), x.rule(), routeId,
        x.path(), x.message() == null ? null : x.message().nl(), x.message() == null ? null : x.message().en()));
  }

  /** A readable trajectory or route document into the sections on the law and the passage. */
  private void law(Facet f, String subject) {
    Facet.Law l = f.law();
    boolean student = "trajectory".equals(f.type());
    String group = student ? orUnknown(f.regime()) : f.type();
    if (student) {
      law.students++;
      law.regimes.computeIfAbsent(group, k -> new LawCell(limit)).add(f, subject);
      if (l.routeKind() != null || LawView.LAW.equals(f.regime())) {
        kind(f.type(), l.routeKind()).add(f, subject);
      }
    } else {
      law.routes++;
      kind(f.type(), l.routeKind()).add(f, subject);
    }
    String leerweg = orUnknown(l.leerweg());
    String level = l.level() == null ? UNKNOWN : l.level().toString();
    law.leerwegLevels.computeIfAbsent(group, k -> new TreeMap<>()).computeIfAbsent(leerweg, k -> new TreeMap<>())
        .computeIfAbsent(level, k -> new long[1])[0]++;
    law.inMatrix.putIfAbsent(leerweg + " " + level, l.inMatrix());
    law.examYears.computeIfAbsent(group, k -> new TreeMap<>()).computeIfAbsent(orUnknown(l.examRouteYear()), k -> new long[1])[0]++;
    if (l.exit() != null) {
      ExitCell e = law.exits.computeIfAbsent(l.exit().option(), k -> new ExitCell(limit));
      e.left++;
      if (l.exit().removed()) {
        e.removed++;
      } else if (l.exit().offered() == null) {
        e.unknown++;
      } else if (l.exit().offered()) {
        e.offered++;
      } else {
        e.notOffered.add(subject);
      }
    }
    if (l.stillInRouteAtSwitch() != null) {
      passage(f, subject);
    }
  }

  private LawCell kind(String type, String kind) {
    return law.kinds.computeIfAbsent(type, k -> new TreeMap<>()).computeIfAbsent(orUnknown(kind), k -> new LawCell(limit));
  }

  private void passage(Facet f, String subject) {
    if (law.passage == null) {
      law.passage = new PassageCell(limit);
    }
    PassageCell p = law.passage;
    p.observed++;
    if (!f.law().stillInRouteAtSwitch()) {
      return;
    }
    p.stillInRoute.add(f, subject);
    if (Boolean.FALSE.equals(f.law().inMatrix())) {
      p.outsideMatrix++;
    }
    List<Facet.NormHit> hits = f.hits();
    for (int i = 0; i < hits.size(); i++) {
      Facet.NormHit h = hits.get(i);
      if (!seenBefore(hits, i)) {
        p.norms.computeIfAbsent(h.norm(), k -> new long[2])[h.severity() == Severity.VIOLATION ? 0 : 1]++;
      }
    }
  }

  private static String orUnknown(String value) {
    return value == null ? UNKNOWN : value;
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

  /** The cell of one school in the groups of one subject type: the denominator of every figure of that school. */
  Cell school(String type, String school) {
    return groups.getOrDefault(type, Map.of()).getOrDefault("school", Map.of()).get(school);
  }
}
