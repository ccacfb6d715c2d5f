package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.routetoets.model.Codes.ExamPart;
import nl.routetoets.model.Trajectory.Exam;
import org.junit.jupiter.api.Test;

class DerivationsTest {
  private final Derivations derive = new Derivations(null, null);
  private static final LocalDate DIPLOMA = LocalDate.of(2018, 7, 10);

  private static Exam mbo(Integer level, String completedOn, Boolean passed) {
    return new Exam(ExamPart.MBO, level, LocalDate.parse(completedOn), passed);
  }

  @Test
  void theBasisberoepsopleidingIsCompletedOnTheFirstPassedLevel2MboExamUpToTheDiploma() {
    List<Exam> exams = List.of(mbo(2, "2018-06-20", true), mbo(null, "2018-05-02", true), mbo(2, "2018-04-01", false),
        mbo(4, "2018-03-01", true), new Exam(ExamPart.VMBO_FULL, null, LocalDate.parse("2018-02-01"), true),
        mbo(2, "2018-07-11", true));
    assertThat(derive.basisberoepsopleidingCompletedOn(exams, DIPLOMA)).isEqualTo(LocalDate.of(2018, 5, 2));
  }

  @Test
  void anExamOnTheDayOfTheDiplomaCounts() {
    assertThat(derive.basisberoepsopleidingCompletedOn(List.of(mbo(2, "2018-07-10", true)), DIPLOMA)).isEqualTo(DIPLOMA);
  }

  @Test
  void withoutAPassedMboExamBeforeItTheDiplomaDateIsTheCompletion() {
    List<Exam> exams = List.of(mbo(2, "2018-07-11", true), mbo(2, "2018-06-01", null),
        new Exam(ExamPart.MBO, 2, null, true));
    assertThat(derive.basisberoepsopleidingCompletedOn(exams, DIPLOMA)).isEqualTo(DIPLOMA);
    assertThat(derive.basisberoepsopleidingCompletedOn(List.of(), DIPLOMA)).isEqualTo(DIPLOMA);
  }
}
