package nl.routetoets.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.routetoets.document.Json;
import nl.routetoets.fuzz.Mutator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzes the API with the reader fuzzer's documents, as JSON and JSON Lines bodies, as submissions, as
 * decisions, and with odd ids in the URL: never a 5xx, never a Java class name or stack trace in the answer,
 * an answer within a bound; what a 201 stored can be opened, and what was refused was not stored.
 */
class ApiFuzzTest extends ApiTest {
  private static final Duration HANG = Duration.ofSeconds(20);
  private static final ObjectWriter ESCAPED = Json.MAPPER.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
  /** What a stack trace or an exception's own message would show. */
  private static final Pattern LEAK = Pattern.compile(
      "Exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|java\\.[a-z]+\\.|tools\\.jackson|org\\.springframework|nl\\.routetoets\\.|jakarta\\.");
  private static final List<String> BRINS = List.of("00AH", "00AQ", "00BD", "02QZ", "04IX", "04SU", "04XU", "19IW", "19KM", "25PZ",
      "29YT", "30AU", "99AG", "99BU", "99DZ", "99GH", "99GU", "99KD", "99MY", "99NM", "99RW", "99TW", "99ZS", "99ZV");
  private static final Map<Integer, Integer> STATUSES = new TreeMap<>();
  private static int requests;
  private final Mutator mutator = new Mutator(Long.getLong("fuzz.seed", 20261124L));
  private final int scale = Integer.getInteger("fuzz.scale", 1);

  @BeforeEach
  void accounts() throws Exception {
    // the fixtures name fictitious schools too, which the reference list of schools does not hold
    accountOutsideTheList("fuzz-school", BRINS.toArray(String[]::new));
    account("fuzz-reviewer", "REVIEWER");
  }

  @AfterAll
  static void histogram() {
    System.out.printf("API fuzz: %d requests, status codes %s%n", requests, STATUSES);
  }

  @Test
  void checkingAnyDocumentNeverAnswers5xx() throws Exception {
    List<ObjectNode> baselines = Mutator.baselines();
    for (int i = 0; i < 400 * scale; i++) {
      ObjectNode doc = mutator.mutate(mutator.pick(baselines));
      byte[] body = i % 5 == 4 ? mutator.breakUtf8(doc.toString()) : ESCAPED.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
      MvcResult r = perform(post("/api/v1/checks").with(as("fuzz-school")).contentType(MediaType.APPLICATION_JSON).content(body));
      assertThat(r.getResponse().getStatus()).isIn(200, 413, 422);
    }
  }

  @Test
  void aJsonLinesBodyGetsOneResultPerLine() throws Exception {
    List<ObjectNode> baselines = Mutator.baselines().stream().filter(d -> !d.path("type").asString().equals("bundle")).toList();
    for (int i = 0; i < 40 * scale; i++) {
      java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
      int lines = 1 + mutator.nextInt(8);
      for (int l = 0; l < lines; l++) {
        String line = ESCAPED.writeValueAsString(mutator.mutate(mutator.pick(baselines)));
        body.writeBytes(l % 4 == 3 ? mutator.breakUtf8(line) : line.getBytes(StandardCharsets.UTF_8));
        body.write('\n');
      }
      MvcResult r = perform(post("/api/v1/checks").with(as("fuzz-school")).contentType("application/x-ndjson").content(body.toByteArray()));
      if (r.getResponse().getStatus() == 200) {
        assertThat(json(r.getResponse().getContentAsString()).size()).as("one result per line").isEqualTo(lines);
      } else {
        assertThat(r.getResponse().getStatus()).isEqualTo(413);
      }
    }
  }

  @Test
  void aSubmissionIsStoredAndCanBeOpenedOrRefusedAndNotStored() throws Exception {
    List<ObjectNode> applications = Mutator.baselines().stream()
        .filter(d -> d.path("type").asString().equals("application")).toList();
    for (int i = 0; i < 150 * scale; i++) {
      ObjectNode base = mutator.pick(applications).deepCopy();
      String ourId = "FUZZ-" + i + "-" + base.path("id").asString();
      base.put("id", ourId);
      ObjectNode doc = mutator.mutate(base);
      MvcResult r = perform(post("/api/v1/applications").with(as("fuzz-school")).contentType(MediaType.APPLICATION_JSON)
          .content(ESCAPED.writeValueAsString(doc)));
      int status = r.getResponse().getStatus();
      if (status == 201) {
        String id = json(r.getResponse().getContentAsString()).path("id").asString();
        MvcResult opened = perform(get("/api/v1/applications/{id}", id).with(as("fuzz-school")));
        assertThat(opened.getResponse().getStatus()).as("a stored application can be opened: " + id).isEqualTo(200);
        decideOnce(id);
      } else {
        assertThat(status).isIn(403, 409, 413, 422);
        MvcResult opened = perform(get("/api/v1/applications/{id}", ourId).with(as("fuzz-school")));
        assertThat(opened.getResponse().getStatus()).as("a refused application was not stored: " + ourId).isEqualTo(404);
      }
    }
  }

  /** A reviewer's decision with odd text, on a route that exists: refused or recorded, and the application still opens. */
  private void decideOnce(String id) throws Exception {
    ObjectNode decision = (ObjectNode) Json.MAPPER.readTree(
        "{\"routeId\": \"R1\", \"outcome\": \"REJECTED\", \"motivation\": \"past niet\", \"overrules\": []}");
    ObjectNode odd = mutator.mutate(decision);
    MvcResult r = perform(post("/api/v1/applications/{id}/decisions", id).with(as("fuzz-reviewer"))
        .contentType(MediaType.APPLICATION_JSON).content(ESCAPED.writeValueAsString(odd)));
    assertThat(r.getResponse().getStatus()).isIn(201, 404, 409, 422);
    MvcResult opened = perform(get("/api/v1/applications/{id}", id).with(as("fuzz-reviewer")));
    assertThat(opened.getResponse().getStatus()).as("the application still opens after a decision").isEqualTo(200);
  }

  @Test
  void anyIdInTheUrlIsAnsweredWithoutA5xx() throws Exception {
    for (String id : Mutator.pathIds()) {
      for (RequestBuilder request : List.of(
          get("/api/v1/applications/{id}", id).with(as("fuzz-school")),
          get("/api/v1/applications/{id}/versions/1", id).with(as("fuzz-school")),
          get("/api/v1/applications/{id}/versions/1/document", id).with(as("fuzz-school")),
          get("/api/v1/applications/{id}/recheck", id).with(as("fuzz-reviewer")),
          post("/api/v1/applications/{id}/decisions", id).with(as("fuzz-reviewer")).contentType(MediaType.APPLICATION_JSON)
              .content("{\"routeId\":\"R1\",\"outcome\":\"REJECTED\",\"motivation\":\"m\"}"),
          post("/api/v1/applications/{id}/versions", id).with(as("fuzz-school")).contentType(MediaType.APPLICATION_JSON)
              .content(demo("aanvraag-2016-vmr2-zorg-en-welzijn.json")))) {
        assertThat(perform(request).getResponse().getStatus()).isIn(400, 404, 422);
      }
    }
  }

  /** Performs the request within the hang guard and checks what every answer must be. */
  private MvcResult perform(RequestBuilder request) {
    MvcResult r = assertTimeoutPreemptively(HANG, () -> mvc.perform(request).andReturn());
    int status = r.getResponse().getStatus();
    String body;
    try {
      body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    } catch (java.io.UnsupportedEncodingException e) {
      throw new AssertionError(e);
    }
    synchronized (STATUSES) {
      requests++;
      STATUSES.merge(status, 1, Integer::sum);
    }
    assertThat(status).as("never a 5xx: " + body).isLessThan(500);
    assertThat(body).as("no Java internals in the answer").doesNotContainPattern(LEAK);
    return r;
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
