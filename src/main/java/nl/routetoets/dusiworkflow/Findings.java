package nl.routetoets.dusiworkflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.dusiworkflow.Views.Changed;
import tools.jackson.databind.JsonNode;

/** Findings as JSON, as they were shown: those that concern a route, and how two lists of them differ. */
public final class Findings {
  private Findings() {}

  /** A route's findings as shown with it: those about the whole form, then those about the route. */
  public static List<JsonNode> ofRoute(JsonNode result, String routeId) {
    List<JsonNode> out = new ArrayList<>();
    result.path("findings").forEach(out::add);
    for (JsonNode route : result.path("routes")) {
      if (routeId.equals(route.path("routeId").asString())) {
        route.path("findings").forEach(out::add);
      }
    }
    return out;
  }

  /** The findings about the whole form: shown once to the reviewer, and overruled once for every route (the reviewer's desk). */
  public static List<JsonNode> ofForm(JsonNode result) {
    List<JsonNode> out = new ArrayList<>();
    result.path("findings").forEach(out::add);
    return out;
  }

  /** A route's own findings, without those about the whole form. */
  public static List<JsonNode> ownOfRoute(JsonNode result, String routeId) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode route : result.path("routes")) {
      if (routeId.equals(route.path("routeId").asString())) {
        route.path("findings").forEach(out::add);
      }
    }
    return out;
  }

  static String routeVerdict(JsonNode result, String routeId) {
    if ("ERROR".equals(result.path("verdict").asString())) {
      return "ERROR"; // the rules could not finish the document, so no route of it has a verdict of its own
    }
    for (JsonNode route : result.path("routes")) {
      if (routeId.equals(route.path("routeId").asString())) {
        return route.path("verdict").asString();
      }
    }
    return null;
  }

  /** A finding's identity: the same norm and rule at the same path. */
  public static String key(JsonNode finding) {
    return key(finding.path("norm").asString(), finding.path("path").asString(), finding.path("rule").asString());
  }

  static String key(String norm, String path, String rule) {
    return norm + " " + path + ": " + rule;
  }

  record Diff(List<JsonNode> added, List<JsonNode> removed, List<Changed> changed) {}

  /** Added, removed, and changed (same identity, other severity, facts or text). */
  static Diff diff(List<JsonNode> then, List<JsonNode> now) {
    Map<String, JsonNode> before = index(then);
    Map<String, JsonNode> after = index(now);
    List<JsonNode> added = new ArrayList<>();
    List<JsonNode> removed = new ArrayList<>();
    List<Changed> changed = new ArrayList<>();
    after.forEach((k, f) -> {
      JsonNode old = before.get(k);
      if (old == null) {
        added.add(f);
      } else if (!old.equals(f)) {
        changed.add(new Changed(old, f));
      }
    });
    before.forEach((k, f) -> {
      if (!after.containsKey(k)) {
        removed.add(f);
      }
    });
    return new Diff(added, removed, changed);
  }

  private static Map<String, JsonNode> index(List<JsonNode> findings) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    findings.forEach(f -> byKey.put(key(f), f));
    return byKey;
  }
}
