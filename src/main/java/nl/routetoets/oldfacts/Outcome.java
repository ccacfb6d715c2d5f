package nl.routetoets.oldfacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.model.Result.RouteResult;
import nl.routetoets.model.Verdict;

/** Turns the sorted findings of one document into its result: per route, and for the whole. */
public final class Outcome {
  private Outcome() {}

  /**
   * Findings whose path lies under {@code routes[i]} belong to route i; the rest to the document. A
   * route's verdict is the worst of its own findings and the document's.
   */
  public static Result of(
      Result.Subject subject, LocalDate asOf, String regime, Result.RuleSetRef ruleSet, List<String> routeIds,
      List<Finding> findings) {
    List<Finding> top = new ArrayList<>();
    List<List<Finding>> perRoute = new ArrayList<>();
    routeIds.forEach(id -> perRoute.add(new ArrayList<>()));
    for (Finding f : findings) {
      int route = routeIndex(f.path());
      if (route >= 0 && route < perRoute.size()) {
        perRoute.get(route).add(f);
      } else {
        top.add(f);
      }
    }
    List<RouteResult> routes = new ArrayList<>();
    Verdict formVerdict = Verdict.of(top);
    Verdict verdict = formVerdict;
    for (int i = 0; i < routeIds.size(); i++) {
      // the form's findings (window, signatures, agreement, advices, plan, one experiment) bear on
      // every route it requests, so a route is never judged better than its form (I-12)
      Verdict routeVerdict = formVerdict.worst(Verdict.of(perRoute.get(i)));
      verdict = verdict.worst(routeVerdict);
      routes.add(new RouteResult(routeIds.get(i), routeVerdict, List.copyOf(perRoute.get(i))));
    }
    return new Result(subject, verdict, asOf, regime, ruleSet, List.copyOf(routes), List.copyOf(top), List.of());
  }

  static int routeIndex(String path) {
    if (path == null || !path.startsWith("routes[")) {
      return -1;
    }
    int end = path.indexOf(']');
    try {
      return Integer.parseInt(path.substring("routes[".length(), end));
    } catch (RuntimeException e) {
      return -1;
    }
  }
}
