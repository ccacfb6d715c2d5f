package nl.routetoets.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.routetoets.web.Readable.Kind;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of an application, field by field, with the form's labels and readable values.
 * The documents are compared as the school sent them: every value at its path, a list of codes or numbers as one
 * value, and the routes by their id (so that a route moved in the list is the same route, and a route added or taken
 * out says so).
 */
record VersionDiff(int from, int to, List<Change> changes, List<String> routesAdded, List<String> routesRemoved) {
  enum How { CHANGED, ADDED, REMOVED }

  /**
   * One value that differs. {@code section}: the application or "Route R1"; {@code label}: the field's label (its
   * path when the form has none); {@code path}: the path in the newer version (the older one's when it is gone).
   */
  record Change(String section, String routeId, String label, String path, How how, String before, String after) {}

  /** Where a value is: its path below the document or the route, and the route's id (null: the document). */
  private record Place(String routeId, String relative, String path) {}

  static VersionDiff of(int from, JsonNode before, int to, JsonNode after, Readable readable) {
    Map<String, JsonNode> old = new LinkedHashMap<>();
    Map<String, Place> oldPlaces = new LinkedHashMap<>();
    flatten(before, old, oldPlaces);
    Map<String, JsonNode> now = new LinkedHashMap<>();
    Map<String, Place> nowPlaces = new LinkedHashMap<>();
    flatten(after, now, nowPlaces);

    Set<String> keys = new LinkedHashSet<>(now.keySet());
    keys.addAll(old.keySet());
    List<Change> changes = new ArrayList<>();
    for (String key : keys) {
      JsonNode a = old.get(key);
      JsonNode b = now.get(key);
      boolean hadIt = a != null && !a.isNull();
      boolean hasIt = b != null && !b.isNull();
      if (!hadIt && !hasIt || hadIt && hasIt && a.equals(b)) {
        continue;
      }
      Place place = nowPlaces.containsKey(key) ? nowPlaces.get(key) : oldPlaces.get(key);
      Kind kind = ApplicationSummary.KINDS.getOrDefault(place.relative(), Kind.TEXT);
      How how = hadIt && hasIt ? How.CHANGED : hasIt ? How.ADDED : How.REMOVED;
      String section = place.routeId() == null ? readable.msg("desk.diff.application") : readable.msg("desk.diff.route", place.routeId());
      String label = readable.messagesHas("f." + place.relative()) ? readable.msg("f." + place.relative()) : place.relative();
      changes.add(new Change(section, place.routeId(), label, place.path(), how,
          hadIt ? readable.text(a, kind) : readable.msg("desk.value.unknown"), hasIt ? readable.text(b, kind) : readable.msg("desk.value.unknown")));
    }
    Set<String> oldRoutes = routeIds(before);
    Set<String> newRoutes = routeIds(after);
    List<String> added = newRoutes.stream().filter(r -> !oldRoutes.contains(r)).toList();
    List<String> removed = oldRoutes.stream().filter(r -> !newRoutes.contains(r)).toList();
    return new VersionDiff(from, to, changes, added, removed);
  }

  /** The routes' ids, or their number in the list for a route without one (or with one another route has too). */
  private static Set<String> routeIds(JsonNode doc) {
    Set<String> ids = new LinkedHashSet<>();
    JsonNode routes = doc.path("routes");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < routes.size(); i++) {
      ids.add(routeKey(routes.get(i), i, seen));
    }
    return ids;
  }

  private static String routeKey(JsonNode route, int index, Set<String> seen) {
    String id = route.path("routeId").isString() ? route.path("routeId").asString() : null;
    return id != null && !id.isBlank() && seen.add(id) ? id : "#" + (index + 1);
  }

  /** Every value of a document by a key that names the route by its id; a list of scalars is one value. */
  private static void flatten(JsonNode doc, Map<String, JsonNode> values, Map<String, Place> places) {
    doc.properties().forEach(e -> {
      if (e.getKey().equals("routes") && e.getValue().isArray()) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < e.getValue().size(); i++) {
          JsonNode route = e.getValue().get(i);
          String id = routeKey(route, i, seen);
          if (route.isObject()) {
            walk(route, "", id, "routes[" + i + "].", values, places);
          } else {
            put(values, places, new Place(id, "", "routes[" + i + "]"), "routes[" + id + "]", route);
          }
        }
      } else {
        walkValue(e.getValue(), e.getKey(), null, "", values, places);
      }
    });
  }

  private static void walk(JsonNode object, String relative, String routeId, String prefix, Map<String, JsonNode> values,
      Map<String, Place> places) {
    object.properties().forEach(e -> walkValue(e.getValue(), relative.isEmpty() ? e.getKey() : relative + "." + e.getKey(), routeId,
        prefix, values, places));
  }

  private static void walkValue(JsonNode v, String relative, String routeId, String prefix, Map<String, JsonNode> values,
      Map<String, Place> places) {
    boolean listOfObjects = v.isArray() && v.valueStream().anyMatch(JsonNode::isContainer);
    if (v.isObject() && !v.isEmpty()) {
      walk(v, relative, routeId, prefix, values, places);
    } else if (listOfObjects) {
      for (int i = 0; i < v.size(); i++) {
        walkValue(v.get(i), relative + "[" + i + "]", routeId, prefix, values, places);
      }
    } else {
      String key = (routeId == null ? "" : "routes[" + routeId + "].") + relative;
      put(values, places, new Place(routeId, relative.replaceAll("\\[\\d+\\]", ""), prefix + relative), key, v);
    }
  }

  private static void put(Map<String, JsonNode> values, Map<String, Place> places, Place place, String key, JsonNode v) {
    values.put(key, v);
    places.put(key, place);
  }
}
