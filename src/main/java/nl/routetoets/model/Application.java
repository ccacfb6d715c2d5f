package nl.routetoets.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.routetoets.model.Codes.AgreementKind;
import nl.routetoets.model.Codes.ApplicantForm;
import nl.routetoets.model.Codes.ParentCouncilAdvice;
import nl.routetoets.model.Codes.SubmissionChannel;

/** A route application form (formats.md §1). Null means "not known", never "no". */
public record Application(
    String id,
    LocalDate asOf,
    OffsetDateTime submittedAt,
    SchoolYear startSchoolYear,
    LocalDate decidedOn,
    SubmissionChannel submissionChannel,
    Applicant applicant,
    Boolean existingCooperation,
    Boolean pilotProfielSchool,
    Agreement agreement,
    Advice advice,
    ProjectPlan projectPlan,
    Assessment assessment,
    List<ApplicationRoute> routes)
    implements Document {

  @Override
  public String typeName() {
    return "application";
  }

  public record Applicant(ApplicantForm form, Party school, Party institution) {}

  public record Party(String brin, String vestiging, String name, Boolean signed) {}

  public record Agreement(
      AgreementKind kind,
      Boolean facilities,
      Boolean governance,
      Boolean fallback,
      Boolean complaints,
      Boolean sectorAndDomain,
      Boolean employersInQualificationChoice,
      Boolean employersInSetup,
      FundingTransfer fundingTransfer) {}

  public record FundingTransfer(Boolean agreed, BigDecimal amountEur, String purpose) {}

  public record Advice(
      Boolean schoolParticipationCouncil,
      Boolean studentCouncil,
      Boolean worksCouncil,
      ParentCouncilAdvice parentCouncil) {}

  public record ProjectPlan(Boolean sharedVision, Boolean organisationPlan, Boolean programmaticWhole) {}

  public record Assessment(
      Boolean executionFeasible,
      Boolean businessInvolved,
      Boolean readyToStart,
      Boolean sufficientSupport,
      Boolean risksManaged) {}
}
