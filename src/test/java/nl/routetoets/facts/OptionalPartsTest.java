package nl.routetoets.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionalPartsTest {
  private static final RouteFact ROUTE = new RouteFact(
      "routes[1]", "APP-1", "R2", "APPLICATION", "EXP_2015", "BR", "BEROEPSROUTE", false, "2017-2018", null, null, null, null, "D2015");
  private static final ApplicationFact FORM =
      new ApplicationFact("", "APP-1", "EXP_2015", "EXP_2015", null, null, null, "2017-2018", null, null, null, 1, java.util.Collections.emptySortedSet(), "D2015");

  @Test
  void anAbsentObjectLeavesEveryFieldUnknownUnderThePathItWouldHave() {
    assertThat(OptionalParts.missingIn(ROUTE, "offeredPreviousYear", List.of(), "school", "institution"))
        .containsExactly("routes[1].offeredPreviousYear.school", "routes[1].offeredPreviousYear.institution");
    assertThat(OptionalParts.missingIn(FORM, "assessment", List.of(), "readyToStart"))
        .containsExactly("assessment.readyToStart");
  }

  @Test
  void aPresentObjectLeavesUnknownOnlyItsNullFieldsInTheOrderAsked() {
    var offered = new OfferedPreviousYearFact("routes[1].offeredPreviousYear", "routes[1]", null, true);
    assertThat(OptionalParts.missingIn(ROUTE, "offeredPreviousYear", List.of(offered), "institution", "school"))
        .containsExactly("routes[1].offeredPreviousYear.school");
    var excluded = new ExclusionsFact("routes[1].exclusions", "routes[1]", null, null, false);
    assertThat(OptionalParts.missingIn(ROUTE, "exclusions", List.of(excluded), "leerwegResultsDeficient", "mboQualityInsufficient"))
        .containsExactly("routes[1].exclusions.leerwegResultsDeficient", "routes[1].exclusions.mboQualityInsufficient");
  }

  @Test
  void aPresentObjectWithEveryFieldKnownLeavesNothingUnknown() {
    var offered = new OfferedPreviousYearFact("routes[1].offeredPreviousYear", "routes[1]", false, true);
    assertThat(OptionalParts.missingIn(ROUTE, "offeredPreviousYear", List.of(offered), "school", "institution")).isEmpty();
  }

  @Test
  void twoFactsForOneObjectAreAMistakeInTheRule() {
    var offered = new OfferedPreviousYearFact("routes[1].offeredPreviousYear", "routes[1]", null, null);
    assertThatThrownBy(() -> OptionalParts.missingIn(ROUTE, "offeredPreviousYear", List.of(offered, offered), "school"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("routes[1].offeredPreviousYear");
  }
}
