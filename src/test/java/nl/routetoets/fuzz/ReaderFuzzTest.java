package nl.routetoets.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.networknt.schema.Schema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.routetoets.TestRuleSet;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes the reader and the checker with documents made from the baselines and the demo documents: a
 * value of every JSON type at every path, random changes, broken text and bytes, JSON Lines streams and
 * bundles. Whatever comes in, reading and checking end within a bound, never throw, and give a result
 * that can be written; what the published schema refuses, the reader refuses. Deterministic: the seed is
 * fixed ({@code -Dfuzz.seed=N} for another, {@code -Dfuzz.scale=N} for N times the tries).
 */
class ReaderFuzzTest {
  static final long SEED = Long.getLong("fuzz.seed", 20261124L);
  static final int SCALE = Integer.getInteger("fuzz.scale", 1);
  /** A hang guard, not a speed test: reading and checking one document takes milliseconds. */
  private static final Duration HANG = Duration.ofSeconds(10);
  private static final Schema DOCUMENT = PublishedSchemas.get("document.schema.json");
  private static final ObjectWriter ESCAPED = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
  /** What the reader refuses on grounds the schema cannot express (formats.md, the schema's descriptions). */
  private static final Pattern PROGRAM_ONLY = Pattern.compile(
      "impossible date|not two consecutive years|does not follow|does not match school year|is used twice|is not in school year"
          + "|not Unicode text|out of range|exceeds the maximum|a bundle cannot hold another bundle|is not a whole number");
  /** What a Java class, method or library message would show. */
  static final Pattern JAVA = Pattern.compile("Exception|`|\\b(java|tools|nl|org|com)\\.[a-z]+\\.|\\b[A-Z][a-z]+Node\\b");
  private static final Map<String, Integer> VERDICTS = new TreeMap<>();
  private static final Set<String> PROGRAM_ONLY_SEEN = new TreeSet<>();
  private static int documents;
  private static int schemaRefused;

  private final Checker checker = new Checker(TestRuleSet.get(), null);
  private final Mutator mutator = new Mutator(SEED);

  @AfterAll
  static void histogram() {
    System.out.printf("reader fuzz: %d inputs, verdicts %s; %d refused by the schema, all by the reader too;"
        + " refused by the reader only on the program's grounds: %s%n", documents, VERDICTS, schemaRefused, PROGRAM_ONLY_SEEN);
  }

  /** The values tried at every path of the baselines: one of each JSON type, and edges of each. */
  private static final List<String> AT_EVERY_PATH = List.of(
      "null", "true", "0", "-1", "2147483648", "0.5", "1E+999999999", "\"\"", "\"\\u0000x\"", "\"\\ud800\"", "\"A\"", "[]",
      "[null]", "{}", "{\"x\":1}", "-");

  /**
   * The documents whose every path is tried: the baselines of an application and a trajectory, and of
   * formats 1.1 a route under the law and a law trajectory with its route inline (from the demo set).
   */
  private static List<ObjectNode> everyPathSeeds() {
    return List.of(
        nl.routetoets.TestRuleSet.fixture("baseline/aanvraag-2016-vakmanschaproute-2-techniek").tree(),
        nl.routetoets.TestRuleSet.fixture("baseline/traject-2016-vakmanschaproute-2-geslaagd").tree(),
        nl.routetoets.document.Docs.demo(nl.routetoets.document.Docs.ROUTE),
        nl.routetoets.document.Docs.demo(nl.routetoets.document.Docs.LAW_TRAJECTORY));
  }

  @Test
  void aValueOfEveryTypeAtEveryPathOfTheBaselines() {
    for (ObjectNode base : everyPathSeeds()) {
      List<Mutator.Location> locations = Mutator.locations(base);
      for (int i = 0; i < locations.size(); i++) {
        for (String value : AT_EVERY_PATH) {
          ObjectNode doc = base.deepCopy();
          Mutator.Location at = Mutator.locations(doc).get(i);
          if (value.equals("-")) {
            at.remove();
          } else {
            at.set(Json.MAPPER.readTree(value));
          }
          readCheckAndCompare(doc, ESCAPED.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }

  @Test
  void randomChangesToEveryBaselineAndDemoDocument() {
    List<ObjectNode> baselines = Mutator.baselines();
    for (int i = 0; i < 1200 * SCALE; i++) {
      ObjectNode doc = mutator.mutate(mutator.pick(baselines));
      String text = i % 2 == 0 ? ESCAPED.writeValueAsString(doc) : Json.MAPPER.writeValueAsString(doc);
      readCheckAndCompare(doc, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void brokenTextAndBytesAreInputErrors() {
    List<ObjectNode> baselines = Mutator.baselines();
    for (int i = 0; i < 300 * SCALE; i++) {
      String text = Json.MAPPER.writeValueAsString(mutator.pick(baselines));
      byte[] bytes = i % 2 == 0 ? mutator.breakUtf8(text) : mutator.breakText(text).getBytes(StandardCharsets.UTF_8);
      List<Result> results = readAndCheck(bytes);
      if (i % 2 == 0) {
        assertThat(results).singleElement().satisfies(r -> assertThat(r.errors()).singleElement()
            .satisfies(e -> assertThat(e.problem()).startsWith("not valid UTF-8")));
      }
    }
  }

  @Test
  void aJsonLinesStreamGivesOneResultPerLineWhateverTheLines() {
    List<ObjectNode> baselines = Mutator.baselines().stream()
        .filter(d -> !d.path("type").asString().equals("bundle")).toList();
    for (int s = 0; s < 40 * SCALE; s++) {
      List<byte[]> lines = new ArrayList<>();
      List<Boolean> unchanged = new ArrayList<>();
      for (int l = 0; l < 15; l++) {
        ObjectNode base = mutator.pick(baselines);
        int kind = mutator.nextInt(5);
        String text = kind == 0 ? Json.MAPPER.writeValueAsString(base)
            : kind == 3 ? mutator.breakText(Json.MAPPER.writeValueAsString(base))
            : ESCAPED.writeValueAsString(mutator.mutate(base));
        byte[] bytes = kind == 4 ? mutator.breakUtf8(text) : text.replace("\n", " ").replace("\r", " ").getBytes(StandardCharsets.UTF_8);
        lines.add(bytes);
        unchanged.add(kind == 0);
      }
      byte[] stream = join(lines, mutator.nextInt(2) == 0 ? "\n" : "\r\n");
      List<SourcedDocument> read = new ArrayList<>();
      List<Result> results = new ArrayList<>();
      guard(() -> {
        Iterator<SourcedDocument> it = DocumentReader.readJsonLines("fuzz.jsonl", new ByteArrayInputStream(stream));
        it.forEachRemaining(read::add);
        for (SourcedDocument d : read) {
          results.add(checkAndWrite(d));
        }
      }, new String(stream, StandardCharsets.UTF_8));
      assertThat(read).extracting(SourcedDocument::line).as("one result per line, numbered from 1")
          .isEqualTo(java.util.stream.IntStream.rangeClosed(1, lines.size()).boxed().toList());
      for (int l = 0; l < lines.size(); l++) {
        if (unchanged.get(l)) {
          assertThat(read.get(l).valid()).as("an untouched line is still read: " + new String(lines.get(l), StandardCharsets.UTF_8))
              .isTrue();
        }
      }
    }
  }

  @Test
  void aBundleGivesOneResultPerDocumentWhateverTheDocuments() {
    ObjectNode bundle = (ObjectNode) Json.MAPPER.readTree(read("demo/bundel-aanvraag-met-trajecten.json"));
    List<ObjectNode> baselines = Mutator.baselines();
    for (int i = 0; i < 150 * SCALE; i++) {
      ObjectNode b = bundle.deepCopy();
      ArrayNode docs = (ArrayNode) b.get("documents");
      int n = 1 + mutator.nextInt(4);
      for (int j = 0; j < n; j++) {
        int kind = mutator.nextInt(6);
        JsonNode doc = kind == 0 ? JsonNodeFactory.instance.nullNode()
            : kind == 1 ? mutator.value(b, 2)
            : kind == 2 ? bundle.deepCopy()
            : mutator.mutate(mutator.pick(baselines));
        docs.insert(mutator.nextInt(docs.size() + 1), doc);
      }
      List<Result> results = readCheckAndCompare(b, ESCAPED.writeValueAsString(b).getBytes(StandardCharsets.UTF_8));
      assertThat(results).as("one result per document of the bundle").hasSize(docs.size());
    }
  }

  /** Reads and checks; where the input is one document, what the schema refuses the reader must refuse. */
  private List<Result> readCheckAndCompare(ObjectNode doc, byte[] bytes) {
    List<Result> results = readAndCheck(bytes);
    String type = doc.path("type").isString() ? doc.path("type").asString() : "";
    if (!(type.equals("application") || type.equals("trajectory") || type.equals("route"))) {
      return results;
    }
    JsonNode asRead;
    try {
      asRead = Json.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (tools.jackson.core.JacksonException e) {
      return results; // not JSON (a number too long for the parser): the reader said so
    }
    boolean schemaRefuses;
    try {
      schemaRefuses = !DOCUMENT.validate(asRead).isEmpty();
    } catch (RuntimeException e) {
      // the validator cannot compare a number such as 1E+999999999 with an integer bound; the reader refused it itself
      return results;
    }
    boolean readerRefuses = results.get(0).verdict() == Verdict.INVALID && results.get(0).asOf() == null
        && !results.get(0).errors().get(0).problem().startsWith("no peildatum");
    if (schemaRefuses) {
      schemaRefused++;
      assertThat(readerRefuses).as("the schema refuses it, so the reader must: " + shorten(asRead.toString())).isTrue();
    } else if (readerRefuses) {
      for (InputError e : results.get(0).errors()) {
        assertThat(e.problem()).as("refused by the reader, taken by the schema: " + shorten(asRead.toString()))
            .containsPattern(PROGRAM_ONLY);
        PROGRAM_ONLY_SEEN.add(PROGRAM_ONLY.matcher(e.problem()).results().findFirst().orElseThrow().group());
      }
    }
    return results;
  }

  private List<Result> readAndCheck(byte[] bytes) {
    List<Result> results = new ArrayList<>();
    guard(() -> {
      List<SourcedDocument> docs = new ArrayList<>();
      DocumentReader.readJson("fuzz.json", new ByteArrayInputStream(bytes), docs::add);
      for (SourcedDocument d : docs) {
        results.add(checkAndWrite(d));
      }
    }, new String(bytes, StandardCharsets.UTF_8));
    assertThat(results).isNotEmpty();
    return results;
  }

  /** Checks one document and writes its result as the command line and the API do; counts the verdict. */
  private Result checkAndWrite(SourcedDocument d) {
    Result r = checker.check(d);
    Json.MAPPER.writeValueAsString(r).getBytes(StandardCharsets.UTF_8);
    if (r.verdict() == Verdict.INVALID) {
      assertThat(r.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.problem()).isNotBlank()
          .as("in the words of the format, not of Java: " + e.problem()).doesNotContainPattern(JAVA));
    }
    synchronized (VERDICTS) {
      documents++;
      VERDICTS.merge(r.verdict().name(), 1, Integer::sum);
    }
    return r;
  }

  private static void guard(Executable work, String input) {
    try {
      assertTimeoutPreemptively(HANG, work, () -> "no answer within " + HANG + " for " + shorten(input));
    } catch (AssertionFailedError e) {
      throw e;
    } catch (Throwable e) {
      fail("threw " + e + " for " + shorten(input), e);
    }
  }

  static String shorten(String s) {
    return s.length() > 2_000 ? s.substring(0, 2_000) + "…" : s;
  }

  private static byte[] join(List<byte[]> lines, String separator) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] l : lines) {
      out.writeBytes(l);
      out.writeBytes(separator.getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }

  private static String read(String file) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
