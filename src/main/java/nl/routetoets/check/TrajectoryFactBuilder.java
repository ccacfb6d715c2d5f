package nl.routetoets.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.facts.ApprovalFact;
import nl.routetoets.facts.BasisberoepsopleidingFact;
import nl.routetoets.facts.DiplomaFact;
import nl.routetoets.facts.ElementcodeAgainstTableFact;
import nl.routetoets.facts.ExamFact;
import nl.routetoets.facts.ExitFact;
import nl.routetoets.facts.FallbackFact;
import nl.routetoets.facts.RouteDates;
import nl.routetoets.facts.RouteFact;
import nl.routetoets.facts.TrajectoryFact;
import nl.routetoets.facts.UnansweredFact;
import nl.routetoets.facts.VmboPassDatesFact;
import nl.routetoets.facts.VmboResultsFact;
import nl.routetoets.facts.WorkplacementFact;
import nl.routetoets.facts.YearAgainstApprovalFact;
import nl.routetoets.facts.YearFact;
import nl.routetoets.model.Codes;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Trajectory;
import nl.routetoets.ruleset.Derivations;
import nl.routetoets.ruleset.Reference;
import nl.routetoets.ruleset.RuleSet;

/**
 * The facts of one trajectory: the trajectory, its route and the route's parts, then one fact per
 * part of the record present (approval, vmbo results, exit, years, exams, diplomas), and for each
 * mbo-2 diploma the completion of its basisberoepsopleiding (I-02). The route must be inline;
 * {@code routePath} is where it came from (I-51).
 */
final class TrajectoryFactBuilder {
  /** The regime of a route under the structural law, for the route and all its events (formats.md §6). */
  private static final String LAW_REGIME = "LAW_2020";

  private TrajectoryFactBuilder() {}

  static List<Object> facts(Trajectory t, String routePath, LocalDate asOf, RuleSet ruleSet) {
    Derivations derive = ruleSet.derivations();
    RouteFactBuilder routes = new RouteFactBuilder(derive, ruleSet.parameters(), ruleSet.reference());
    String id = t.id();
    List<Trajectory.Year> years = t.years() == null ? List.of() : t.years();
    SchoolYear start = years.isEmpty() ? null : years.get(0).schoolYear();
    Trajectory.Route r = t.route();
    String structural = r.underLaw() ? LAW_REGIME
        : r.approval() == null ? derive.regimeWithoutApproval(start == null ? null : start.firstDay()) : null;
    String regime = structural != null ? structural : derive.regimeOfStart(start);
    String kind = structural != null ? null : routes.kind(regime, r.routeType(), r.mbo());

    List<Object> facts = new ArrayList<>();
    facts.add(new TrajectoryFact("", id, asOf, t.birthDate(), RouteFactBuilder.name(t.startLeerweg()), t.informedBeforeEnrolment(),
        years.isEmpty() ? null : years.get(0).vmboLeerjaar(), years.size(), derive.routeYear(start, asOf),
        t.diplomas() == null ? List.of() : t.diplomas().stream().map(d -> RouteFactBuilder.name(d.kind())).toList(),
        derive.vmboPassShown(t), t.startLeerweg() == null || r.leerwegen() == null ? null : r.leerwegen().contains(t.startLeerweg())));
    if (r.underLaw()) {
      new LawRouteFactBuilder(ruleSet).route(routePath, id, "TRAJECTORY", r, asOf, facts::add);
    } else {
      facts.add(new RouteFact(routePath, id, null, "TRAJECTORY", regime, kind, RouteFactBuilder.name(r.routeType()),
          r.routeType() == Codes.RouteType.TECHNOLOGIEROUTE, start == null ? null : start.toString(),
          start == null ? null : start.firstDay(), null,
          r.leerwegen() == null ? null : r.leerwegen().stream().map(Enum::name).toList(), null,
          routes.textVersion(regime, start)));
      routes.parts(routePath, kind, r.leerwegen(), r.vmbo(), r.mbo(), r.design(), r.exams(), start, facts::add);
    }
    Trajectory.Approval a = r.approval();
    if (r.underLaw()) {
      // a route under the law needs no approval (WVO 10b10(1)): nothing is unanswered
    } else if (a == null) {
      facts.add(new UnansweredFact("route.approval", null, "approval"));
    } else {
      facts.add(new ApprovalFact("route.approval", id, a.applicationId(), a.routeId(), a.approvedOn(), a.withdrawnOn(),
          RouteFactBuilder.name(a.withdrawalReason()), years.isEmpty() ? null : derive.yearBegins(years.get(0))));
    }
    Trajectory.VmboResults v = t.vmboResults();
    facts.add(v == null
        ? new VmboResultsFact("vmboResults", id, null, null, null, null, null, null, null, null)
        : new VmboResultsFact("vmboResults", id, v.passed(), v.nederlands(), v.engels(), v.rekentoets(),
            RouteFactBuilder.name(v.kunstvak()), RouteFactBuilder.name(v.lichamelijkeOpvoeding()), v.maatschappijleerSE(),
            v.eb61Applies()));
    List<Trajectory.Exam> exams = t.exams() == null ? List.of() : t.exams();
    VmboPassDatesFact passDates = new VmboPassDatesFact("", id, derive.vmboPassShownOn(t), derive.vmboCommonPartPassedOn(t),
        derive.vmboCommonPartCompletedOn(exams), derive.vmboExamCompletedOn(exams));
    facts.add(passDates);
    Trajectory.Exit e = t.exit();
    if (e != null) {
      LocalDate leaving = RouteDates.dayOfLeaving(e.leftOn(), asOf);
      facts.add(new ExitFact("exit", id, e.leftOn(), e.reason(), e.gradeListIssued(),
          derive.textVersion(derive.regimeOfEvent(leaving, structural), leaving)));
      if (e.fallback() != null) {
        facts.add(new FallbackFact("exit.fallback", id, e.fallback().offered(), RouteFactBuilder.name(e.fallback().targetDiploma())));
      }
    }
    for (int i = 0; i < years.size(); i++) {
      year(facts, t, i, years.get(i), kind, structural, passDates, derive);
      againstTableAndApproval(facts, t, i, routePath, kind, ruleSet);
    }
    for (int i = 0; i < exams.size(); i++) {
      Trajectory.Exam x = exams.get(i);
      String examRegime = derive.regimeOfEvent(x.completedOn(), structural);
      facts.add(new ExamFact("exams[" + i + "]", i, examRegime, derive.kindUnder(examRegime, kind),
          RouteFactBuilder.name(x.part()), x.level(), x.completedOn(), x.passed(), derive.routeYear(start, x.completedOn()),
          onOrBefore(passDates.commonPartCompletedOn(), x.completedOn()), onOrBefore(passDates.examCompletedOn(), x.completedOn())));
    }
    List<Trajectory.Diploma> diplomas = t.diplomas() == null ? List.of() : t.diplomas();
    for (int i = 0; i < diplomas.size(); i++) {
      Trajectory.Diploma d = diplomas.get(i);
      String diplomaRegime = derive.regimeOfEvent(d.awardedOn(), structural);
      facts.add(new DiplomaFact("diplomas[" + i + "]", i, diplomaRegime, derive.kindUnder(diplomaRegime, kind),
          RouteFactBuilder.name(d.kind()), d.awardedOn(), derive.routeYear(start, d.awardedOn())));
      if (d.kind() == Codes.DiplomaKind.MBO_2 && d.awardedOn() != null) {
        LocalDate completed = derive.basisberoepsopleidingCompletedOn(exams, d.awardedOn());
        String completedRegime = derive.regimeOfEvent(completed, structural);
        facts.add(new BasisberoepsopleidingFact("diplomas[" + i + "]", completed, completedRegime,
            derive.textVersion(completedRegime, completed)));
      }
    }
    return facts;
  }

  private static void year(
      List<Object> facts, Trajectory t, int i, Trajectory.Year y, String kind, String structural, VmboPassDatesFact passDates,
      Derivations derive) {
    LocalDate begins = derive.yearBegins(y);
    String regime = derive.regimeOfEvent(begins, structural);
    String path = "years[" + i + "]";
    Integer age = derive.ageOn(t.birthDate(), begins);
    facts.add(new YearFact(path, i, regime, derive.kindUnder(regime, kind), y.schoolYear() == null ? null : y.schoolYear().toString(),
        begins, y.routeYear(), RouteFactBuilder.name(y.enrolledAt()), y.enrolledOn(), y.vmboLeerjaar(), y.elementcode(),
        y.mboLevel(), y.crebo(), RouteFactBuilder.name(y.pathway()), age, before(passDates.passedOn(), begins),
        before(passDates.commonPartPassedOn(), begins)));
    if (y.workplacement() != null) {
      facts.add(new WorkplacementFact(path + ".workplacement", path, y.workplacement().hours(), y.workplacement().lightWorkOnly(), age));
    }
  }

  private static boolean onOrBefore(LocalDate date, LocalDate day) {
    return date != null && day != null && !date.isAfter(day);
  }

  private static boolean before(LocalDate date, LocalDate day) {
    return date != null && day != null && date.isBefore(day);
  }

  /** A year beside the element-code table of its school year (I-13), and a year at the institution beside the approved route. */
  private static void againstTableAndApproval(List<Object> facts, Trajectory t, int i, String routePath, String kind, RuleSet ruleSet) {
    Trajectory.Year y = t.years().get(i);
    Trajectory.Route r = t.route();
    String path = "years[" + i + "]";
    if (y.schoolYear() != null && ruleSet.parameters().elementcodes(y.schoolYear(), null, null, null) != null) {
      String leerweg = RouteFactBuilder.name(t.startLeerweg());
      String sector = r.vmbo() == null ? null : RouteFactBuilder.name(r.vmbo().sector());
      facts.add(new ElementcodeAgainstTableFact(path, y.schoolYear().toString(), y.elementcode(), kind, leerweg, sector,
          kind == null || leerweg == null || sector == null ? null : ruleSet.parameters().elementcodes(y.schoolYear(), kind, leerweg, sector)));
    }
    if (y.enrolledAt() == Codes.EnrolledAt.INSTITUTION) {
      Reference reference = ruleSet.reference();
      facts.add(new YearAgainstApprovalFact(path, routePath, y.schoolYear() == null ? null : y.schoolYear().toString(), y.mboLevel(),
          y.crebo(), y.crebo() == null ? null : reference.qualification(y.crebo()), r.mbo() == null ? null : r.mbo().level(),
          r.mbo() == null ? null : reference.domainLetter(r.mbo().domain())));
    }
  }

  /** The route's fact among the facts {@link #facts} built: the second. */
  /** The regime of the result: that of the route's start, or the structural law for a route under it. */
  static String regime(List<Object> facts) {
    return facts.get(1) instanceof RouteFact route ? route.regime() : LAW_REGIME;
  }
}
