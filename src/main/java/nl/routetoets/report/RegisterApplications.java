package nl.routetoets.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.routetoets.check.RouteResolver;
import nl.routetoets.model.Application;

/**
 * The applications of a report run, with the position of the record they were read at. A trajectory
 * may refer only to an application read before it, as in a sequential check; remembering the position
 * keeps that true while records are checked out of order on several threads.
 */
final class RegisterApplications {
  /** Applications from {@code --applications}: visible to every record. */
  static final long BEFORE_ALL = -1;

  private record Entry(long index, Application app) {}

  private final Map<String, Entry> byId = new ConcurrentHashMap<>();

  /** The first application read with an id wins; a later one with the same id is still checked but not referred to. */
  boolean register(long index, Application app) {
    return byId.putIfAbsent(app.id(), new Entry(index, app)) == null;
  }

  /** The routes the record at {@code index} may refer to: those of applications read before it. */
  RouteResolver visibleAt(long index) {
    return id -> {
      Entry e = byId.get(id);
      return e != null && e.index <= index ? e.app : null;
    };
  }

  /** The application with this id, read anywhere, for labelling (school, route type); null when unknown. */
  Application any(String id) {
    Entry e = byId.get(id);
    return e == null ? null : e.app;
  }
}
