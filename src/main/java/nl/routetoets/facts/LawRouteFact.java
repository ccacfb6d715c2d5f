package nl.routetoets.facts;

import java.time.LocalDate;
import java.util.List;
import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * A route under the structural law (a {@code route} document, or a trajectory's inline or referenced
 * law route): its own fields. Its parts (provider, profiel, mbo programme, design, agreement, ...)
 * are facts of their own whose {@code routePath} is this fact's {@code path}.
 *
 * @param origin ROUTE (a route document) or TRAJECTORY
 * @param firstDay derived: the first day of {@code firstSchoolYear}
 * @param articleText derived: the WVO text in force on the peildatum (N-LAW-27)
 * @param regime always {@code LAW_2020}: a law route is judged under the law for all its facts (formats.md §6)
 */
public record LawRouteFact(
    String path, String documentId, String origin, String kind, String firstSchoolYear, LocalDate firstDay,
    List<String> leerwegen, LocalDate asOf, String articleText, String regime) implements Located, RouteScoped, LawDated {

  @Override
  public String routePath() {
    return path;
  }
}
