package nl.routetoets.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.routetoets.model.Codes.DiplomaKind;
import nl.routetoets.model.Codes.EnrolledAt;
import nl.routetoets.model.Codes.ExamPart;
import nl.routetoets.model.Codes.LawRouteKind;
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
    Exit exit,
    LawParts.DateOrNone mboAgreementOn,
    LocalDate firstMboPartOn,
    List<StudyAdvice> studyAdvice,
    GlrDecision glrDecision)
    implements Document {

  @Override
  public String typeName() {
    return "trajectory";
  }

  /**
   * Inline or a {@code ref}. Inline it is an experiment route (with {@code approval}, {@code routeType}
   * and {@code exams}) or a route under the law (with {@code kind} and the fields after it, formats.md
   * §6); the reader refuses a mix.
   */
  public record Route(
      RouteRef ref,
      Approval approval,
      RouteType routeType,
      List<Leerweg> leerwegen,
      RouteParts.Vmbo vmbo,
      RouteParts.Mbo mbo,
      RouteParts.Design design,
      RouteParts.ExamPlan exams,
      LawRouteKind kind,
      SchoolYear firstSchoolYear,
      LawParts.Provider provider,
      LawParts.RouteAgreement agreement,
      LawParts.Melding melding,
      LawParts.Complaints complaints,
      LawParts.Glr glr) {

    /** Whether this is an inline route under the law rather than an experiment route. */
    public boolean underLaw() {
      return kind != null;
    }

    /** An experiment route, as a trajectory refers to one through an application. */
    public static Route experiment(
        Approval approval, RouteType routeType, List<Leerweg> leerwegen, RouteParts.Vmbo vmbo, RouteParts.Mbo mbo,
        RouteParts.Design design, RouteParts.ExamPlan exams) {
      return new Route(null, approval, routeType, leerwegen, vmbo, mbo, design, exams, null, null, null, null, null, null, null);
    }

    /** A route under the law, as a trajectory refers to a {@code route} document. */
    public static Route underLaw(LawRoute r) {
      return new Route(null, null, null, r.leerwegen(), r.vmbo(), r.mbo(), r.design(), null, r.kind(), r.firstSchoolYear(),
          r.provider(), r.agreement(), r.melding(), r.complaints(), r.glr());
    }
  }

  /** To an application's route ({@code applicationId}, {@code routeId}) or to a {@code route} document ({@code route}). */
  public record RouteRef(String applicationId, String routeId, String route) {}

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
      Workplacement workplacement,
      Boolean promoted,
      Boolean mboPartsFollowed,
      Boolean vmboExamCandidate) {}

  public record Workplacement(Integer hours, Boolean lightWorkOnly) {}

  /** {@code subjects}, {@code sitting} and {@code countedInFinalResult}: of a {@code VMBO_CE} part (formats.md §6). */
  public record Exam(
      ExamPart part, Integer level, LocalDate completedOn, Boolean passed, List<String> subjects, Integer sitting,
      Boolean countedInFinalResult) {}

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

  public record Exit(LocalDate leftOn, String reason, Fallback fallback, Boolean gradeListIssued, Boolean definitivelyRemoved) {}

  /** Under the law the overstapoptie, with {@code levelJudgedJointly} and {@code sameInstitution} (formats.md §6). */
  public record Fallback(Boolean offered, DiplomaKind targetDiploma, Boolean levelJudgedJointly, Boolean sameInstitution) {}

  /** Study advice of the institution (WEB 8.1.7a). */
  public record StudyAdvice(LocalDate givenOn, Boolean binding, Boolean negative) {}

  /** The school's decision to let the pupil follow a geïntegreerde route (WVO 10b21(2)). */
  public record GlrDecision(LocalDate decidedOn, Boolean parentsConsulted, Boolean institutionBoardConsulted) {}
}
