package nl.routetoets.check;

import java.util.function.Consumer;
import nl.routetoets.facts.LawStartFact;
import nl.routetoets.model.LawRoute;
import nl.routetoets.ruleset.Derivations;

/**
 * The passage facts of a route document: a route under the law whose first cohort began before the law
 * did (law2020.md N-TRANS-5, I-88). A trajectory's are built with its other facts (TrajectoryFactBuilder).
 */
final class PassageFacts {
  private static final String LAW_REGIME = "LAW_2020";

  private PassageFacts() {}

  static void ofRoute(LawRoute route, Derivations derive, Consumer<Object> out) {
    if (route.firstSchoolYear() != null && derive.startedBeforeLaw(route.firstSchoolYear().firstDay())) {
      out.accept(new LawStartFact("firstSchoolYear", LAW_REGIME, route.firstSchoolYear().toString(), route.firstSchoolYear().firstDay(),
          derive.articleTextOn(route.firstSchoolYear().firstDay())));
    }
  }
}
