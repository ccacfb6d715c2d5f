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
import nl.routetoets.model.Codes.DiplomaKind;
import nl.routetoets.model.Codes.EnrolledAt;
import nl.routetoets.model.Finding;
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

  Classifier(RegisterApplications applications, Directions directions) {
    this.applications = applications;
    this.directions = directions;
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
          r.verdict() == Verdict.ERROR ? error : null);
    }
    if (d.document() instanceof Trajectory t) {
      Trajectory.Route route = route(t);
      Application app = applicationOf(t);
      String cohort = t.years() == null || t.years().isEmpty() ? null : t.years().get(0).schoolYear().toString();
      Facet.MonitorStatus status = r.asOf() == null ? null : monitor(t, route, r.asOf());
      return new Facet("trajectory", d.id(), d.file(), d.line(), r.verdict(), r.regime(),
          route == null || route.routeType() == null ? null : route.routeType().name(),
          route == null ? null : sectorProfiel(route.vmbo()), cohort, school(app, sourceSchool), hits, status, error);
    }
    return new Facet(d.type() == null ? "unknown" : d.type(), d.id(), d.file(), d.line(), r.verdict(), r.regime(),
        null, null, null, sourceSchool, hits, null, error);
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

  private Application applicationOf(Trajectory t) {
    if (t.route() == null) {
      return null;
    }
    String id = t.route().ref() != null ? t.route().ref().applicationId()
        : t.route().approval() != null ? t.route().approval().applicationId() : null;
    return id == null ? null : applications.any(id);
  }

  /** The inline route, or the application route a reference points to. */
  private Trajectory.Route route(Trajectory t) {
    if (t.route() == null || t.route().ref() == null) {
      return t.route();
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

  /** Per norm and severity: how many findings this subject has, top level and per route. */
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
      byKey.merge(f.norm() + ' ' + f.severity(),
          new Facet.NormHit(f.norm(), f.severity(), f.article() == null ? null : f.article().citation(), f.rule(), 1),
          (a, b) -> new Facet.NormHit(a.norm(), a.severity(), a.citation(), a.rule(), a.findings() + 1));
    }
    return List.copyOf(byKey.values());
  }

}
