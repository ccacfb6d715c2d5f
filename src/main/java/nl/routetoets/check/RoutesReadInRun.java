package nl.routetoets.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.routetoets.model.Application;
import nl.routetoets.model.LawRoute;

/**
 * The applications checked earlier in the same run, as a sequential check sees them: a later
 * application with the same id replaces an earlier one. Otherwise asks {@code before}: routes known
 * before the run began (in the service: those approved in the workflow). Safe to use from several threads.
 */
public final class RoutesReadInRun implements RouteResolver {
  private final Map<String, Application> read = new ConcurrentHashMap<>();
  private final Map<String, LawRoute> lawRoutes = new ConcurrentHashMap<>();
  private final RouteResolver before;

  public RoutesReadInRun() {
    this(RouteResolver.NONE);
  }

  public RoutesReadInRun(RouteResolver before) {
    this.before = before;
  }

  @Override
  public Application application(String applicationId) {
    Application app = read.get(applicationId);
    return app != null ? app : before.application(applicationId);
  }

  @Override
  public void checked(Application app) {
    read.put(app.id(), app);
  }

  @Override
  public LawRoute lawRoute(String routeId) {
    LawRoute route = lawRoutes.get(routeId);
    return route != null ? route : before.lawRoute(routeId);
  }

  @Override
  public void checked(LawRoute route) {
    lawRoutes.put(route.id(), route);
  }
}
