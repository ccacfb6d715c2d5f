package nl.routetoets.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.routetoets.facts.ApprovalFact;
import nl.routetoets.facts.BasisberoepsopleidingFact;
import nl.routetoets.facts.DiplomaFact;
import nl.routetoets.facts.ElementcodeAgainstTableFact;
import nl.routetoets.facts.ExamFact;
import nl.routetoets.facts.ExitFact;
import nl.routetoets.facts.FallbackFact;
import nl.routetoets.facts.GlrDecisionFact;
import nl.routetoets.facts.LawExamFact;
import nl.routetoets.facts.LawStartFact;
import nl.routetoets.facts.LawTrajectoryFact;
import nl.routetoets.facts.LawYearFact;
import nl.routetoets.facts.MboAgreementFact;
import nl.routetoets.facts.PassageFact;
import nl.routetoets.facts.RouteDates;
import nl.routetoets.facts.RouteFact;
import nl.routetoets.facts.StudyAdviceFact;
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
 *
 * <p>Each event is judged under the regime of its own date (I-01, I-75). An event under the structural
 * law gets the law's fact (a {@link LawYearFact}, a {@link LawExamFact}, ...) instead of the experiment's,
 * which the experiment's rules could not use: a route under the law costs no more facts than an experiment
 * route, and one that spans 1 August 2022 is judged in one evaluation, each fact under its own regime.
 */
final class TrajectoryFactBuilder {
  /** The regime of a route under the structural law, for the route and all its events (formats.md §6). */
  private static final String LAW_REGIME = "LAW_2020";

  private TrajectoryFactBuilder() {}

  /** The facts of a trajectory, the regime of its result, and every regime one of its facts was judged under. */
  record Built(List<Object> facts, String regime, SortedSet<String> regimes) {}

  static Built facts(Trajectory t, String routePath, LocalDate asOf, RuleSet ruleSet) {
    return new TrajectoryFactBuilder.Run(t, routePath, asOf, ruleSet).build();
  }

  /** One trajectory's facts as they are built, with what the steps share. */
  private static final class Run {
    private final Trajectory t;
    private final String routePath;
    private final LocalDate asOf;
    private final RuleSet ruleSet;
    private final Derivations derive;
    private final List<Trajectory.Year> years;
    private final List<Trajectory.Exam> exams;
    private final List<Trajectory.Diploma> diplomas;
    private final SchoolYear start;
    private final Trajectory.Route r;
    /** The law for the route and all its events (a route under the law, or one without approval from 1 August 2020); else null. */
    private final String structural;
    private final LocalDate leftOn;
    /** The first day the record shows the whole vmbo exam taken (I-85), derived once for every year that asks it. */
    private LocalDate wholeExamTakenOn;
    private final List<Object> facts = new ArrayList<>();
    private final SortedSet<String> regimes = new TreeSet<>();

    Run(Trajectory t, String routePath, LocalDate asOf, RuleSet ruleSet) {
      this.t = t;
      this.routePath = routePath;
      this.asOf = asOf;
      this.ruleSet = ruleSet;
      this.derive = ruleSet.derivations();
      this.years = t.years() == null ? List.of() : t.years();
      this.exams = t.exams() == null ? List.of() : t.exams();
      this.diplomas = t.diplomas() == null ? List.of() : t.diplomas();
      this.start = years.isEmpty() ? null : years.get(0).schoolYear();
      this.r = t.route();
      this.structural = r.underLaw() ? LAW_REGIME
          : r.approval() == null ? derive.regimeWithoutApproval(start == null ? null : start.firstDay()) : null;
      this.leftOn = t.exit() == null ? null : t.exit().leftOn();
    }

    Built build() {
      RouteFactBuilder routes = new RouteFactBuilder(derive, ruleSet.parameters(), ruleSet.reference());
      String id = t.id();
      String regime = structural != null ? structural : derive.regimeOfStart(start);
      String kind = structural != null ? null : routes.kind(regime, r.routeType(), r.mbo());
      judged(regime);
      facts.add(new TrajectoryFact("", id, asOf, t.birthDate(), RouteFactBuilder.name(t.startLeerweg()), t.informedBeforeEnrolment(),
          years.isEmpty() ? null : years.get(0).vmboLeerjaar(), years.size(), derive.routeYear(start, asOf),
          diplomas.stream().map(d -> RouteFactBuilder.name(d.kind())).toList(),
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
      approval();
      VmboPassDatesFact passDates = new VmboPassDatesFact("", id, derive.vmboPassShownOn(t), derive.vmboCommonPartPassedOn(t),
          derive.vmboCommonPartCompletedOn(exams), derive.vmboExamCompletedOn(exams));
      if (structural == null) {
        // the vmbo results and exam dates are what the decree's exam rules judge; the law's rules read derived components instead
        vmboResults(id);
        facts.add(passDates);
      }
      exit(id);
      wholeExamTakenOn = derive.wholeVmboExamTakenOn(t);
      List<Integer> leerjaren = derive.routeLeerjaren(years, leftOn);
      for (int i = 0; i < years.size(); i++) {
        year(i, kind, passDates, leerjaren);
      }
      for (int i = 0; i < exams.size(); i++) {
        exam(i, kind, passDates, leerjaren);
      }
      if (structural == null) {
        diplomas(kind);
      } else {
        lawFromStart(id, leerjaren);
        lawStart();
      }
      mboAgreement(leerjaren);
      studyAdvice();
      passage();
      return new Built(facts, regime, regimes);
    }

    private void judged(String regime) {
      if (regime != null) {
        regimes.add(regime);
      }
    }

    private void approval() {
      Trajectory.Approval a = r.approval();
      if (r.underLaw()) {
        // a route under the law needs no approval (WVO 10b10(1)): nothing is unanswered
      } else if (a == null) {
        facts.add(new UnansweredFact("route.approval", null, "approval"));
      } else {
        facts.add(new ApprovalFact("route.approval", t.id(), a.applicationId(), a.routeId(), a.approvedOn(), a.withdrawnOn(),
            RouteFactBuilder.name(a.withdrawalReason()), years.isEmpty() ? null : derive.yearBegins(years.get(0))));
      }
    }

    private void vmboResults(String id) {
      Trajectory.VmboResults v = t.vmboResults();
      facts.add(v == null
          ? new VmboResultsFact("vmboResults", id, null, null, null, null, null, null, null, null)
          : new VmboResultsFact("vmboResults", id, v.passed(), v.nederlands(), v.engels(), v.rekentoets(),
              RouteFactBuilder.name(v.kunstvak()), RouteFactBuilder.name(v.lichamelijkeOpvoeding()), v.maatschappijleerSE(),
              v.eb61Applies()));
    }

    /** The exit is a fact under every regime: the decree's rules ask whether the student had left before an event. */
    private void exit(String id) {
      Trajectory.Exit e = t.exit();
      if (e == null) {
        return;
      }
      // the day that decides: the day of leaving, else the peildatum (RouteDates.dayOfLeaving)
      LocalDate leaving = RouteDates.dayOfLeaving(e.leftOn(), asOf);
      String regime = derive.regimeOfEvent(leaving, structural);
      judged(regime);
      String text = derive.articleTextOn(leaving);
      Trajectory.Fallback f = e.fallback();
      facts.add(new ExitFact("exit", id, e.leftOn(), e.reason(), e.gradeListIssued(), derive.textVersion(regime, leaving), regime,
          e.definitivelyRemoved(), f == null ? null : f.offered(), derive.diplomaHeldOn(diplomas, e.leftOn()), text));
      if (f != null) {
        facts.add(new FallbackFact("exit.fallback", id, f.offered(), RouteFactBuilder.name(f.targetDiploma()), regime,
            f.levelJudgedJointly(), f.sameInstitution(), text));
      }
    }

    private void year(int i, String kind, VmboPassDatesFact passDates, List<Integer> leerjaren) {
      Trajectory.Year y = years.get(i);
      LocalDate begins = derive.yearBegins(y);
      String regime = derive.regimeOfEvent(begins, structural);
      String path = "years[" + i + "]";
      if (LAW_REGIME.equals(regime)) {
        Integer leerjaar = leerjaren.get(i);
        if (leerjaar != null) {
          judged(regime);
          facts.add(lawYear(i, path, y, begins, leerjaar, passDates));
        }
        return;
      }
      judged(regime);
      Integer age = derive.ageOn(t.birthDate(), begins);
      facts.add(new YearFact(path, i, regime, derive.kindUnder(regime, kind), y.schoolYear() == null ? null : y.schoolYear().toString(),
          begins, y.routeYear(), RouteFactBuilder.name(y.enrolledAt()), y.enrolledOn(), y.vmboLeerjaar(), y.elementcode(),
          y.mboLevel(), y.crebo(), RouteFactBuilder.name(y.pathway()), age, before(passDates.passedOn(), begins),
          before(passDates.commonPartPassedOn(), begins)));
      if (y.workplacement() != null) {
        facts.add(new WorkplacementFact(path + ".workplacement", path, y.workplacement().hours(), y.workplacement().lightWorkOnly(), age));
      }
      againstTableAndApproval(i, kind);
    }

    private LawYearFact lawYear(int i, String path, Trajectory.Year y, LocalDate begins, Integer leerjaar, VmboPassDatesFact passDates) {
      boolean glr = r.kind() == Codes.LawRouteKind.GLR;
      LocalDate ends = y.schoolYear() == null ? null : y.schoolYear().lastDay();
      return new LawYearFact(path, i, LAW_REGIME, RouteFactBuilder.name(r.kind()), y.schoolYear() == null ? null : y.schoolYear().toString(),
          begins, leerjaar, y.vmboLeerjaar(), RouteFactBuilder.name(y.enrolledAt()),
          derive.enrolmentAgainstLeerjaar(leerjaar, RouteFactBuilder.name(y.enrolledAt())), y.promoted(), y.mboPartsFollowed(),
          y.vmboExamCandidate(),
          derive.examCandidateDue(leerjaar, begins, wholeExamTakenOn, glr, r.glr() == null ? null : r.glr().bbFinalExamOffered()),
          derive.withoutVmboDiplomaAfterLeerplicht(leerjaar, t.birthDate(), begins, ends, leftOn, asOf, passDates.passedOn()),
          derive.articleTextOn(begins));
    }

    private void exam(int i, String kind, VmboPassDatesFact passDates, List<Integer> leerjaren) {
      Trajectory.Exam x = exams.get(i);
      String regime = derive.regimeOfEvent(x.completedOn(), structural);
      judged(regime);
      String path = "exams[" + i + "]";
      if (!LAW_REGIME.equals(regime)) {
        facts.add(new ExamFact(path, i, regime, derive.kindUnder(regime, kind),
            RouteFactBuilder.name(x.part()), x.level(), x.completedOn(), x.passed(), derive.routeYear(start, x.completedOn()),
            onOrBefore(passDates.commonPartCompletedOn(), x.completedOn()), onOrBefore(passDates.examCompletedOn(), x.completedOn())));
        return;
      }
      int year = yearHolding(x.completedOn());
      Integer leerjaar = year < 0 ? null : leerjaren.get(year);
      String part = RouteFactBuilder.name(x.part());
      boolean centralExam = x.part() == Codes.ExamPart.VMBO_CE;
      boolean failedWhole = x.part() == Codes.ExamPart.VMBO_FULL && Boolean.FALSE.equals(x.passed());
      facts.add(new LawExamFact(path, i, LAW_REGIME, part, x.level(), x.subjects() == null ? null : List.copyOf(x.subjects()), x.sitting(),
          x.completedOn(), x.passed(), x.countedInFinalResult(), leerjaar, year < 0 ? null : "years[" + year + "]",
          derive.centralExamTiming(part, leerjaar, x.sitting()),
          centralExam && year >= 0 ? derive.centralExamResultsLapsed(leerjaar, years.get(year).promoted(), year + 1 < years.size()) : Boolean.FALSE,
          failedWhole ? derive.continuedAfterFailing(x.completedOn(), inRouteYearsBegin(leerjaren), leftOn, passDates.passedOn()) : null,
          derive.articleTextOn(x.completedOn())));
    }

    /** The index of the year whose school year holds the date; -1 when none does. */
    private int yearHolding(LocalDate date) {
      if (date == null) {
        return -1;
      }
      SchoolYear holding = SchoolYear.containing(date);
      for (int i = 0; i < years.size(); i++) {
        if (holding.equals(years.get(i).schoolYear())) {
          return i;
        }
      }
      return -1;
    }

    private List<LocalDate> inRouteYearsBegin(List<Integer> leerjaren) {
      List<LocalDate> begin = new ArrayList<>();
      for (int i = 0; i < years.size(); i++) {
        if (leerjaren.get(i) != null) {
          begin.add(derive.yearBegins(years.get(i)));
        }
      }
      return begin;
    }

    private void diplomas(String kind) {
      List<Trajectory.Diploma> ds = diplomas;
      for (int i = 0; i < ds.size(); i++) {
        Trajectory.Diploma d = ds.get(i);
        String diplomaRegime = derive.regimeOfEvent(d.awardedOn(), structural);
        judged(diplomaRegime);
        facts.add(new DiplomaFact("diplomas[" + i + "]", i, diplomaRegime, derive.kindUnder(diplomaRegime, kind),
            RouteFactBuilder.name(d.kind()), d.awardedOn(), derive.routeYear(start, d.awardedOn())));
        if (d.kind() == Codes.DiplomaKind.MBO_2 && d.awardedOn() != null) {
          LocalDate completed = derive.basisberoepsopleidingCompletedOn(exams, d.awardedOn());
          String completedRegime = derive.regimeOfEvent(completed, structural);
          facts.add(new BasisberoepsopleidingFact("diplomas[" + i + "]", completed, completedRegime,
              derive.textVersion(completedRegime, completed)));
        }
      }
    }

    /** What the law asks of the student's entry into a route judged under the law from its start, and of a GLR's decision. */
    private void lawFromStart(String id, List<Integer> leerjaren) {
      Trajectory.Year first = years.isEmpty() ? null : years.get(0);
      LocalDate firstDay = first == null ? null : derive.yearBegins(first);
      String routeKind = RouteFactBuilder.name(r.kind());
      String startLeerweg = RouteFactBuilder.name(t.startLeerweg());
      Integer level = r.mbo() == null ? null : r.mbo().level();
      String text = derive.articleTextOn(firstDay);
      facts.add(new LawTrajectoryFact("", id, LAW_REGIME, routeKind, !r.underLaw(), startLeerweg, level,
          derive.leerwegAllowedIn(routeKind, startLeerweg, level), first == null ? null : first.vmboLeerjaar(),
          derive.entryAgainstLeerjaar(first == null ? null : first.vmboLeerjaar()), text));
      if (r.kind() == Codes.LawRouteKind.GLR) {
        Trajectory.GlrDecision g = t.glrDecision();
        LocalDate decided = g == null ? null : g.decidedOn();
        facts.add(new GlrDecisionFact("glrDecision", LAW_REGIME, decided, g == null ? null : g.parentsConsulted(),
            g == null ? null : g.institutionBoardConsulted(), decided != null ? derive.articleTextOn(decided) : text));
      }
    }

    /** A route under the law that began before the law did (N-TRANS-5): the route's first school year, else the student's. */
    private void lawStart() {
      if (!r.underLaw()) {
        return;
      }
      SchoolYear routeFirst = r.firstSchoolYear();
      if (routeFirst != null && derive.startedBeforeLaw(routeFirst.firstDay())) {
        facts.add(new LawStartFact("route.firstSchoolYear", LAW_REGIME, routeFirst.toString(), routeFirst.firstDay(),
            derive.articleTextOn(routeFirst.firstDay())));
      } else if (!years.isEmpty() && derive.startedBeforeLaw(derive.yearBegins(years.get(0)))) {
        LocalDate begins = derive.yearBegins(years.get(0));
        facts.add(new LawStartFact("years[0].schoolYear", LAW_REGIME, start == null ? null : start.toString(), begins,
            derive.articleTextOn(begins)));
      }
    }

    /**
     * The agreement of WEB 8.5a.6, when the record shows mbo parts followed as a pupil under the law: from
     * {@code firstMboPartOn}, or the first year of leerjaar 1 or 2 with {@code mboPartsFollowed}.
     */
    private void mboAgreement(List<Integer> leerjaren) {
      int schoolLeerjaren = ruleSet.parameters().law().trajectory().schoolLeerjaren();
      int firstYear = -1;
      for (int i = 0; i < years.size() && firstYear < 0; i++) {
        Integer leerjaar = leerjaren.get(i);
        if (leerjaar != null && leerjaar <= schoolLeerjaren && Boolean.TRUE.equals(years.get(i).mboPartsFollowed())) {
          firstYear = i;
        }
      }
      LocalDate firstPartOn = t.firstMboPartOn();
      if (firstPartOn == null && firstYear < 0) {
        return;
      }
      Trajectory.Year y = firstYear < 0 ? null : years.get(firstYear);
      LocalDate decides = firstPartOn != null ? firstPartOn : derive.yearBegins(y);
      if (!LAW_REGIME.equals(derive.regimeOfEvent(decides, structural))) {
        return; // a first mbo part under the decree: the law's agreement was not yet asked
      }
      var agreement = t.mboAgreementOn();
      facts.add(new MboAgreementFact("mboAgreementOn", LAW_REGIME, agreement != null && agreement.none(),
          agreement == null ? null : agreement.date(), firstPartOn, y == null ? null : "years[" + firstYear + "]",
          derive.agreementBeforeFirstMboPart(agreement, firstPartOn, y == null ? null : derive.yearBegins(y),
              y == null || y.schoolYear() == null ? null : y.schoolYear().lastDay()),
          derive.articleTextOn(decides)));
    }

    private void studyAdvice() {
      if (t.studyAdvice() == null) {
        return;
      }
      for (int i = 0; i < t.studyAdvice().size(); i++) {
        Trajectory.StudyAdvice a = t.studyAdvice().get(i);
        if (a == null || !LAW_REGIME.equals(derive.regimeOfEvent(a.givenOn(), structural))) {
          continue;
        }
        judged(LAW_REGIME);
        boolean inRoute = a.givenOn() == null || leftOn == null || a.givenOn().isBefore(leftOn);
        facts.add(new StudyAdviceFact("studyAdvice[" + i + "]", i, LAW_REGIME, a.givenOn(), a.binding(), a.negative(),
            derive.bindingNegativeAdvice(a.binding(), a.negative()), inRoute, derive.articleTextOn(a.givenOn())));
      }
    }

    /** A student of an experiment route still in it when the law took over every route (N-TRANS-2, N-TRANS-3). */
    private void passage() {
      LocalDate switchDate = derive.lawForAllRoutesFrom();
      if (structural != null || !derive.inRouteOn(switchDate, years, leftOn)) {
        return;
      }
      judged(LAW_REGIME);
      String startLeerweg = RouteFactBuilder.name(t.startLeerweg());
      Integer level = r.mbo() == null ? null : r.mbo().level();
      Integer designYears = r.design() == null ? null : r.design().years();
      facts.add(new PassageFact(routePath, LAW_REGIME, switchDate, startLeerweg, level, derive.leerwegLeadsTo(startLeerweg, level),
          derive.overstapRecorded(t.exit(), years), derive.designRunsTo(start, designYears, switchDate),
          derive.designEnd(start, designYears), derive.articleTextOn(switchDate)));
    }

    /** A year beside the element-code table of its school year (I-13), and a year at the institution beside the approved route. */
    private void againstTableAndApproval(int i, String kind) {
      Trajectory.Year y = years.get(i);
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
  }

  private static boolean onOrBefore(LocalDate date, LocalDate day) {
    return date != null && day != null && !date.isAfter(day);
  }

  private static boolean before(LocalDate date, LocalDate day) {
    return date != null && day != null && date.isBefore(day);
  }
}
