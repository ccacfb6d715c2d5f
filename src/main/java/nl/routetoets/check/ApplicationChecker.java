package nl.routetoets.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.oldfacts.OldApplicationFact;

import nl.routetoets.oldfacts.OldRouteFact;
import nl.routetoets.oldfacts.RouteFacts;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.ruleset.Reference;
import nl.routetoets.ruleset.RuleFailure;
import nl.routetoets.ruleset.RuleSet;

/** Checks one application form: every route on it on its own, and the form as a whole. */
public final class ApplicationChecker {
  private ApplicationChecker() {}

  public static Result check(Application app, LocalDate asOf, Result.Subject subject, RuleSet ruleSet) {
    List<Object> facts = new ArrayList<>(facts(app, ruleSet.parameters(), ruleSet.reference()));
    OldApplicationFact form = (OldApplicationFact) facts.get(0);
    facts.addAll(ApplicationFactBuilder.facts(app, ruleSet));
    List<String> routeIds = app.routes() == null ? List.of() : app.routes().stream().map(ApplicationRoute::routeId).toList();
    List<Finding> findings;
    try {
      findings = ruleSet.evaluate(facts);
    } catch (RuleFailure e) {
      return Result.error(subject, asOf, form.getStartRegime(), ruleSet.ref(), e.problem());
    }
    return ResultAssembler.of(subject, asOf, form.getStartRegime(), ruleSet.ref(), routeIds, findings);
  }

  /** The form first, then per route its route fact and qualification facts. */
  public static List<Object> facts(Application app, Parameters params, Reference reference) {
    List<Object> facts = new ArrayList<>();
    LocalDate submitted = submittedDate(app.submittedAt(), params);
    String startRegime = app.startSchoolYear() == null ? null : params.regimeAt(app.startSchoolYear().firstDay());
    String submissionRegime = params.regimeAt(submitted);
    OldApplicationFact form = new OldApplicationFact()
        .path("")
        .id(app.id())
        .regime(submissionRegime != null ? submissionRegime : startRegime)
        .startRegime(startRegime)
        .submittedAt(app.submittedAt())
        .submittedDate(submitted)
        .channel(RouteFacts.name(app.submissionChannel()))
        .startSchoolYear(app.startSchoolYear() == null ? null : app.startSchoolYear().toString())
        .decidedOn(app.decidedOn())
        .existingCooperation(app.existingCooperation())
        .pilotProfielSchool(app.pilotProfielSchool())
        .routeCount(app.routes() == null ? 0 : app.routes().size());
    applicant(form, app.applicant());
    agreement(form, app.agreement());
    advice(form, app.advice());
    plan(form, app.projectPlan(), app.assessment());
    facts.add(form);
    if (app.routes() != null) {
      for (int i = 0; i < app.routes().size(); i++) {
        ApplicationRoute r = app.routes().get(i);
        String path = "routes[" + i + "]";
        OldRouteFact route = RouteFacts.route(
                path, r.routeType(), r.leerwegen(), r.vmbo(), r.mbo(), r.design(), r.exams(), app.startSchoolYear(), params,
                reference)
            .documentId(app.id())
            .routeId(r.routeId())
            .origin("APPLICATION")
            .submittedDate(submitted)
            .extraSubjects(r.extraSubjects() == null ? null : List.copyOf(r.extraSubjects()));
        if (r.offeredPreviousYear() != null) {
          route.offeredSchool(r.offeredPreviousYear().school()).offeredInstitution(r.offeredPreviousYear().institution());
        }
        if (r.exclusions() != null) {
          route.mboQualityInsufficient(r.exclusions().mboQualityInsufficient())
              .leerwegResultsDeficient(r.exclusions().leerwegResultsDeficient())
              .inBolBblExperiment(r.exclusions().inBolBblExperiment());
        }
        if (r.oer() != null) {
          route.oerProgrammeWithHours(r.oer().programmeWithHours()).oerFallbackExecution(r.oer().fallbackExecution());
        }
        facts.add(route);
        facts.addAll(RouteFacts.qualifications(path, r.mbo(), app.startSchoolYear(), params, reference));
      }
    }
    return facts;
  }

  /** UR2015 art. 2(7) / UR2013 art. 2(6): the moment that counts, as a date in Dutch time. */
  static LocalDate submittedDate(OffsetDateTime at, Parameters params) {
    return at == null ? null : at.atZoneSameInstant(params.timeZone()).toLocalDate();
  }

  private static void applicant(OldApplicationFact form, Application.Applicant a) {
    if (a == null) {
      return;
    }
    form.form(RouteFacts.name(a.form()));
    if (a.school() != null) {
      form.schoolSigned(a.school().signed());
    }
    if (a.institution() != null) {
      form.institutionSigned(a.institution().signed());
    }
  }

  private static void agreement(OldApplicationFact form, Application.Agreement a) {
    if (a == null) {
      return;
    }
    form.agreementKnown(true)
        .agreementKind(RouteFacts.name(a.kind()))
        .facilities(a.facilities())
        .governance(a.governance())
        .fallback(a.fallback())
        .complaints(a.complaints())
        .sectorAndDomain(a.sectorAndDomain())
        .employersInQualificationChoice(a.employersInQualificationChoice())
        .employersInSetup(a.employersInSetup());
    if (a.fundingTransfer() != null) {
      form.fundingAgreed(a.fundingTransfer().agreed())
          .fundingAmountEur(a.fundingTransfer().amountEur())
          .fundingPurpose(a.fundingTransfer().purpose());
    }
  }

  private static void advice(OldApplicationFact form, Application.Advice a) {
    if (a == null) {
      return;
    }
    form.adviceSchool(a.schoolParticipationCouncil())
        .adviceStudents(a.studentCouncil())
        .adviceWorks(a.worksCouncil())
        .adviceParents(a.parentCouncil() == null ? null : a.parentCouncil().name());
  }

  private static void plan(OldApplicationFact form, Application.ProjectPlan p, Application.Assessment a) {
    if (p != null) {
      form.planVision(p.sharedVision()).planOrganisation(p.organisationPlan()).planProgrammaticWhole(p.programmaticWhole());
    }
    if (a != null) {
      form.executionFeasible(a.executionFeasible())
          .businessInvolved(a.businessInvolved())
          .readyToStart(a.readyToStart())
          .sufficientSupport(a.sufficientSupport())
          .risksManaged(a.risksManaged())
          .assessed(a.executionFeasible() != null && a.businessInvolved() != null && a.readyToStart() != null
              && a.sufficientSupport() != null && a.risksManaged() != null);
    }
  }

}
