package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.routetoets.TestRuleSet;
import nl.routetoets.model.Codes;
import nl.routetoets.model.LawParts;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Trajectory;
import org.junit.jupiter.api.Test;

/** What the checker derives for a student's route under the structural law and for the passage (I-82 to I-88). */
class LawTrajectoryDerivationsTest {
  private final Derivations derive = TestRuleSet.get().derivations();

  private static Trajectory.Year year(String schoolYear, Codes.EnrolledAt at, Boolean promoted) {
    return new Trajectory.Year(SchoolYear.parse(schoolYear), null, at, null, null, null, null, null, null, null, promoted, null, null);
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  @Test
  void aLeerjaarIsRepeatedAfterAYearThatEndsUnpromotedAndYearsAfterLeavingHaveNone() {
    List<Trajectory.Year> years = List.of(year("2021-2022", Codes.EnrolledAt.SCHOOL, true), year("2022-2023", Codes.EnrolledAt.SCHOOL, false),
        year("2023-2024", Codes.EnrolledAt.SCHOOL, null), year("2024-2025", Codes.EnrolledAt.INSTITUTION, null),
        year("2025-2026", Codes.EnrolledAt.INSTITUTION, null));
    assertThat(derive.routeLeerjaren(years, null)).containsExactly(1, 2, 2, 3, 4);
    assertThat(derive.routeLeerjaren(years, d("2024-11-01"))).containsExactly(1, 2, 2, 3, null);
    assertThat(derive.routeLeerjaren(years, d("2024-08-01"))).as("a year that begins on the day of leaving is not in the route")
        .containsExactly(1, 2, 2, null, null);
  }

  @Test
  void theEnrolmentTheLawAsksFollowsTheLeerjaar() {
    assertThat(derive.enrolmentAgainstLeerjaar(1, "SCHOOL")).isEqualTo("AS_REQUIRED");
    assertThat(derive.enrolmentAgainstLeerjaar(2, "INSTITUTION")).isEqualTo("AT_INSTITUTION_EARLY");
    assertThat(derive.enrolmentAgainstLeerjaar(3, "SCHOOL")).isEqualTo("STILL_AT_SCHOOL");
    assertThat(derive.enrolmentAgainstLeerjaar(4, "INSTITUTION")).isEqualTo("AS_REQUIRED");
    assertThat(derive.enrolmentAgainstLeerjaar(1, "BOTH")).isEqualTo("BOTH");
    assertThat(derive.enrolmentAgainstLeerjaar(3, null)).isEqualTo("UNKNOWN");
    assertThat(derive.enrolmentAgainstLeerjaar(null, "SCHOOL")).as("a year outside the route").isNull();
  }

  @Test
  void theRouteBeginsInTheThirdVmboLeerjaar() {
    assertThat(Arrays.asList(derive.entryAgainstLeerjaar(2), derive.entryAgainstLeerjaar(3), derive.entryAgainstLeerjaar(4),
        derive.entryAgainstLeerjaar(null))).containsExactly("EARLY", "AT", "LATE", null);
  }

  @Test
  void aGlrTakesOnlyBbToLevelTwoWhileADlrFollowsTheMatrix() {
    assertThat(derive.leerwegAllowedIn("GLR", "BB", 2)).isTrue();
    assertThat(derive.leerwegAllowedIn("GLR", "KB", 2)).isFalse();
    assertThat(derive.leerwegAllowedIn("GLR", "BB", 3)).isFalse();
    assertThat(derive.leerwegAllowedIn("DLR", "KB", 2)).isFalse();
    assertThat(derive.leerwegAllowedIn("DLR", "KB", 3)).isTrue();
    assertThat(derive.leerwegAllowedIn(null, "TL", 4)).isTrue();
    assertThat(derive.leerwegAllowedIn("DLR", null, 4)).isNull();
  }

  @Test
  void theAgreementCountsFromTheFirstMboPartOrItsYear() {
    LawParts.DateOrNone on = LawParts.DateOrNone.of("2021-09-06");
    assertThat(derive.agreementBeforeFirstMboPart(on, d("2021-09-06"), null, null)).as("the same day is in time").isTrue();
    assertThat(derive.agreementBeforeFirstMboPart(on, d("2021-09-05"), null, null)).isFalse();
    assertThat(derive.agreementBeforeFirstMboPart(LawParts.DateOrNone.NEVER, d("2021-09-05"), null, null)).isFalse();
    assertThat(derive.agreementBeforeFirstMboPart(null, d("2021-09-05"), null, null)).isNull();
    assertThat(derive.agreementBeforeFirstMboPart(LawParts.DateOrNone.of("2021-07-01"), null, d("2021-08-01"), d("2022-07-31"))).isTrue();
    assertThat(derive.agreementBeforeFirstMboPart(on, null, d("2021-08-01"), d("2022-07-31"))).as("within the year: unknown").isNull();
    assertThat(derive.agreementBeforeFirstMboPart(LawParts.DateOrNone.of("2022-09-01"), null, d("2021-08-01"), d("2022-07-31"))).isFalse();
  }

  @Test
  void aCentralExamSittingIsEarlyInTimeLateOrTheThird() {
    assertThat(derive.centralExamTiming("VMBO_CE", 1, 1)).isEqualTo("EARLY");
    assertThat(derive.centralExamTiming("VMBO_CE", 2, 1)).isEqualTo("IN_TIME");
    assertThat(derive.centralExamTiming("VMBO_CE", 3, 2)).isEqualTo("IN_TIME");
    assertThat(derive.centralExamTiming("VMBO_CE", 4, 2)).isEqualTo("LATE");
    assertThat(derive.centralExamTiming("VMBO_CE", 4, 3)).isEqualTo("THIRD_SITTING");
    assertThat(derive.centralExamTiming("VMBO_CE", 4, null)).isEqualTo("LATE_SITTING_UNKNOWN");
    assertThat(derive.centralExamTiming("VMBO_FULL", 4, 1)).isNull();
    assertThat(derive.centralExamTiming("VMBO_CE", null, 1)).isNull();
  }

  @Test
  void aFormerPupilIsEnteredAsCandidateInLeerjaarThreeUnlessTheWholeExamWasTakenOrAGlrOffersNoBbExam() {
    LocalDate begins = d("2023-08-01");
    assertThat(derive.examCandidateDue(3, begins, null, false, null)).isTrue();
    assertThat(derive.examCandidateDue(3, begins, d("2023-06-14"), false, null)).isFalse();
    assertThat(derive.examCandidateDue(2, begins, null, false, null)).isFalse();
    assertThat(derive.examCandidateDue(4, begins, null, false, null)).isFalse();
    assertThat(derive.examCandidateDue(3, begins, null, true, false)).isFalse();
    assertThat(derive.examCandidateDue(3, begins, null, true, true)).isTrue();
    assertThat(derive.examCandidateDue(3, begins, null, true, null)).isNull();
  }

  @Test
  void centralExamResultsOfTheFirstTwoLeerjarenLapseWhenThePupilIsNotPromoted() {
    assertThat(derive.centralExamResultsLapsed(2, false, true)).isTrue();
    assertThat(derive.centralExamResultsLapsed(2, true, true)).isFalse();
    assertThat(derive.centralExamResultsLapsed(3, false, true)).isFalse();
    assertThat(derive.centralExamResultsLapsed(1, null, true)).isNull();
    assertThat(derive.centralExamResultsLapsed(1, null, false)).as("the last recorded year has not ended in a lapse").isFalse();
  }

  @Test
  void goingOnInTheRouteAfterFailingIsShownByALaterYearBeforeAPass() {
    LocalDate failed = d("2023-06-14");
    List<LocalDate> years = List.of(d("2022-08-01"), d("2023-08-01"));
    assertThat(derive.continuedAfterFailing(failed, years, null, null)).isTrue();
    assertThat(derive.continuedAfterFailing(failed, years, null, d("2023-08-20"))).isTrue();
    assertThat(derive.continuedAfterFailing(failed, years, null, d("2023-07-20"))).as("passed at a later sitting").isFalse();
    assertThat(derive.continuedAfterFailing(failed, List.of(d("2022-08-01")), d("2023-07-01"), null)).as("left the route").isFalse();
    assertThat(derive.continuedAfterFailing(failed, List.of(d("2022-08-01")), null, null)).isNull();
  }

  @Test
  void aStudentOfEighteenWithoutAVmboDiplomaFromLeerjaarThree() {
    LocalDate birth = d("2005-10-01");
    assertThat(derive.withoutVmboDiplomaAfterLeerplicht(3, birth, d("2023-08-01"), d("2024-07-31"), null, d("2025-08-01"), null))
        .isEqualTo(d("2023-10-01"));
    assertThat(derive.withoutVmboDiplomaAfterLeerplicht(4, birth, d("2024-08-01"), d("2025-07-31"), null, d("2025-08-01"), null))
        .isEqualTo(d("2024-08-01"));
    assertThat(derive.withoutVmboDiplomaAfterLeerplicht(2, birth, d("2023-08-01"), d("2024-07-31"), null, d("2025-08-01"), null))
        .as("a pupil of the school is no student of the institution").isNull();
    assertThat(derive.withoutVmboDiplomaAfterLeerplicht(3, birth, d("2023-08-01"), d("2024-07-31"), null, d("2025-08-01"), d("2023-07-05")))
        .isNull();
    assertThat(derive.withoutVmboDiplomaAfterLeerplicht(3, birth, d("2023-08-01"), d("2024-07-31"), d("2023-09-01"), d("2025-08-01"), null))
        .as("left before the birthday").isNull();
    assertThat(derive.withoutVmboDiplomaAfterLeerplicht(3, birth, d("2023-08-01"), d("2024-07-31"), null, d("2023-09-30"), null))
        .as("not yet on the peildatum").isNull();
  }

  @Test
  void aStudentIsStillInTheRouteOnTheSwitchWhenBegunBeforeItAndNotGone() {
    LocalDate day = derive.lawForAllRoutesFrom();
    assertThat(day).isEqualTo(d("2022-08-01"));
    List<Trajectory.Year> years = new ArrayList<>(List.of(year("2020-2021", Codes.EnrolledAt.SCHOOL, true),
        year("2021-2022", Codes.EnrolledAt.SCHOOL, true)));
    assertThat(derive.inRouteOn(day, years, null)).as("the record ends before the switch").isFalse();
    assertThat(derive.inRouteOn(day, years, d("2022-09-01"))).as("left after the switch").isTrue();
    years.add(year("2022-2023", Codes.EnrolledAt.INSTITUTION, null));
    assertThat(derive.inRouteOn(day, years, null)).isTrue();
    assertThat(derive.inRouteOn(day, years, d("2022-05-01"))).isFalse();
    assertThat(derive.inRouteOn(day, List.of(year("2022-2023", Codes.EnrolledAt.SCHOOL, null)), null)).as("begun on the switch").isFalse();
  }

  @Test
  void anOverstapIsRecordedByAFallbackOfferedOrAYearAtTheInstitutionAfterLeaving() {
    List<Trajectory.Year> years = List.of(year("2021-2022", Codes.EnrolledAt.INSTITUTION, null), year("2022-2023", Codes.EnrolledAt.INSTITUTION, null));
    Trajectory.Fallback offered = new Trajectory.Fallback(true, Codes.DiplomaKind.MBO_2, true, true);
    assertThat(derive.overstapRecorded(null, years)).isFalse();
    assertThat(derive.overstapRecorded(new Trajectory.Exit(d("2022-09-01"), null, offered, null, false), years)).isTrue();
    assertThat(derive.overstapRecorded(new Trajectory.Exit(d("2022-08-01"), null, null, null, false), years)).isTrue();
    assertThat(derive.overstapRecorded(new Trajectory.Exit(d("2022-09-01"), null, null, null, false), years)).isFalse();
  }

  @Test
  void aLawRouteBeganBeforeTheLawWhenItsFirstDayIsBeforeAugust2020() {
    assertThat(derive.startedBeforeLaw(d("2019-08-01"))).isTrue();
    assertThat(derive.startedBeforeLaw(d("2020-08-01"))).isFalse();
    assertThat(derive.startedBeforeLaw(null)).isFalse();
    assertThat(derive.designRunsTo(SchoolYear.parse("2019-2020"), 3, d("2022-08-01"))).isFalse();
    assertThat(derive.designRunsTo(SchoolYear.parse("2019-2020"), 4, d("2022-08-01"))).isTrue();
    assertThat(derive.designRunsTo(SchoolYear.parse("2019-2020"), null, d("2022-08-01"))).isNull();
  }

  @Test
  void theWholeExamIsTakenWhenCompletedPassedOrNotOrWhenADiplomaShowsIt() {
    Trajectory.Exam failed = new Trajectory.Exam(Codes.ExamPart.VMBO_FULL, null, d("2023-06-14"), false, null, null, null);
    Trajectory.Exam ce = new Trajectory.Exam(Codes.ExamPart.VMBO_CE, null, d("2023-05-20"), true, List.of("Nederlands"), 1, true);
    Trajectory.Diploma diploma = new Trajectory.Diploma(Codes.DiplomaKind.VMBO_KB, d("2023-07-05"));
    assertThat(derive.wholeVmboExamTakenOn(trajectory(List.of(failed, ce), List.of()))).isEqualTo(d("2023-06-14"));
    assertThat(derive.wholeVmboExamTakenOn(trajectory(List.of(ce), List.of(diploma)))).isEqualTo(d("2023-07-05"));
    assertThat(derive.wholeVmboExamTakenOn(trajectory(List.of(ce), List.of()))).as("one central-exam sitting is no whole exam").isNull();
  }

  private static Trajectory trajectory(List<Trajectory.Exam> exams, List<Trajectory.Diploma> diplomas) {
    return new Trajectory("T-1", null, null, null, null, null, List.of(), exams, null, diplomas, null, null, null, null, null);
  }
}
