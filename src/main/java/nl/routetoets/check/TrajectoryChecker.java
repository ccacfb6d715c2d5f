package nl.routetoets.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.oldfacts.OldDiplomaFact;
import nl.routetoets.oldfacts.OldExamFact;

import nl.routetoets.oldfacts.OldRouteFact;
import nl.routetoets.oldfacts.RouteFacts;
import nl.routetoets.oldfacts.OldTrajectoryFact;
import nl.routetoets.oldfacts.OldYearFact;
import nl.routetoets.model.Codes;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Trajectory;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.ruleset.Reference;
import nl.routetoets.ruleset.RuleFailure;
import nl.routetoets.ruleset.RuleSet;

/**
 * Checks one student's trajectory. The route must be inline: a {@code route.ref} is resolved by the
 * caller against the applications of the same run before it gets here.
 */
public final class TrajectoryChecker {
  private static final java.util.Set<Codes.DiplomaKind> VMBO_DIPLOMAS = java.util.EnumSet.of(
      Codes.DiplomaKind.VMBO_BB, Codes.DiplomaKind.VMBO_KB, Codes.DiplomaKind.VMBO_GL, Codes.DiplomaKind.VMBO_TL);

  private TrajectoryChecker() {}

  /** Where an inline route sits in a trajectory. */
  public static final String INLINE_ROUTE = "route";

  public static Result check(Trajectory t, LocalDate asOf, Result.Subject subject, RuleSet ruleSet) {
    return check(t, INLINE_ROUTE, asOf, subject, ruleSet);
  }

  /**
   * {@code routePath}: where the route's facts sit in the document they came from: {@code route} for
   * an inline route, {@code routes[i]} of the application for a referenced one. Findings on the
   * route's design point there, so that a route is judged, and found, the same wherever it appears.
   */
  public static Result check(Trajectory t, String routePath, LocalDate asOf, Result.Subject subject, RuleSet ruleSet) {
    List<Object> facts = new ArrayList<>(facts(t, routePath, asOf, ruleSet.parameters(), ruleSet.reference()));
    OldTrajectoryFact student = (OldTrajectoryFact) facts.get(0);
    facts.addAll(TrajectoryFactBuilder.facts(t, routePath, asOf, ruleSet));
    List<Finding> findings;
    try {
      findings = ruleSet.evaluate(facts);
    } catch (RuleFailure e) {
      return Result.error(subject, asOf, student.getRegime(), ruleSet.ref(), e.problem());
    }
    return ResultAssembler.of(subject, asOf, student.getRegime(), ruleSet.ref(), List.of(), findings);
  }

  public static List<Object> facts(Trajectory t, LocalDate asOf, Parameters params, Reference reference) {
    return facts(t, INLINE_ROUTE, asOf, params, reference);
  }

  public static List<Object> facts(Trajectory t, String routePath, LocalDate asOf, Parameters params, Reference reference) {
    List<Trajectory.Year> years = t.years() == null ? List.of() : t.years();
    SchoolYear start = years.isEmpty() ? null : years.get(0).schoolYear();
    Trajectory.Route r = t.route();
    OldRouteFact route = RouteFacts.route(routePath, r.routeType(), r.leerwegen(), r.vmbo(), r.mbo(), r.design(), r.exams(),
            start, params, reference)
        .documentId(t.id())
        .origin("TRAJECTORY");
    // a route without experiment approval that starts under the structural law is judged by that law alone (I-14)
    String structural = r.approval() == null ? params.regimeWithoutApproval(route.getStartDate()) : null;
    if (structural != null) {
      route.regime(structural).kind(null);
    }
    OldTrajectoryFact student = student(t, asOf, route, start, years);
    List<Object> facts = new ArrayList<>();
    facts.add(student);
    facts.add(route);
    facts.addAll(RouteFacts.qualifications(routePath, r.mbo(), start, params, reference));
    for (int i = 0; i < years.size(); i++) {
      facts.add(year(t, i, years.get(i), route, params, structural));
    }
    List<Trajectory.Exam> exams = t.exams() == null ? List.of() : t.exams();
    for (int i = 0; i < exams.size(); i++) {
      Trajectory.Exam e = exams.get(i);
      String regime = structural != null ? structural : params.regimeAt(e.completedOn());
      facts.add(new OldExamFact()
          .path("exams[" + i + "]")
          .trajectoryId(t.id())
          .index(i)
          .regime(regime)
          .kind(params.kindUnder(regime, route.getKind()))
          .part(RouteFacts.name(e.part()))
          .level(e.level())
          .completedOn(e.completedOn())
          .passed(e.passed())
          .routeYear(routeYear(start, e.completedOn())));
    }
    List<Trajectory.Diploma> diplomas = t.diplomas() == null ? List.of() : t.diplomas();
    for (int i = 0; i < diplomas.size(); i++) {
      Trajectory.Diploma d = diplomas.get(i);
      String regime = structural != null ? structural : params.regimeAt(d.awardedOn());
      facts.add(new OldDiplomaFact()
          .path("diplomas[" + i + "]")
          .trajectoryId(t.id())
          .index(i)
          .regime(regime)
          .kind(params.kindUnder(regime, route.getKind()))
          .diploma(RouteFacts.name(d.kind()))
          .awardedOn(d.awardedOn())
          .routeYear(routeYear(start, d.awardedOn())));
    }
    return facts;
  }

  private static OldTrajectoryFact student(
      Trajectory t, LocalDate asOf, OldRouteFact route, SchoolYear start, List<Trajectory.Year> years) {
    Trajectory.Route r = t.route();
    OldTrajectoryFact f = new OldTrajectoryFact()
        .path("")
        .id(t.id())
        .asOf(asOf)
        .regime(route.getRegime())
        .kind(route.getKind())
        .routeType(route.getRouteType())
        .technologieroute(route.isTechnologieroute())
        .level(route.getLevel())
        .startLeerweg(RouteFacts.name(t.startLeerweg()))
        .leerwegen(route.getLeerwegen())
        .sector(route.getSector())
        .profiel(route.getProfiel())
        .domainLetter(route.getDomainLetter())
        .qualifications(route.getQualifications())
        .designYears(route.getYears())
        .sectorSubjectsExcluded(route.getSectorSubjectsExcluded())
        .informedBeforeEnrolment(t.informedBeforeEnrolment())
        .birthDate(t.birthDate())
        .startSchoolYear(start == null ? null : start.toString())
        .startDate(start == null ? null : start.firstDay())
        .firstVmboLeerjaar(years.isEmpty() ? null : years.get(0).vmboLeerjaar())
        .yearCount(years.size())
        .asOfRouteYear(routeYear(start, asOf))
        .diplomaKinds(t.diplomas() == null ? List.of() : t.diplomas().stream().map(d -> RouteFacts.name(d.kind())).toList())
        .vmboPassShown(vmboPassShown(t));
    Trajectory.Approval a = r.approval();
    if (a != null) {
      f.approvalKnown(true)
          .applicationId(a.applicationId())
          .approvedRouteId(a.routeId())
          .approvedOn(a.approvedOn())
          .withdrawnOn(a.withdrawnOn())
          .withdrawalReason(RouteFacts.name(a.withdrawalReason()));
    }
    Trajectory.VmboResults v = t.vmboResults();
    if (v != null) {
      f.vmboResultsKnown(true)
          .vmboPassed(v.passed())
          .nederlands(v.nederlands())
          .engels(v.engels())
          .rekentoets(v.rekentoets())
          .kunstvak(RouteFacts.name(v.kunstvak()))
          .lichamelijkeOpvoeding(RouteFacts.name(v.lichamelijkeOpvoeding()))
          .maatschappijleerSE(v.maatschappijleerSE())
          .eb61Applies(v.eb61Applies());
    }
    Trajectory.Exit e = t.exit();
    if (e != null) {
      f.exited(true).leftOn(e.leftOn()).exitReason(e.reason()).gradeListIssued(e.gradeListIssued());
      if (e.fallback() != null) {
        f.fallbackOffered(e.fallback().offered()).fallbackTarget(RouteFacts.name(e.fallback().targetDiploma()));
      }
    }
    return f;
  }

  private static OldYearFact year(
      Trajectory t, int i, Trajectory.Year y, OldRouteFact route, Parameters params, String structural) {
    LocalDate begins = y.enrolledOn() != null ? y.enrolledOn() : y.schoolYear() == null ? null : y.schoolYear().firstDay();
    String regime = structural != null ? structural : params.regimeAt(begins);
    Trajectory.Workplacement w = y.workplacement();
    return new OldYearFact()
        .path("years[" + i + "]")
        .trajectoryId(t.id())
        .index(i)
        .regime(regime)
        .kind(params.kindUnder(regime, route.getKind()))
        .schoolYear(y.schoolYear() == null ? null : y.schoolYear().toString())
        .startDate(begins)
        .routeYear(y.routeYear())
        .enrolledAt(RouteFacts.name(y.enrolledAt()))
        .enrolledOn(y.enrolledOn())
        .vmboLeerjaar(y.vmboLeerjaar())
        .elementcode(y.elementcode())
        .mboLevel(y.mboLevel())
        .crebo(y.crebo())
        .pathway(RouteFacts.name(y.pathway()))
        .workplacementHours(w == null ? null : w.hours())
        .lightWorkOnly(w == null ? null : w.lightWorkOnly())
        .ageAtStart(t.birthDate() == null || begins == null ? null : Period.between(t.birthDate(), begins).getYears());
  }

  /**
   * Whether the record shows that the student passed the vmbo exam: a vmbo diploma, which is only
   * awarded on passing, or the whole exam (the full exam, or its common and sector parts) recorded
   * as passed. A finding that says the student did not pass must not contradict it.
   */
  static boolean vmboPassShown(Trajectory t) {
    if (t.diplomas() != null && t.diplomas().stream().anyMatch(d -> d != null && VMBO_DIPLOMAS.contains(d.kind()))) {
      return true;
    }
    java.util.Set<Codes.ExamPart> passed = java.util.EnumSet.noneOf(Codes.ExamPart.class);
    if (t.exams() != null) {
      t.exams().stream().filter(e -> e != null && e.part() != null && Boolean.TRUE.equals(e.passed())).forEach(e -> passed.add(e.part()));
    }
    return passed.contains(Codes.ExamPart.VMBO_FULL)
        || (passed.contains(Codes.ExamPart.VMBO_COMMON_PART) && passed.contains(Codes.ExamPart.VMBO_SECTOR_PART));
  }

  /** The route year of a date: the count of school years since the route began (interpretations.md I-17). */
  static Integer routeYear(SchoolYear start, LocalDate date) {
    return start == null || date == null ? null : SchoolYear.containing(date).yearsSince(start) + 1;
  }
}
