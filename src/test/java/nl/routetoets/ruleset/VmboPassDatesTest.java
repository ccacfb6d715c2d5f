package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.routetoets.TestRuleSet;
import nl.routetoets.model.Codes.DiplomaKind;
import nl.routetoets.model.Codes.ExamPart;
import nl.routetoets.model.Trajectory;
import org.junit.jupiter.api.Test;

/** I-60 with dates: the first day a trajectory shows the vmbo exam, or its common part, passed. */
class VmboPassDatesTest {
  private final Derivations derive = TestRuleSet.get().derivations();

  private static final LocalDate MAY = LocalDate.of(2017, 5, 20);
  private static final LocalDate JUNE = LocalDate.of(2017, 6, 15);
  private static final LocalDate JULY = LocalDate.of(2017, 7, 1);

  private static Trajectory with(List<Trajectory.Exam> exams, Trajectory.Diploma... diplomas) {
    return new Trajectory("S-1", null, null, null, null, null, List.of(), exams, null, Arrays.asList(diplomas), null, null, null, null, null);
  }

  private static Trajectory.Exam passed(ExamPart part, LocalDate on) {
    return new Trajectory.Exam(part, null, on, true, null, null, null);
  }

  @Test
  void theCommonAndTheSectorPartShowThePassOnlyOnceBothArePassed() {
    Trajectory t = with(List.of(passed(ExamPart.VMBO_SECTOR_PART, JULY), passed(ExamPart.VMBO_COMMON_PART, MAY)));
    assertThat(derive.vmboPassShownOn(t)).isEqualTo(JULY);
    assertThat(derive.vmboCommonPartPassedOn(t)).isEqualTo(MAY);
  }

  @Test
  void theEarliestOfAWholeExamADiplomaAndBothPartsCounts() {
    Trajectory t = with(List.of(passed(ExamPart.VMBO_FULL, JULY), passed(ExamPart.VMBO_COMMON_PART, MAY),
        passed(ExamPart.VMBO_SECTOR_PART, MAY)), new Trajectory.Diploma(DiplomaKind.VMBO_KB, JUNE));
    assertThat(derive.vmboPassShownOn(t)).isEqualTo(MAY);
    assertThat(derive.vmboPassShownOn(with(List.of(passed(ExamPart.VMBO_FULL, JULY)),
        new Trajectory.Diploma(DiplomaKind.VMBO_KB, JUNE)))).isEqualTo(JUNE);
  }

  @Test
  void aFailedOrUndatedPartAnMboExamOrAnMboDiplomaShowsNoVmboPass() {
    Trajectory t = with(List.of(new Trajectory.Exam(ExamPart.VMBO_FULL, null, MAY, false, null, null, null),
        new Trajectory.Exam(ExamPart.VMBO_COMMON_PART, null, null, true, null, null, null), passed(ExamPart.MBO, JUNE),
        new Trajectory.Exam(ExamPart.VMBO_SECTOR_PART, null, MAY, null, null, null, null)),
        new Trajectory.Diploma(DiplomaKind.MBO_2, JUNE), new Trajectory.Diploma(DiplomaKind.VMBO_TL, null));
    assertThat(derive.vmboPassShownOn(t)).isNull();
    assertThat(derive.vmboCommonPartPassedOn(t)).isNull();
    assertThat(derive.vmboPassShownOn(new Trajectory("S-2", null, null, null, null, null, null, null, null, null, null, null, null, null, null))).isNull();
  }
}
