package nl.routetoets.check;

import nl.routetoets.model.Application;
import nl.routetoets.model.LawRoute;

/**
 * Where the applications and route documents come from that trajectories refer to ({@code route.ref}): the routes read
 * earlier in the same run ({@link RoutesReadInRun}), the applications read before a record of a
 * register (the report), or the routes approved in the service (the DUS-I workflow). The checker
 * turns the application's route into the trajectory's route, the same way for all of them (I-51).
 */
@FunctionalInterface
public interface RouteResolver {
  /** The application with this id as the document being checked may see it; null when there is none. */
  Application application(String applicationId);

  /** Told of every valid application the checker checks; a resolver of routes read in the run keeps it. */
  default void checked(Application app) {}

  /** The route document under the law with this id as the document being checked may see it; null when there is none. */
  default LawRoute lawRoute(String routeId) {
    return null;
  }

  /** Told of every valid route document the checker checks; a resolver of routes read in the run keeps it. */
  default void checked(LawRoute route) {}

  /** Knows no application: every reference is unresolved. */
  RouteResolver NONE = id -> null;
}
