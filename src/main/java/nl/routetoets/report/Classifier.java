package nl.routetoets.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.Codes;
import nl.routetoets.model.Codes.DiplomaKind;
import nl.routetoets.model.Codes.EnrolledAt;
import nl.routetoets.model.Finding;
import nl.routetoets.model.LawParts;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.Result;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Severity;
import nl.routetoets.model.Trajectory;
import nl.routetoets.model.Verdict;

/** Turns a document and its result into the {@link Facet} that the aggregation counts. */
final class Classifier {
  private static final List<DiplomaKind> START_QUALIFICATION = List.of(DiplomaKind.MBO_2, DiplomaKind.MBO_3, DiplomaKind.MBO_4);
  private final RegisterApplications applications;
  private final Directions directions;
  private final LawView law;

  Classifier(RegisterApplications applications, Directions directions, LawView law) {
    this.applications = applications;
    this.directions = directions;
    this.law = law;
  }

  Facet facet(SourcedDocument d, Result r, String sourceSchool) {
    List<Facet.NormHit> hits = hits(r);
    String error = r.errors() == null || r.errors().isEmpty() ? null : r.errors().get(0).toString();
    if (d.document() instanceof Application app) {
      ApplicationRoute first = app.routes().get(0);
      String type = app.routes().size() == 1 && first.routeType() != null ? first.routeType().name() : null;
      String sector = app.routes().size() == 1 ? sectorProfiel(first.vmbo()) : null;
      return new Facet("application", d.id(), d.file(), d.line(), r.verdict(), r.regime(), type, sector,
          app.startSchoolYear() == null ? null : app.startSchoolYear().toString(), school(app, sourceSchool), hits, null,
          r.verdict() == Verdict.ERROR ? error : null, null, r);
    }
    if (d.document() instanceof Trajectory t) {
      Trajectory.Route route = route(t);
      Application app = applicationOf(t);
      String cohort = t.years() == null || t.years().isEmpty() ? null : t.years().get(0).schoolYear().toString();
      Facet.MonitorStatus status = r.asOf() == null ? null : monitor(t, route, r.asOf());
      String routeType = route == null ? null : route.underLaw() ? route.kind().name()
          : route.routeType() == null ? null : route.routeType().name();
      String school = route != null && route.underLaw() ? providerSchool(route.provider(), sourceSchool) : school(app, sourceSchool);
      return new Facet("trajectory", d.id(), d.file(), d.line(), r.verdict(), r.regime(), routeType,
          route == null ? null : sectorProfiel(route.vmbo()), cohort, school, hits, status, error, lawOf(t, route, r), r);
    }
    if (d.document() instanceof LawRoute lr) {
      return new Facet("route", d.id(), d.file(), d.line(), r.verdict(), r.regime(), lr.kind() == null ? null : lr.kind().name(),
          sectorProfiel(lr.vmbo()), lr.firstSchoolYear() == null ? null : lr.firstSchoolYear().toString(),
          providerSchool(lr.provider(), sourceSchool), hits, null, r.verdict() == Verdict.ERROR ? error : null, lawOf(lr, r), r);
    }
    return new Facet(d.type() == null ? "unknown" : d.type(), d.id(), d.file(), d.line(), r.verdict(), r.regime(),
        null, null, null, sourceSchool, hits, null, error, null, r);
  }

  private static String sectorProfiel(nl.routetoets.model.RouteParts.Vmbo vmbo) {
    if (vmbo == null) {
      return null;
    }
    return vmbo.profiel() != null ? vmbo.profiel() : vmbo.sector() == null ? null : vmbo.sector().name();
  }

  private static String school(Application app, String sourceSchool) {
    if (sourceSchool != null) {
      return sourceSchool;
    }
    return app == null || app.applicant() == null || app.applicant().school() == null ? null : app.applicant().school().brin();
  }

  private static String providerSchool(LawParts.Provider provider, String sourceSchool) {
    if (sourceSchool != null) {
      return sourceSchool;
    }
    return provider == null || provider.school() == null ? null : provider.school().brin();
  }

  /** The law's view of a route document: its kind, leerwegen and level, and the route year of its central exam. */
  private Facet.Law lawOf(LawRoute route, Result r) {
    Integer level = route.mbo() == null ? null : route.mbo().level();
    String leerwegen = null;
    Boolean inMatrix = null;
    if (route.leerwegen() != null && !route.leerwegen().isEmpty()) {
      StringBuilder joined = new StringBuilder();
      inMatrix = true;
      for (Codes.Leerweg l : route.leerwegen()) {
        joined.append(joined.isEmpty() ? "" : "/").append(l == null ? Aggregation.UNKNOWN : l.name());
        Boolean in = law.inMatrix(l == null ? null : l.name(), level);
        inMatrix = in == null ? null : inMatrix == null ? null : inMatrix && in;
      }
      leerwegen = joined.toString();
    }
    LawParts.CentralExamRouteYear ce = route.design() == null ? null : route.design().vmboCentralExamRouteYear();
    String examYear = ce == null ? null : ce.none() ? Facet.Law.NONE : yearLabel(ce.routeYear());
    return new Facet.Law(route.kind() == null ? null : route.kind().name(), leerwegen, level, inMatrix, examYear, null, null,
        judgedUnderLaw(r));
  }

  /** The law's view of a trajectory: its route's kind, leerweg and level, its exam's route year, its leaving and the switch. */
  private Facet.Law lawOf(Trajectory t, Trajectory.Route route, Result r) {
    if (r.verdict() == Verdict.INVALID) {
      return null;
    }
    String leerweg = t.startLeerweg() == null ? null : t.startLeerweg().name();
    Integer level = route == null || route.mbo() == null ? null : route.mbo().level();
    SchoolYear start = t.years() == null || t.years().isEmpty() ? null : t.years().get(0).schoolYear();
    boolean experiment = route != null && !route.underLaw()
        && (route.approval() != null || t.route() != null && t.route().ref() != null && t.route().ref().applicationId() != null);
    return new Facet.Law(route != null && route.underLaw() ? route.kind().name() : null, leerweg, level, law.inMatrix(leerweg, level),
        examRouteYear(t, start), exit(t, route, experiment, r.asOf()), stillInRouteAtSwitch(t, experiment, r.asOf()),
        judgedUnderLaw(r));
  }

  private boolean judgedUnderLaw(Result r) {
    for (Finding f : r.findings()) {
      if (law.ofTheLaw(f)) {
        return true;
      }
    }
    for (Result.RouteResult route : r.routes()) {
      for (Finding f : route.findings()) {
        if (law.ofTheLaw(f)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The route year of the school year in which the vmbo exam was completed: that of the VMBO_FULL exam; without one, the
   * last central-exam sitting 1 or 2 (VMBO_CE), or else the last part of a split exam; NONE when no vmbo exam is recorded.
   */
  private static String examRouteYear(Trajectory t, SchoolYear start) {
    if (start == null) {
      return null;
    }
    LocalDate full = null;
    LocalDate ce = null;
    LocalDate part = null;
    for (Trajectory.Exam e : t.exams() == null ? List.<Trajectory.Exam>of() : t.exams()) {
      if (e == null || e.part() == null || e.completedOn() == null) {
        continue;
      }
      switch (e.part()) {
        case VMBO_FULL -> full = full == null || e.completedOn().isBefore(full) ? e.completedOn() : full;
        case VMBO_CE -> {
          if (e.sitting() == null || e.sitting() <= 2) {
            ce = ce == null || e.completedOn().isAfter(ce) ? e.completedOn() : ce;
          }
        }
        case VMBO_COMMON_PART, VMBO_SECTOR_PART -> part = part == null || e.completedOn().isAfter(part) ? e.completedOn() : part;
        default -> { }
      }
    }
    LocalDate done = full != null ? full : ce != null ? ce : part;
    return done == null ? Facet.Law.NONE : yearLabel(SchoolYear.containing(done).startYear() - start.startYear() + 1);
  }

  /** Route years 1 to 4 by number, later ones together. */
  private static String yearLabel(Integer year) {
    return year == null ? null : year >= 5 ? "5+" : Integer.toString(year);
  }

  /** How the trajectory left its route by the peildatum: the law's overstapoptie or the decree's fallback (art. 11). */
  private Facet.Exit exit(Trajectory t, Trajectory.Route route, boolean experiment, LocalDate asOf) {
    Trajectory.Exit e = t.exit();
    if (e == null || e.leftOn() == null || asOf == null || e.leftOn().isAfter(asOf) || route == null) {
      return null;
    }
    boolean underLaw = route.underLaw() || !experiment
        || law.allRoutesFrom() != null && !e.leftOn().isBefore(law.allRoutesFrom());
    Boolean offered = e.fallback() == null ? null : e.fallback().offered();
    return new Facet.Exit(underLaw ? Facet.Exit.OVERSTAP : Facet.Exit.FALLBACK, offered, Boolean.TRUE.equals(e.definitivelyRemoved()));
  }

  /**
   * Of an experiment trajectory seen on or after the day every route meets the law: whether it was still in its route on
   * that day, i.e. it records a school year of the route (with a route year) that begins on or after it, and did not
   * leave the route before it.
   */
  private Boolean stillInRouteAtSwitch(Trajectory t, boolean experiment, LocalDate asOf) {
    LocalDate day = law.allRoutesFrom();
    if (!experiment || day == null || asOf == null || asOf.isBefore(day)) {
      return null;
    }
    if (t.exit() != null && t.exit().leftOn() != null && t.exit().leftOn().isBefore(day)) {
      return false;
    }
    for (Trajectory.Year y : t.years() == null ? List.<Trajectory.Year>of() : t.years()) {
      if (y != null && y.routeYear() != null && y.schoolYear() != null && !y.schoolYear().firstDay().isBefore(day)) {
        return true;
      }
    }
    return false;
  }

  private Application applicationOf(Trajectory t) {
    if (t.route() == null) {
      return null;
    }
    String id = t.route().ref() != null ? t.route().ref().applicationId()
        : t.route().approval() != null ? t.route().approval().applicationId() : null;
    return id == null ? null : applications.any(id);
  }

  /** The inline route, or the application route or route document a reference points to. */
  private Trajectory.Route route(Trajectory t) {
    if (t.route() == null || t.route().ref() == null) {
      return t.route();
    }
    if (t.route().ref().route() != null) {
      LawRoute route = applications.anyRoute(t.route().ref().route());
      return route == null ? null : Trajectory.Route.underLaw(route);
    }
    Application app = applications.any(t.route().ref().applicationId());
    if (app == null || app.routes() == null) {
      return null;
    }
    for (ApplicationRoute ar : app.routes()) {
      if (t.route().ref().routeId().equals(ar.routeId())) {
        return Trajectory.Route.experiment(null, ar.routeType(), ar.leerwegen(), ar.vmbo(), ar.mbo(), ar.design(), ar.exams());
      }
    }
    return null;
  }

  private Facet.MonitorStatus monitor(Trajectory t, Trajectory.Route route, LocalDate asOf) {
    if (t.years() == null || t.years().isEmpty()) {
      return null;
    }
    SchoolYear two = t.years().get(0).schoolYear().plus(2);
    // 1 October is DUO's teldatum: whoever is enrolled then counts for that school year
    boolean observed = !asOf.isBefore(LocalDate.of(two.startYear(), Month.OCTOBER, 1));
    boolean left = leftWithoutQualification(t, asOf);
    Trajectory.Year mboYear = null;
    for (Trajectory.Year y : t.years()) {
      if (two.equals(y.schoolYear()) && y.enrolledAt() == EnrolledAt.INSTITUTION) {
        mboYear = y;
      }
    }
    Boolean same = null;
    if (mboYear != null && route != null) {
      String from = directions.vmbo(route.vmbo());
      String to = directions.mbo(mboYear.crebo());
      same = from == null || to == null ? null : from.equals(to);
    }
    return new Facet.MonitorStatus(observed, left, mboYear != null, same);
  }

  private static boolean leftWithoutQualification(Trajectory t, LocalDate asOf) {
    if (t.exit() == null || t.exit().leftOn() == null || t.exit().leftOn().isAfter(asOf)) {
      return false;
    }
    if (t.diplomas() != null) {
      for (Trajectory.Diploma d : t.diplomas()) {
        if (d != null && START_QUALIFICATION.contains(d.kind()) && d.awardedOn() != null && !d.awardedOn().isAfter(t.exit().leftOn())) {
          return false;
        }
      }
    }
    return true;
  }

  /** Per norm, severity and rule: how many findings this subject has, top level and per route. */
  private static List<Facet.NormHit> hits(Result r) {
    Map<String, Facet.NormHit> byKey = new LinkedHashMap<>();
    List<Finding> all = new ArrayList<>(r.findings());
    for (Result.RouteResult route : r.routes()) {
      all.addAll(route.findings());
    }
    for (Finding f : all) {
      if (f.severity() == Severity.INFO) {
        continue;
      }
      byKey.merge(f.norm() + ' ' + f.severity() + ' ' + f.rule(),
          new Facet.NormHit(f.norm(), f.severity(), f.article() == null ? null : f.article().citation(), f.rule(), 1),
          (a, b) -> new Facet.NormHit(a.norm(), a.severity(), a.citation(), a.rule(), a.findings() + 1));
    }
    return List.copyOf(byKey.values());
  }

}
