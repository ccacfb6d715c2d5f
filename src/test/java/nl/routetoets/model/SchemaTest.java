package nl.routetoets.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The published JSON Schemas (src/main/resources/schema) and the reader agree: every document the
 * checker reads validates, every result it writes validates, and what the schema refuses the reader refuses.
 */
class SchemaTest {
  private static final String BASE = "https://routetoets.nl/schema/v1/";
  private static Schema document;
  private static Schema result;

  @BeforeAll
  static void load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(id -> id.startsWith(BASE) ? resource(id.substring(BASE.length())) : null));
    document = registry.getSchema(SchemaLocation.of(BASE + "document.schema.json"));
    result = registry.getSchema(SchemaLocation.of(BASE + "result.schema.json"));
  }

  private static String resource(String name) {
    try (InputStream in = SchemaTest.class.getResourceAsStream("/schema/" + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyReadableFixtureAndDemoDocumentValidates() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Fixture f : FixtureRunner.discover(TestRuleSet.FIXTURES)) {
      if (!"INVALID".equals(f.expected().verdict())) {
        check(f.document(), problems);
      }
    }
    if (Files.isDirectory(Path.of("demo"))) {
      try (Stream<Path> demo = Files.list(Path.of("demo"))) {
        for (Path p : demo.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          check(p, problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void check(Path p, List<String> problems) throws IOException {
    document.validate(Json.MAPPER.readTree(Files.readString(p))).forEach(e -> problems.add(p + ": " + e));
  }

  @Test
  void everyResultTheCheckerWritesValidates() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Fixture f : FixtureRunner.discover(TestRuleSet.FIXTURES)) {
      JsonNode written = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(FixtureRunner.run(f, TestRuleSet.get(), null)));
      result.validate(written).forEach(e -> problems.add(f.document() + ": " + e));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void whatTheSchemaRefusesTheReaderRefusesToo() throws IOException {
    String base = Files.readString(Path.of("test-fixtures/baseline/aanvraag-2016-vakmanschaproute-2-techniek.json"));
    for (Map.Entry<String, String> bad : Map.of(
        "\"pathway\": \"BOL\"", "\"pathway\": \"DUAAL\"",
        "\"level\": 2", "\"level\": \"2\"",
        "\"routeId\": \"R1\"", "\"routeId\": \"R1\", \"kleur\": \"rood\"",
        "\"decidedOn\": \"2016-02-25\"", "\"decidedOn\": \"25-02-2016\"").entrySet()) {
      String doc = base.replace(bad.getKey(), bad.getValue());
      assertThat(doc).isNotEqualTo(base);
      assertThat(document.validate(Json.MAPPER.readTree(doc))).as(bad.getValue()).isNotEmpty();
      List<nl.routetoets.document.SourcedDocument> read = new ArrayList<>();
      nl.routetoets.document.DocumentReader.readJson("bad.json", new java.io.StringReader(doc), read::add);
      assertThat(read.get(0).valid()).as(bad.getValue()).isFalse();
    }
  }

  @Test
  void anErrorResultValidatesWithItsErrorAndNotWithFindings() {
    Result error = Result.error(new Result.Subject("trajectory", "S-1", "stroom.jsonl", 3), java.time.LocalDate.of(2019, 8, 1),
        "EXP_2015", new Result.RuleSetRef("2026.11.0", "0".repeat(64)), "rule \"X\" did not finish within 2 s of computing time");
    JsonNode written = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(error));
    assertThat(result.validate(written)).isEmpty();
    tools.jackson.databind.node.ObjectNode withoutErrors = ((tools.jackson.databind.node.ObjectNode) written.deepCopy());
    withoutErrors.remove("errors");
    assertThat(result.validate(withoutErrors)).isNotEmpty();
    tools.jackson.databind.node.ObjectNode withFindings = ((tools.jackson.databind.node.ObjectNode) written.deepCopy());
    withFindings.set("findings", Json.MAPPER.readTree("[{\"norm\":\"N-DUR-1\",\"severity\":\"REVIEW\",\"message\":{\"nl\":\"x\",\"en\":\"x\"}}]"));
    assertThat(result.validate(withFindings)).isNotEmpty();
  }
}
