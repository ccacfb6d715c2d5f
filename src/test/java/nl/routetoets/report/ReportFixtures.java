package nl.routetoets.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.routetoets.document.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Input lines for report tests, made from the project's compliant baseline trajectory (real codes). */
final class ReportFixtures {
  static final String BASELINE = "baseline/traject-2016-vakmanschaproute-2-geslaagd";

  private ReportFixtures() {}

  /** The baseline: COMPLIANT. */
  static ObjectNode compliant(String id) throws IOException {
    ObjectNode t = nl.routetoets.TestRuleSet.fixture(BASELINE).tree();
    t.put("id", id);
    return t;
  }

  /** Still enrolled at the school in route year 3: NON_COMPLIANT under art. 9(2) (N-ENR-2). */
  static ObjectNode stillAtSchool(String id) throws IOException {
    ObjectNode t = compliant(id);
    ((ObjectNode) ((ArrayNode) t.get("years")).get(2)).put("enrolledAt", "SCHOOL");
    return t;
  }

  static String line(ObjectNode doc) {
    return Json.MAPPER.writeValueAsString(doc);
  }

  static Path write(Path dir, String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
