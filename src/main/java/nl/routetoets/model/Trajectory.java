package nl.routetoets.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.routetoets.model.Codes.DiplomaKind;
import nl.routetoets.model.Codes.EnrolledAt;
import nl.routetoets.model.Codes.ExamPart;
import nl.routetoets.model.Codes.Leerweg;
import nl.routetoets.model.Codes.Pathway;
import nl.routetoets.model.Codes.Rating;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.Codes.WithdrawalReason;

/** One student's path through a route (formats.md §2). {@code id} is a pseudonym. */
public record Trajectory(
    String id,
    LocalDate asOf,
    LocalDate birthDate,
    Route route,
    Leerweg startLeerweg,
    Boolean informedBeforeEnrolment,
    List<Year> years,
    List<Exam> exams,
    VmboResults vmboResults,
    List<Diploma> diplomas,
    Exit exit)
    implements Document {

  @Override
  public String typeName() {
    return "trajectory";
  }

  /** Either inline, or a {@code ref} to an application route in the same run. */
  public record Route(
      RouteRef ref,
      Approval approval,
      RouteType routeType,
      List<Leerweg> leerwegen,
      RouteParts.Vmbo vmbo,
      RouteParts.Mbo mbo,
      RouteParts.Design design,
      RouteParts.ExamPlan exams) {}

  public record RouteRef(String applicationId, String routeId) {}

  public record Approval(
      String applicationId, String routeId, LocalDate approvedOn, LocalDate withdrawnOn, WithdrawalReason withdrawalReason) {}

  public record Year(
      SchoolYear schoolYear,
      Integer routeYear,
      EnrolledAt enrolledAt,
      LocalDate enrolledOn,
      Integer vmboLeerjaar,
      String elementcode,
      Integer mboLevel,
      String crebo,
      Pathway pathway,
      Workplacement workplacement) {}

  public record Workplacement(Integer hours, Boolean lightWorkOnly) {}

  public record Exam(ExamPart part, Integer level, LocalDate completedOn, Boolean passed) {}

  public record VmboResults(
      Boolean passed,
      BigDecimal nederlands,
      BigDecimal engels,
      BigDecimal rekentoets,
      Rating kunstvak,
      Rating lichamelijkeOpvoeding,
      BigDecimal maatschappijleerSE,
      Boolean eb61Applies) {}

  public record Diploma(DiplomaKind kind, LocalDate awardedOn) {}

  public record Exit(LocalDate leftOn, String reason, Fallback fallback, Boolean gradeListIssued) {}

  public record Fallback(Boolean offered, DiplomaKind targetDiploma) {}
}
