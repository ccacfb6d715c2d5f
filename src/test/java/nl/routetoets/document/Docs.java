package nl.routetoets.document;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Test documents: the baselines, a value set at a JSON path such as routes[0].mbo.level, and reading them. */
public final class Docs {
  public static final String APPLICATION = "baseline/aanvraag-2016-vakmanschaproute-2-techniek";
  public static final String TRAJECTORY = "baseline/traject-2016-vakmanschaproute-2-geslaagd";
  /** A route under the law (formats.md §5) of the demo set: DLR GL → mbo-4, complete. */
  public static final String ROUTE = "route-2021-dlr-gl-mbo4.json";
  /** A law trajectory (formats.md §6) of the demo set, its GLR route inline. */
  public static final String LAW_TRAJECTORY = "traject-2022-glr-bb-kok-jaar3.json";
  private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

  private Docs() {}

  /** A fixture's document by its name under test-fixtures/, built from its base and change as the fixture runner does. */
  public static ObjectNode load(String fixture) {
    return nl.routetoets.TestRuleSet.fixture(fixture).tree();
  }

  /** A document of the demo set (demo/ at the repository root) by its file name. */
  public static ObjectNode demo(String file) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(java.nio.file.Files.readString(java.nio.file.Path.of("demo", file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of {@code doc} with {@code value} at {@code path}; objects and arrays on the way are made as needed. */
  public static ObjectNode with(ObjectNode doc, String path, JsonNode value) {
    ObjectNode copy = doc.deepCopy();
    List<Object> steps = steps(path);
    JsonNode at = copy;
    for (int i = 0; i < steps.size() - 1; i++) {
      at = child(at, steps.get(i), steps.get(i + 1) instanceof Integer);
    }
    set(at, steps.get(steps.size() - 1), value);
    return copy;
  }

  /** A copy of {@code doc} with the field at {@code path} left out. */
  public static ObjectNode without(ObjectNode doc, String path) {
    ObjectNode copy = doc.deepCopy();
    List<Object> steps = steps(path);
    JsonNode at = copy;
    for (int i = 0; i < steps.size() - 1; i++) {
      at = child(at, steps.get(i), steps.get(i + 1) instanceof Integer);
    }
    Object last = steps.get(steps.size() - 1);
    if (at instanceof ObjectNode o) {
      o.remove((String) last);
    } else if (at instanceof ArrayNode a) {
      a.remove((Integer) last);
    }
    return copy;
  }

  public static JsonNode value(String json) {
    return Json.MAPPER.readTree(json);
  }

  public static JsonNode text(String s) {
    return JsonNodeFactory.instance.stringNode(s);
  }

  /** What the reader makes of a whole JSON text. */
  public static List<SourcedDocument> read(String json) {
    List<SourcedDocument> out = new ArrayList<>();
    try {
      DocumentReader.readJson("doc.json", new StringReader(json), out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    Matcher m = STEP.matcher(path);
    while (m.find()) {
      steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
    }
    return steps;
  }

  private static JsonNode child(JsonNode at, Object step, boolean array) {
    JsonNode next = step instanceof Integer i ? at.get(i) : at.get((String) step);
    if (next == null || next.isNull()) {
      next = array ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
      set(at, step, next);
    }
    return next;
  }

  private static void set(JsonNode at, Object step, JsonNode value) {
    if (at instanceof ObjectNode o) {
      o.set((String) step, value);
    } else if (at instanceof ArrayNode a) {
      int i = (Integer) step;
      while (a.size() <= i) {
        a.addNull();
      }
      a.set(i, value);
    }
  }
}
