package nl.routetoets.ruleset;

/**
 * A fact about one route, or about a part of it: findings of a rule that matched it belong to that
 * route. {@link #routePath()} is where the route sits in its document: {@code routes[i]} of an
 * application, or {@code route} of a trajectory (or {@code routes[i]} of the application it refers to).
 */
public interface RouteScoped {
  String routePath();

  /**
   * The JSON path of a field of the route this fact belongs to ({@code "mbo.level"} gives {@code routes[0].mbo.level}, or
   * {@code mbo.level} in a route document), so that a rule that starts from a part names a field of its route without
   * joining the route.
   */
  default String routeAt(String field) {
    String route = routePath();
    return route == null || route.isEmpty() ? field : route + "." + field;
  }
}
