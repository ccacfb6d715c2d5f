package nl.routetoets.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RouteDatesTest {
  private static final LocalDate START = LocalDate.of(2016, 8, 1);

  @Test
  void routeYearNEndsOn31JulyNYearsAfterAnAugustStart() {
    assertThat(RouteDates.endOfRouteYear(START, 1)).isEqualTo(LocalDate.of(2017, 7, 31));
    assertThat(RouteDates.endOfRouteYear(START, 3)).isEqualTo(LocalDate.of(2019, 7, 31));
  }

  @Test
  void aRouteYearEndsTheDayBeforeTheAnniversaryOfTheStart() {
    assertThat(RouteDates.endOfRouteYear(LocalDate.of(2015, 10, 1), 2)).isEqualTo(LocalDate.of(2017, 9, 30));
  }

  @Test
  void theDayOfLeavingIsTheExitDate() {
    ExitFact exit = new ExitFact("exit", "T-1", LocalDate.of(2018, 3, 14), null, null, "D2015");
    assertThat(RouteDates.dayOfLeaving(exit, LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2018, 3, 14));
  }

  @Test
  void anExitWithoutADateIsJudgedOnThePeildatum() {
    ExitFact exit = new ExitFact("exit", "T-1", null, null, null, null);
    assertThat(RouteDates.dayOfLeaving(exit, LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2020, 1, 1));
  }

  @Test
  void leftBeforeNeedsTheExitDayToBeEarlier() {
    LocalDate day = LocalDate.of(2018, 6, 1);
    assertThat(RouteDates.leftBefore(exit(LocalDate.of(2018, 5, 31)), day)).isTrue();
    assertThat(RouteDates.leftBefore(exit(day), day)).isFalse();
    assertThat(RouteDates.leftBefore(exit(LocalDate.of(2018, 6, 2)), day)).isFalse();
  }

  @Test
  void anExitWithoutADayIsNotShownToBeBeforeAnyDay() {
    assertThat(RouteDates.leftBefore(exit(null), LocalDate.of(2030, 1, 1))).isFalse();
  }

  @Test
  void leftOnOrBeforeIncludesTheDayItself() {
    LocalDate day = LocalDate.of(2019, 7, 31);
    assertThat(RouteDates.leftOnOrBefore(exit(LocalDate.of(2019, 7, 30)), day)).isTrue();
    assertThat(RouteDates.leftOnOrBefore(exit(day), day)).isTrue();
    assertThat(RouteDates.leftOnOrBefore(exit(LocalDate.of(2019, 8, 1)), day)).isFalse();
  }

  @Test
  void anExitWithoutADayMayHaveBeenOnOrBeforeAnyDay() {
    assertThat(RouteDates.leftOnOrBefore(exit(null), LocalDate.of(2000, 1, 1))).isTrue();
  }

  private static ExitFact exit(LocalDate leftOn) {
    return new ExitFact("exit", "T-1", leftOn, null, null, null);
  }
}
