package nl.routetoets.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class Art7Lid3Test {
  /** Grades as numbers (null: not known), ratings as words. */
  private static VmboResultsFact results(
      Integer nederlands, Integer engels, Integer rekentoets, String kunstvak, String lo, Integer maatschappijleer) {
    return new VmboResultsFact("vmboResults", "T-1", false, grade(nederlands), grade(engels), grade(rekentoets), kunstvak, lo,
        grade(maatschappijleer), null);
  }

  private static BigDecimal grade(Integer g) {
    return g == null ? null : BigDecimal.valueOf(g);
  }

  @Test
  void conditionAOf2013AsksKunstvakAndLoVoldoendeOrGoed() {
    assertThat(Art7Lid3.onderdeelA2013(results(6, 6, 6, "VOLDOENDE", "GOED", null))).isTrue();
    assertThat(Art7Lid3.onderdeelA2013(results(6, 6, 6, "ONVOLDOENDE", "GOED", null))).isFalse();
    assertThat(Art7Lid3.onderdeelA2013(results(6, 6, 6, null, "GOED", null))).isNull();
    assertThat(Art7Lid3.onderdeelA2013(results(6, 6, 6, null, "ONVOLDOENDE", null))).isFalse();
  }

  @Test
  void conditionAOf2015AlsoAsksMaatschappijleerSixOrMore() {
    assertThat(Art7Lid3.onderdeelA2015(results(6, 6, 6, "VOLDOENDE", "GOED", 6))).isTrue();
    assertThat(Art7Lid3.onderdeelA2015(results(6, 6, 6, "VOLDOENDE", "GOED", 7))).isTrue();
    assertThat(Art7Lid3.onderdeelA2015(results(6, 6, 6, "VOLDOENDE", "GOED", 5))).isFalse();
    assertThat(Art7Lid3.onderdeelA2015(results(6, 6, 6, "VOLDOENDE", "GOED", null))).isNull();
    assertThat(Art7Lid3.onderdeelA2015(results(6, 6, 6, "ONVOLDOENDE", "GOED", null))).isFalse();
  }

  @Test
  void conditionBFirstWayAFiveAndASixForTheLanguagesAndASixForTheRekentoets() {
    assertThat(Art7Lid3.onderdeelB(results(5, 6, 6, null, null, null))).isTrue();
    assertThat(Art7Lid3.onderdeelB(results(6, 5, 7, null, null, null))).isTrue();
    assertThat(Art7Lid3.onderdeelB(results(5, 5, 6, null, null, null))).isFalse();
    assertThat(Art7Lid3.onderdeelB(results(4, 7, 6, null, null, null))).isFalse();
  }

  @Test
  void conditionBSecondWayAFiveForTheRekentoetsWithBothLanguagesSix() {
    assertThat(Art7Lid3.onderdeelB(results(6, 6, 5, null, null, null))).isTrue();
    assertThat(Art7Lid3.onderdeelB(results(5, 6, 5, null, null, null))).isFalse();
    assertThat(Art7Lid3.onderdeelB(results(6, 6, 4, null, null, null))).isFalse();
  }

  @Test
  void conditionBIsUnknownOnlyWhileAMissingGradeCouldDecideIt() {
    assertThat(Art7Lid3.onderdeelB(results(6, 6, null, null, null, null))).isNull();
    assertThat(Art7Lid3.onderdeelB(results(null, 6, 6, null, null, null))).isNull();
    assertThat(Art7Lid3.onderdeelB(results(4, null, 6, null, null, null))).isFalse();
  }

  @Test
  void conditionBOf2018AsksTheLanguagesAndTheRekentoetsTakenWhateverItsGrade() {
    assertThat(Art7Lid3.onderdeelB2018(results(5, 6, 1, null, null, null))).isTrue();
    assertThat(Art7Lid3.onderdeelB2018(results(5, 5, 9, null, null, null))).isFalse();
    assertThat(Art7Lid3.onderdeelB2018(results(5, 6, null, null, null, null))).isNull();
    assertThat(Art7Lid3.onderdeelB2018(results(4, 6, null, null, null, null))).isFalse();
  }

  @Test
  void conditionBOf2020AsksTheLanguagesOnly() {
    assertThat(Art7Lid3.onderdeelB2020(results(6, 5, null, null, null, null))).isTrue();
    assertThat(Art7Lid3.onderdeelB2020(results(5, 5, 9, null, null, null))).isFalse();
    assertThat(Art7Lid3.onderdeelB2020(results(null, 6, null, null, null, null))).isNull();
  }

  @Test
  void conditionAOf2018ReadsAsConditionAOf2015() {
    assertThat(Art7Lid3.onderdeelA2018(results(6, 6, 6, "VOLDOENDE", "GOED", 6))).isTrue();
    assertThat(Art7Lid3.onderdeelA2018(results(6, 6, 6, "VOLDOENDE", "GOED", 5))).isFalse();
  }

  @Test
  void theLanguagesNeedOneFiveOrMoreAndOneSixOrMore() {
    assertThat(Art7Lid3.talen(results(5, 6, null, null, null, null))).isTrue();
    assertThat(Art7Lid3.talen(results(5, 5, null, null, null, null))).isFalse();
    assertThat(Art7Lid3.talen(results(5, null, null, null, null, null))).isNull();
  }
}
