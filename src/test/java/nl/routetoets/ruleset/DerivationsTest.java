package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.routetoets.TestRuleSet;
import nl.routetoets.model.Codes;
import nl.routetoets.model.RouteParts;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Trajectory;
import org.junit.jupiter.api.Test;

/** What the checker derives is listed under the interpretation it implements, and derives what that says. */
class DerivationsTest {
  private final Derivations derive = TestRuleSet.get().derivations();

  @Test
  void everyDerivationNamesInterpretationsThatExist() throws IOException {
    String md = Files.readString(Path.of("interpretations.md"));
    assertThat(Derivations.all()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.interpretations()).isNotEmpty();
      d.interpretations().forEach(i -> assertThat(md).as(d.method()).contains("## " + i + " "));
    });
  }

  @Test
  void everyPublicDerivationSaysWhichInterpretationItImplements() {
    assertThat(Arrays.stream(Derivations.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())))
        .allSatisfy(m -> assertThat(m.getAnnotation(Implements.class)).as(m.getName()).isNotNull());
  }

  @Test
  void theInterpretationIndexListsTheDerivationsBesideTheRules() {
    assertThat(InterpretationIndex.derivations("I-17"))
        .anySatisfy(line -> assertThat(line).startsWith("* `Derivations.routeYear`"));
    assertThat(InterpretationIndex.derivations("I-42")).isEmpty();
  }

  @Test
  void routeYearsCountSchoolYearsFromTheStartTheFirstBeingOne() {
    SchoolYear start = SchoolYear.parse("2016-2017");
    assertThat(derive.routeYear(start, LocalDate.of(2016, 8, 1))).isEqualTo(1);
    assertThat(derive.routeYear(start, LocalDate.of(2017, 7, 31))).isEqualTo(1);
    assertThat(derive.routeYear(start, LocalDate.of(2017, 8, 1))).isEqualTo(2);
    assertThat(derive.routeYear(null, LocalDate.of(2017, 8, 1))).isNull();
  }

  @Test
  void theAgeIsInWholeYearsOnTheDay() {
    assertThat(derive.ageOn(LocalDate.of(2001, 8, 2), LocalDate.of(2017, 8, 1))).isEqualTo(15);
    assertThat(derive.ageOn(LocalDate.of(2001, 8, 1), LocalDate.of(2017, 8, 1))).isEqualTo(16);
    assertThat(derive.ageOn(null, LocalDate.of(2017, 8, 1))).isNull();
  }

  @Test
  void aTechnicalProfielOrSectorMakesTheVmboPartTechnicalAndNothingKnownIsUnknown() {
    assertThat(derive.technicalSector(new RouteParts.Vmbo(Codes.Sector.LANDBOUW, null, null))).isTrue();
    assertThat(derive.technicalSector(new RouteParts.Vmbo(Codes.Sector.ZORG_EN_WELZIJN, null, null))).isFalse();
    assertThat(derive.technicalSector(new RouteParts.Vmbo(null, null, null))).isNull();
    assertThat(derive.technicalSector(null)).isNull();
  }

  @Test
  void aSubmissionJustBeforeMidnightUtcIsTheNextDayInDutchTime() {
    assertThat(derive.submittedDate(java.time.OffsetDateTime.parse("2016-10-31T23:30:00Z"))).isEqualTo(LocalDate.of(2016, 11, 1));
  }

  @Test
  void eventsFollowTheLawOfTheirOwnDateUnlessTheRouteIsUnderTheStructuralLaw() {
    assertThat(derive.regimeOfEvent(LocalDate.of(2015, 9, 30), null)).isEqualTo("EXP_2013");
    assertThat(derive.regimeOfEvent(LocalDate.of(2015, 10, 1), null)).isEqualTo("EXP_2015");
    assertThat(derive.regimeOfEvent(LocalDate.of(2015, 10, 1), "LAW_2020")).isEqualTo("LAW_2020");
  }

  @Test
  void theTextOfTheDecreeChangesOn15March2018On1January2019AndOn1August2020() {
    assertThat(derive.textVersion("EXP_2013", LocalDate.of(2015, 9, 30))).isEqualTo("D2013");
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2015, 10, 1))).isEqualTo("D2015");
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2018, 3, 14))).isEqualTo("D2015");
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2018, 3, 15))).isEqualTo("D2018");
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2019, 1, 1))).isEqualTo("D2019");
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2020, 7, 31))).isEqualTo("D2019");
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2020, 8, 1))).isEqualTo("D2020");
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2022, 7, 31))).isEqualTo("D2020");
  }

  @Test
  void noTextOfTheDecreeOutsideItsRegimesOrWithoutADay() {
    assertThat(derive.textVersion("LAW_2020", LocalDate.of(2021, 8, 1))).isNull();
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2022, 8, 1))).isNull();
    assertThat(derive.textVersion("EXP_2015", null)).isNull();
    assertThat(derive.textVersion(null, LocalDate.of(2019, 1, 1))).isNull();
  }

  @Test
  void anApplicationFollowsTheTextOfItsSubmissionElseThatOfItsStartYear() {
    SchoolYear start = SchoolYear.parse("2019-2020");
    assertThat(derive.textVersionOfApplication("EXP_2015", LocalDate.of(2018, 3, 14), start)).isEqualTo("D2015");
    assertThat(derive.textVersionOfApplication("EXP_2015", LocalDate.of(2018, 10, 15), start)).isEqualTo("D2018");
    // submitted after the experiments ended: the regime and the text of the start year
    assertThat(derive.textVersionOfApplication("EXP_2015", LocalDate.of(2022, 9, 1), start)).isEqualTo("D2019");
    assertThat(derive.textVersionOfApplication("EXP_2015", null, null)).isNull();
  }

  /** Art. 16a is in the texts up to 2018-03-14 (I-02): its period ends the day before the first text without it. */
  @Test
  void article16aEndsOnTheLastDayOfTheTextThatHasIt() {
    Parameters params = TestRuleSet.get().parameters();
    assertThat(params.art16aApplies(LocalDate.of(2018, 3, 14))).isTrue();
    assertThat(params.art16aApplies(LocalDate.of(2018, 3, 15))).isFalse();
    assertThat(derive.textVersion("EXP_2015", LocalDate.of(2018, 3, 14))).isEqualTo("D2015");
  }

  private static final LocalDate DIPLOMA = LocalDate.of(2018, 7, 10);

  private static Trajectory.Exam mbo(Integer level, String completedOn, Boolean passed) {
    return new Trajectory.Exam(Codes.ExamPart.MBO, level, LocalDate.parse(completedOn), passed, null, null, null);
  }

  @Test
  void theBasisberoepsopleidingIsCompletedOnTheFirstPassedLevel2MboExamUpToTheDiploma() {
    List<Trajectory.Exam> exams = List.of(mbo(2, "2018-06-20", true), mbo(null, "2018-05-02", true), mbo(2, "2018-04-01", false),
        mbo(4, "2018-03-01", true), new Trajectory.Exam(Codes.ExamPart.VMBO_FULL, null, LocalDate.parse("2018-02-01"), true, null, null, null),
        mbo(2, "2018-07-11", true));
    assertThat(derive.basisberoepsopleidingCompletedOn(exams, DIPLOMA)).isEqualTo(LocalDate.of(2018, 5, 2));
  }

  @Test
  void anMboExamOnTheDayOfTheDiplomaCounts() {
    assertThat(derive.basisberoepsopleidingCompletedOn(List.of(mbo(2, "2018-07-10", true)), DIPLOMA)).isEqualTo(DIPLOMA);
  }

  @Test
  void withoutAPassedMboExamBeforeItTheDiplomaDateIsTheCompletion() {
    List<Trajectory.Exam> exams = List.of(mbo(2, "2018-07-11", true), mbo(2, "2018-06-01", null),
        new Trajectory.Exam(Codes.ExamPart.MBO, 2, null, true, null, null, null));
    assertThat(derive.basisberoepsopleidingCompletedOn(exams, DIPLOMA)).isEqualTo(DIPLOMA);
    assertThat(derive.basisberoepsopleidingCompletedOn(List.of(), DIPLOMA)).isEqualTo(DIPLOMA);
  }

  @Test
  void theVmboExamIsCompletedByTheWholeExamOrByBothPartsPassedOrNot() {
    Trajectory.Exam common = new Trajectory.Exam(Codes.ExamPart.VMBO_COMMON_PART, null, LocalDate.of(2017, 6, 1), false, null, null, null);
    Trajectory.Exam sector = new Trajectory.Exam(Codes.ExamPart.VMBO_SECTOR_PART, null, LocalDate.of(2018, 6, 1), true, null, null, null);
    Trajectory.Exam full = new Trajectory.Exam(Codes.ExamPart.VMBO_FULL, null, LocalDate.of(2018, 3, 1), null, null, null, null);
    Trajectory.Exam mbo = new Trajectory.Exam(Codes.ExamPart.MBO, 2, LocalDate.of(2017, 1, 1), true, null, null, null);

    assertThat(derive.vmboExamCompletedOn(List.of(common, sector, mbo))).isEqualTo(LocalDate.of(2018, 6, 1));
    assertThat(derive.vmboExamCompletedOn(List.of(common, sector, full))).isEqualTo(LocalDate.of(2018, 3, 1));
    assertThat(derive.vmboExamCompletedOn(List.of(common, mbo))).isNull();
    assertThat(derive.vmboCommonPartCompletedOn(List.of(sector, full))).isEqualTo(LocalDate.of(2018, 3, 1));
    assertThat(derive.vmboCommonPartCompletedOn(List.of(common, full))).isEqualTo(LocalDate.of(2017, 6, 1));
    assertThat(derive.vmboCommonPartCompletedOn(List.of(sector, mbo))).isNull();
  }

  @Test
  void theHourNormAndDurationBandsHoldOnlyForARouteOfAKnownKindAndStart() {
    SchoolYear start = SchoolYear.parse("2016-2017");
    assertThat(derive.hourNorm(null, "BOL", 4, start)).isNull();
    assertThat(derive.hourNorm("VMR2", "BOL", 4, null)).isNull();
    assertThat(derive.hourNorm("VMR2", "BOL", 4, start)).isNotNull()
        .satisfies(n -> assertThat(n.years()).isEqualTo(4));
    assertThat(derive.durationBand("BR", start)).isNotNull().satisfies(b -> assertThat(b.kind()).isEqualTo("BR"));
    assertThat(derive.durationBand(null, start)).isNull();
  }
}
