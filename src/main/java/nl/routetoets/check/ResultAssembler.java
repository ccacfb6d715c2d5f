package nl.routetoets.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.model.Result.RouteResult;
import nl.routetoets.model.Verdict;

/** Turns the sorted findings of one document into its result: per route, and for the whole. */
public final class ResultAssembler {
  private ResultAssembler() {}

  /** As {@link #of(Result.Subject, LocalDate, String, List, Result.RuleSetRef, List, List)}, without saying which regimes decided. */
  static Result of(
      Result.Subject subject, LocalDate asOf, String regime, Result.RuleSetRef ruleSet, List<String> routeIds, List<Finding> findings) {
    return of(subject, asOf, regime, List.of(), ruleSet, routeIds, findings);
  }

  /**
   * A finding about route i (its {@link Finding#route()}: {@code routes[i]}) belongs to that route; the
   * rest to the document. A route's verdict is the worst of its own findings and the document's.
   */
  static Result of(
      Result.Subject subject, LocalDate asOf, String regime, List<String> regimes, Result.RuleSetRef ruleSet, List<String> routeIds,
      List<Finding> findings) {
    List<Finding> top = new ArrayList<>();
    List<List<Finding>> perRoute = new ArrayList<>();
    Map<String, List<Finding>> byRoutePath = new HashMap<>();
    for (int i = 0; i < routeIds.size(); i++) {
      List<Finding> own = new ArrayList<>();
      perRoute.add(own);
      byRoutePath.put(ROUTES + "[" + i + "]", own);
    }
    for (Finding f : findings) {
      List<Finding> own = f.route() == null ? null : byRoutePath.get(f.route());
      (own != null ? own : top).add(f);
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
    return new Result(subject, verdict, asOf, regime, List.copyOf(regimes), ruleSet, List.copyOf(routes), List.copyOf(top), List.of());
  }

  private static final String ROUTES = "routes";
}
