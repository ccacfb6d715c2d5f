package nl.routetoets.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.routetoets.facts.AdviceFact;
import nl.routetoets.facts.AgreementFact;
import nl.routetoets.facts.ApplicantFact;
import nl.routetoets.facts.ApplicationFact;
import nl.routetoets.facts.AppliedRouteFact;
import nl.routetoets.facts.AssessmentFact;
import nl.routetoets.facts.ExclusionsFact;
import nl.routetoets.facts.FundingTransferFact;
import nl.routetoets.facts.OerFact;
import nl.routetoets.facts.OfferedPreviousYearFact;
import nl.routetoets.facts.PartyFact;
import nl.routetoets.facts.ProjectPlanFact;
import nl.routetoets.facts.RouteFact;
import nl.routetoets.facts.SubmissionAgainstRoundFact;
import nl.routetoets.facts.UnansweredFact;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.ruleset.Derivations;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.ruleset.RuleSet;

/**
 * The facts of one application form: the form first, then one fact per part (the applicant and the sections of yes/no answers
 * always, with null for an answer the form does not give; the others when present), then per route its facts.
 */
final class ApplicationFactBuilder {
  private ApplicationFactBuilder() {}

  static List<Object> facts(Application app, RuleSet ruleSet) {
    Derivations derive = ruleSet.derivations();
    RouteFactBuilder routes = new RouteFactBuilder(derive, ruleSet.parameters(), ruleSet.reference());
    List<Object> facts = new ArrayList<>();
    String id = app.id();
    LocalDate submitted = derive.submittedDate(app.submittedAt());
    String startRegime = derive.regimeOfStart(app.startSchoolYear());
    String regime = derive.regimeOfApplication(submitted, startRegime);
    facts.add(new ApplicationFact("", id, regime, startRegime, app.submittedAt(),
        submitted, RouteFactBuilder.name(app.submissionChannel()),
        app.startSchoolYear() == null ? null : app.startSchoolYear().toString(), app.decidedOn(), app.existingCooperation(),
        app.pilotProfielSchool(), app.routes() == null ? 0 : app.routes().size(), routeTypes(app),
        derive.textVersionOfApplication(regime, submitted, app.startSchoolYear())));
    Application.Applicant applicant = app.applicant();
    if (applicant == null || applicant.school() == null || applicant.school().signed() == null) {
      facts.add(new UnansweredFact("applicant.school.signed", null, "applicant.school.signed"));
    }
    if (applicant == null || applicant.institution() == null || applicant.institution().signed() == null) {
      facts.add(new UnansweredFact("applicant.institution.signed", null, "applicant.institution.signed"));
    }
    facts.add(new ApplicantFact("applicant", id, applicant == null ? null : RouteFactBuilder.name(applicant.form())));
    if (applicant != null) {
      party(facts, id, "school", "SCHOOL", applicant.school());
      party(facts, id, "institution", "INSTITUTION", applicant.institution());
    }
    Application.Agreement a = app.agreement();
    if (a == null) {
      facts.add(new UnansweredFact("agreement", null, "agreement"));
    } else {
      facts.add(new AgreementFact("agreement", id, RouteFactBuilder.name(a.kind()), a.facilities(), a.governance(), a.fallback(),
          a.complaints(), a.sectorAndDomain(), a.employersInQualificationChoice(), a.employersInSetup()));
      if (a.fundingTransfer() != null) {
        Application.FundingTransfer f = a.fundingTransfer();
        facts.add(new FundingTransferFact("agreement.fundingTransfer", id, f.agreed(), f.amountEur(), f.purpose()));
      }
    }
    // the form's sections of yes/no answers are always there, with null for what the form does not answer:
    // "not answered" is then a test within the fact, which a compliant form passes without waking a rule
    Application.Advice advice = app.advice();
    facts.add(advice == null ? new AdviceFact("advice", id, null, null, null, null)
        : new AdviceFact("advice", id, advice.schoolParticipationCouncil(), advice.studentCouncil(), advice.worksCouncil(),
            RouteFactBuilder.name(advice.parentCouncil())));
    Application.ProjectPlan plan = app.projectPlan();
    facts.add(plan == null ? new ProjectPlanFact("projectPlan", id, null, null, null)
        : new ProjectPlanFact("projectPlan", id, plan.sharedVision(), plan.organisationPlan(), plan.programmaticWhole()));
    Application.Assessment s = app.assessment();
    facts.add(s == null ? new AssessmentFact("assessment", id, null, null, null, null, null)
        : new AssessmentFact("assessment", id, s.executionFeasible(), s.businessInvolved(), s.readyToStart(),
            s.sufficientSupport(), s.risksManaged()));
    if (app.routes() != null) {
      for (int i = 0; i < app.routes().size(); i++) {
        route(facts, app, "routes[" + i + "]", app.routes().get(i), submitted, startRegime, regime, routes);
      }
    }
    return facts;
  }

  private static SortedSet<String> routeTypes(Application app) {
    SortedSet<String> types = new TreeSet<>();
    if (app.routes() != null) {
      for (ApplicationRoute r : app.routes()) {
        if (r.routeType() != null) {
          types.add(r.routeType().name());
        }
      }
    }
    return Collections.unmodifiableSortedSet(types);
  }

  private static void party(List<Object> facts, String id, String field, String party, Application.Party p) {
    if (p != null) {
      facts.add(new PartyFact("applicant." + field, id, party, p.brin(), p.signed()));
    }
  }

  private static void route(
      List<Object> facts, Application app, String path, ApplicationRoute r, LocalDate submitted, String regime,
      String applicationRegime, RouteFactBuilder routes) {
    String kind = routes.kind(regime, r.routeType(), r.mbo());
    facts.add(new RouteFact(path, app.id(), r.routeId(), "APPLICATION", regime, kind,
        RouteFactBuilder.name(r.routeType()), r.routeType() == nl.routetoets.model.Codes.RouteType.TECHNOLOGIEROUTE,
        app.startSchoolYear() == null ? null : app.startSchoolYear().toString(),
        app.startSchoolYear() == null ? null : app.startSchoolYear().firstDay(), submitted,
        r.leerwegen() == null ? null : r.leerwegen().stream().map(Enum::name).toList(),
        r.extraSubjects() == null ? null : List.copyOf(r.extraSubjects()),
        routes.textVersion(regime, app.startSchoolYear())));
    routes.parts(path, kind, r.leerwegen(), r.vmbo(), r.mbo(), r.design(), r.exams(), app.startSchoolYear(), facts::add);
    Parameters.Round round = routes.round(kind, app.startSchoolYear());
    if (round != null) {
      facts.add(new SubmissionAgainstRoundFact(path, path, round, submitted, app.decidedOn()));
    }
    facts.add(new AppliedRouteFact(path, path, routes.kind(applicationRegime, r.routeType(), r.mbo()),
        routes.technologieroute(r.routeType(), r.vmbo())));
    ApplicationRoute.OfferedPreviousYear offered = r.offeredPreviousYear();
    facts.add(new OfferedPreviousYearFact(path + ".offeredPreviousYear", path, offered == null ? null : offered.school(),
        offered == null ? null : offered.institution()));
    ApplicationRoute.Exclusions e = r.exclusions();
    facts.add(e == null ? new ExclusionsFact(path + ".exclusions", path, null, null, null)
        : new ExclusionsFact(path + ".exclusions", path, e.mboQualityInsufficient(), e.leerwegResultsDeficient(), e.inBolBblExperiment()));
    facts.add(new OerFact(path + ".oer", path, r.oer() == null ? null : r.oer().programmeWithHours(),
        r.oer() == null ? null : r.oer().fallbackExecution()));
  }
}
