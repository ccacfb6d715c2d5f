package nl.routetoets.ruleset;

/**
 * A fact about one route, or about a part of it: findings of a rule that matched it belong to that
 * route. {@link #routePath()} is where the route sits in its document: {@code routes[i]} of an
 * application, or {@code route} of a trajectory (or {@code routes[i]} of the application it refers to).
 */
public interface RouteScoped {
  String routePath();
}
