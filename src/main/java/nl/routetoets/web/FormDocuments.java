package nl.routetoets.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import nl.routetoets.document.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the application form and the route form both do with their documents: an uploaded file, fields at dotted paths, the codes of a select. */
final class FormDocuments {
  private FormDocuments() {}

  /** The node at a dotted path; null where the way is not an object (a part that is "NONE", say). */
  static JsonNode at(JsonNode node, String path) {
    JsonNode n = node;
    for (String part : path.split("\\.")) {
      n = n != null && n.isObject() ? n.get(part) : null;
    }
    return n;
  }

  /** Writes a value at a dotted path, making the objects on the way; a non-object in the way is replaced. */
  static void set(ObjectNode root, String path, JsonNode value) {
    String[] parts = path.split("\\.");
    ObjectNode o = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode next = o.get(parts[i]);
      o = next != null && next.isObject() ? (ObjectNode) next : o.putObject(parts[i]);
    }
    o.set(parts[parts.length - 1], value);
  }

  /** An uploaded file as a document of this {@code type}; null when it is no JSON object of that type. */
  static ObjectNode uploaded(byte[] bytes, String type) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (tools.jackson.core.JacksonException e) {
      return null;
    }
    return tree instanceof ObjectNode doc && type.equals(doc.path("type").asString("")) ? doc : null;
  }

  /**
   * The field a path of a document is about, among a form's input names: the field itself; a list's field
   * for one of its items ({@code leerwegen[1]}); for a part, its first field ({@code design.hours} → the
   * total); else the field of the nearest part above it. Null when the path is about no field of the form.
   */
  static String nearestField(String path, List<String> names) {
    if (path == null) {
      return null;
    }
    String p = path.replaceAll("\\[\\d+]", "");
    while (!p.isEmpty()) {
      if (names.contains(p)) {
        return p;
      }
      String part = p + ".";
      for (String name : names) {
        if (name.startsWith(part)) {
          return name;
        }
      }
      int dot = p.lastIndexOf('.');
      p = dot < 0 ? "" : p.substring(0, dot);
    }
    return null;
  }

  /**
   * A party's name filled in from its BRIN where the form leaves it empty: a vo school's from DUO's data
   * (its vestiging, or its only one), an institution's from the institutions the school named before.
   */
  static void fillName(ObjectNode doc, String party, java.util.function.BiFunction<String, String, String> nameOf) {
    JsonNode at = at(doc, party);
    if (!(at instanceof ObjectNode p) || !p.path("brin").isString() || p.path("name").isString() && !p.path("name").asString().isBlank()) {
      return;
    }
    String name = nameOf.apply(p.path("brin").asString(), p.path("vestiging").isString() ? p.path("vestiging").asString() : null);
    if (name != null) {
      p.put("name", name);
    }
  }

  /** The codes of an enum, as a select offers them. */
  static List<String> names(Class<? extends Enum<?>> codes) {
    return Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
  }
}
