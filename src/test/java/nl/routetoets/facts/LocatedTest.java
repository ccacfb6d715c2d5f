package nl.routetoets.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A fact names the paths of its fields, and the ones it does not know. */
class LocatedTest {
  private static final ApplicationFact FORM =
      new ApplicationFact("", "APP-1", "EXP_2015", "EXP_2015", null, null, null, null, null, null, null, 1, java.util.Collections.emptySortedSet(), "D2015");

  @Test
  void aFieldPathSitsUnderTheFactsPathOrIsTheFieldForTheDocument() {
    assertThat(FORM.at("submittedAt")).isEqualTo("submittedAt");
    assertThat(new DesignFact("routes[1].design", "routes[1]", null, null).at("years")).isEqualTo("routes[1].design.years");
  }

  @Test
  void missingNamesTheUnknownFieldsInTheOrderGiven() {
    AdviceFact advice = new AdviceFact("advice", "APP-1", null, true, null, "NONE");
    assertThat(advice.missing("worksCouncil", "studentCouncil", "schoolParticipationCouncil"))
        .containsExactly("advice.worksCouncil", "advice.schoolParticipationCouncil");
  }

  @Test
  void missingRejectsAFieldTheFactDoesNotHave() {
    AdviceFact advice = new AdviceFact("advice", "APP-1", true, true, true, "NONE");
    assertThatThrownBy(() -> advice.missing("ouderraad")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ouderraad");
  }
}
