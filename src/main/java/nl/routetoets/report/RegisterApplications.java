package nl.routetoets.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.routetoets.check.RouteResolver;
import nl.routetoets.model.Application;
import nl.routetoets.model.LawRoute;

/**
 * The applications and route documents of a report run, with the position of the record they were
 * read at. A trajectory may refer only to an application or route read before it, as in a sequential
 * check; remembering the position keeps that true while records are checked out of order on several threads.
 */
final class RegisterApplications {
  /** Applications and routes from {@code --applications}: visible to every record. */
  static final long BEFORE_ALL = -1;

  private record Entry<T>(long index, T document) {}

  private final Map<String, Entry<Application>> byId = new ConcurrentHashMap<>();
  private final Map<String, Entry<LawRoute>> routesById = new ConcurrentHashMap<>();

  /** The first application read with an id wins; a later one with the same id is still checked but not referred to. */
  boolean register(long index, Application app) {
    return byId.putIfAbsent(app.id(), new Entry<>(index, app)) == null;
  }

  /** The first route document read with an id wins, as for applications. */
  boolean register(long index, LawRoute route) {
    return routesById.putIfAbsent(route.id(), new Entry<>(index, route)) == null;
  }

  /** The routes the record at {@code index} may refer to: those of applications and route documents read before it. */
  RouteResolver visibleAt(long index) {
    return new RouteResolver() {
      @Override
      public Application application(String id) {
        Entry<Application> e = byId.get(id);
        return e != null && e.index <= index ? e.document : null;
      }

      @Override
      public LawRoute lawRoute(String id) {
        Entry<LawRoute> e = routesById.get(id);
        return e != null && e.index <= index ? e.document : null;
      }
    };
  }

  /** The application with this id, read anywhere, for labelling (school, route type); null when unknown. */
  Application any(String id) {
    Entry<Application> e = byId.get(id);
    return e == null ? null : e.document;
  }

  /** The route document with this id, read anywhere, for labelling; null when unknown. */
  LawRoute anyRoute(String id) {
    Entry<LawRoute> e = routesById.get(id);
    return e == null ? null : e.document;
  }
}
