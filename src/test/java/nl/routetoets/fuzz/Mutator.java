package nl.routetoets.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.routetoets.document.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes bad documents out of good ones, deterministically from a seed: a value of every JSON type at any
 * path (null, numbers small, huge, negative and fractional, strings with control characters, unpaired
 * surrogates, look-alike and invisible characters, template and injection text, very long text, arrays
 * with nulls, objects of the wrong shape), fields left out or added, arrays grown, and broken text and
 * bytes (cut short, not UTF-8).
 */
public final class Mutator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings that have broken readers before, or look like what the fields expect. */
  static final List<String> STRINGS = List.of(
      "", " ", "\t", "A", "R1", "R2", "APP-2016-0042", "APP-2017-0061", "S-000123", "2016-2017", "2016-2018", "2016-02-30",
      "2016-02-29", "0000-01-01", "9999-12-31", "+999999999-12-31", " 2016-03-01", "2016-03-01T00:00:00Z",
      "2015-11-20T14:03:00+01:00", "2015-11-20T14:03+01:00", "12345", "BB", "KB", "VAKMANSCHAPSROUTE", "BEROEPSROUTE", "NONE",
      "GIVEN", "25333", "2533", "79020", "a", "p", "02QZ", "02qz", "BOL", "MBO_2", "SCHOOL", "VOLDOENDE", "true", "null",
      "\u0000", "APP\u00001", "\ud800", "x\udc00", "\ud83d\ude00", "\u202eAPP-1", "APP\u200b-1", "\ufeffA", "A\nB", "A\r\nB",
      "\u0410PP-2016-0042", "\u00e9", "${x}", "${jndi:ldap://x/a}", "%s%n%x", "{{7*7}}", "#{1+1}",
      "<script>alert(1)</script>", "../../etc/passwd", "APP/1", "APP%2F1", "=HYPERLINK(\"http://x\")", "' OR 1=1 --",
      "x".repeat(300), "\u00e9".repeat(5_000), "A".repeat(100_000));

  /** Ids as they may arrive in a URL path: odd, long, encoded, invisible, look-alike. */
  public static List<String> pathIds() {
    return List.of("APP-DOES-NOT-EXIST", "", " ", "..", ".", "APP/1", "APP%2F1", "%", "%00", "APP\u00001", "A\nB", "\u202eAPP-1",
        "\u0410PP-2016-0042", "APP\u200b-1", "\ud83d\ude00", "\ud800", "A".repeat(65), "A".repeat(5_000), "${x}", "<script>",
        "' OR 1=1 --", "APP;1", "APP?x=1", "APP#1", "\u00e9");
  }

  /** Numbers at and beyond every edge a field has. */
  static final List<String> NUMBERS = List.of(
      "0", "1", "2", "3", "4", "5", "-1", "-0", "0.5", "2.0", "5.5", "10", "11", "1e3", "2147483647", "2147483648",
      "-2147483649", "9223372036854775808", "1e308", "1e-400", "1E+999999999", "-1E+999999999", "123456789012345678901234567890",
      "0.000000000000000000000000001");

  private final SplittableRandom random;

  public Mutator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** One to three changes at random paths of a copy of {@code doc}. */
  public ObjectNode mutate(ObjectNode doc) {
    ObjectNode copy = doc.deepCopy();
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      change(copy);
    }
    return copy;
  }

  private void change(ObjectNode root) {
    List<Location> all = locations(root);
    Location at = pick(all);
    int op = random.nextInt(10);
    if (op < 6) {
      at.set(value(root, 0));
    } else if (op < 8) {
      at.remove();
    } else if (op < 9) {
      List<Location> objects = all.stream().filter(l -> l.get() instanceof ObjectNode).toList();
      ObjectNode o = objects.isEmpty() ? root : (ObjectNode) pick(objects).get();
      o.set(pick(fieldNames(root)), value(root, 0));
    } else {
      List<Location> arrays = all.stream().filter(l -> l.get() instanceof ArrayNode a && !a.isEmpty()).toList();
      if (!arrays.isEmpty()) {
        ArrayNode a = (ArrayNode) pick(arrays).get();
        JsonNode first = a.get(0);
        int n = 1 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
          a.add(first.deepCopy());
        }
      }
    }
  }

  /** A value of a random JSON type; {@code root} gives subtrees to put in the wrong place. */
  public JsonNode value(ObjectNode root, int depth) {
    switch (random.nextInt(depth > 2 ? 5 : 8)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return number(pick(NUMBERS));
      case 3:
      case 4:
        return NODES.stringNode(pick(STRINGS));
      case 5: {
        ArrayNode a = NODES.arrayNode();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          a.add(random.nextInt(3) == 0 ? NODES.nullNode() : value(root, depth + 1));
        }
        return a;
      }
      case 6: {
        ObjectNode o = NODES.objectNode();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
          o.set(pick(fieldNames(root)), value(root, depth + 1));
        }
        return o;
      }
      default: {
        List<Location> all = locations(root);
        return pick(all).get().deepCopy();
      }
    }
  }

  /** A number node that writes exactly as {@code text}. */
  public static JsonNode number(String text) {
    if (text.matches("-?[0-9]+")) {
      BigInteger i = new BigInteger(text);
      return i.bitLength() < 63 ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
    }
    return NODES.numberNode(new BigDecimal(text));
  }

  /** The JSON text, sometimes broken: cut short, a character put in, a key twice, garbage after it. */
  public String breakText(String json) {
    switch (random.nextInt(6)) {
      case 0:
        return json.substring(0, random.nextInt(Math.max(1, json.length())));
      case 1: {
        int at = random.nextInt(json.length() + 1);
        return json.substring(0, at) + pick(List.of("\"", "{", "}", "]", ",", "\\", "\u0000", "\n", "x")) + json.substring(at);
      }
      case 2:
        return json.replaceFirst("\"id\":", "\"id\":\"DUP\",\"id\":");
      case 3:
        return json + pick(List.of(" x", "{}", "\n{}", " ]"));
      case 4:
        return "\ufeff" + json;
      default:
        return "[".repeat(2_000) + "]".repeat(2_000);
    }
  }

  /** The UTF-8 bytes of {@code text} with a sequence that is not UTF-8 put in at a random place. */
  public byte[] breakUtf8(String text) {
    byte[] good = text.getBytes(StandardCharsets.UTF_8);
    byte[] bad = pick(List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0x80}, new byte[] {(byte) 0x80},
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82}, new byte[] {(byte) 0xfe}));
    int at = random.nextInt(good.length + 1);
    byte[] out = new byte[good.length + bad.length];
    System.arraycopy(good, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, bad.length);
    System.arraycopy(good, at, out, at + bad.length, good.length - at);
    return out;
  }

  /** Every place in the tree a value sits: object fields and array elements, at any depth. */
  public static List<Location> locations(JsonNode root) {
    List<Location> out = new ArrayList<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, List<Location> out) {
    if (node instanceof ObjectNode o) {
      for (String name : List.copyOf(o.propertyNames())) {
        String p = path.isEmpty() ? name : path + "." + name;
        out.add(new Location(o, name, -1, p));
        collect(o.get(name), p, out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        String p = path + "[" + i + "]";
        out.add(new Location(a, null, i, p));
        collect(a.get(i), p, out);
      }
    }
  }

  private static List<String> fieldNames(JsonNode root) {
    List<String> names = new ArrayList<>(List.of("x", "", "\u0000", "type", "id", "ref", "documents", "kleur"));
    for (Location l : locations(root)) {
      if (l.name() != null) {
        names.add(l.name());
      }
    }
    return names;
  }

  /** Where a value sits: a field of an object or an element of an array. */
  public record Location(JsonNode parent, String name, int index, String path) {
    public JsonNode get() {
      return name != null ? parent.get(name) : parent.get(index);
    }

    public void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    public void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(name);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  /** The documents to start from: the baselines (as the fixture runner builds them) and the demo documents, each as a JSON object. */
  public static List<ObjectNode> baselines() {
    List<ObjectNode> docs = new ArrayList<>();
    try (var files = java.nio.file.Files.list(nl.routetoets.TestRuleSet.FIXTURES.resolve("baseline"))) {
      for (var p : files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json")).sorted().toList()) {
        String name = p.getFileName().toString();
        docs.add(nl.routetoets.TestRuleSet.fixture("baseline/" + name.substring(0, name.length() - ".json".length())).tree());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("demo"))) {
      for (var p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        docs.add((ObjectNode) Json.MAPPER.readTree(java.nio.file.Files.readString(p)));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return docs;
  }
}
