package nl.routetoets.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedTest {
  private static final ApplicationFact FORM =
      new ApplicationFact("", "APP-1", "EXP_2015", "EXP_2015", null, null, null, null, null, null, null, 1);

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

  @Test
  void anAbsentPartHasEveryNamedFieldUnknown() {
    assertThat(Located.missing(FORM, "projectPlan", List.of(), "sharedVision", "organisationPlan"))
        .containsExactly("projectPlan.sharedVision", "projectPlan.organisationPlan");
  }

  @Test
  void aPresentPartHasOnlyItsNullFieldsUnknown() {
    ProjectPlanFact plan = new ProjectPlanFact("projectPlan", "APP-1", null, false, true);
    assertThat(Located.missing(FORM, "projectPlan", List.of(plan), "sharedVision", "organisationPlan"))
        .containsExactly("projectPlan.sharedVision");
    ProjectPlanFact complete = new ProjectPlanFact("projectPlan", "APP-1", true, false, null);
    assertThat(Located.missing(FORM, "projectPlan", List.of(complete), "sharedVision", "organisationPlan")).isEmpty();
  }

  @Test
  void onlyTheFactAtThePartsPathCounts() {
    RouteFact route = new RouteFact("routes[1]", "APP-1", "R2", "APPLICATION", "EXP_2015", null, null, false, null, null,
        null, null, null);
    MboPartFact otherRoute = new MboPartFact("routes[0].mbo", "routes[0]", 2, "79020", "b", null, null, null);
    assertThat(Located.missing(route, "mbo", List.of(otherRoute), "level")).containsExactly("routes[1].mbo.level");
    MboPartFact own = new MboPartFact("routes[1].mbo", "routes[1]", null, "79020", "b", null, null, null);
    assertThat(Located.missing(route, "mbo", List.of(otherRoute, own), "level", "domain"))
        .containsExactly("routes[1].mbo.level");
  }
}
