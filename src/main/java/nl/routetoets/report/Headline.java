package nl.routetoets.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.routetoets.document.Json;
import tools.jackson.databind.JsonNode;

/**
 * The headline result of a finished report, as its summary.json gives it: of the readable student trajectories (N,
 * the one denominator of the report), how many comply, need review and do not comply, and how many records could not
 * be read. A count withheld as a small count ({@code --suppress-small}) is -1.
 *
 * @param students readable student trajectories (N)
 * @param routes readable route documents
 * @param applications readable applications
 */
public record Headline(
    boolean complete, long records, long students, long compliant, long review, long nonCompliant, long invalid, long routes,
    long applications) {

  /** The headline of the report in {@code outDir}; null when it has no summary.json (the run did not finish). */
  public static Headline read(Path outDir) throws IOException {
    Path summary = outDir.resolve("summary.json");
    if (!Files.isRegularFile(summary)) {
      return null;
    }
    JsonNode root = Json.MAPPER.readTree(summary.toFile());
    JsonNode verdicts = root.path("verdicts");
    long invalid = 0;
    for (JsonNode type : verdicts) {
      invalid += count(type.path("INVALID"));
    }
    JsonNode t = verdicts.path("trajectory");
    return new Headline(root.path("complete").asBoolean(), root.path("records").asLong(), readable(t), count(t.path("COMPLIANT")),
        count(t.path("NEEDS_REVIEW")), count(t.path("NON_COMPLIANT")), invalid, readable(verdicts.path("route")),
        readable(verdicts.path("application")));
  }

  /**
   * The rate of non-compliant students in per mille of N, rounded as report.html rounds it (the share to four decimals,
   * then the percentage to one), so that "19,6 %" here is "19,6 %" there; -1 when withheld or N is 0.
   */
  public long nonCompliantPerMille() {
    if (students <= 0 || nonCompliant < 0) {
      return -1;
    }
    return java.math.BigDecimal.valueOf(nonCompliant).divide(java.math.BigDecimal.valueOf(students), 4, java.math.RoundingMode.HALF_EVEN)
        .movePointRight(3).setScale(0, java.math.RoundingMode.HALF_EVEN).longValue();
  }

  private static long readable(JsonNode type) {
    long n = 0;
    for (String v : new String[] {"COMPLIANT", "NEEDS_REVIEW", "NON_COMPLIANT", "ERROR"}) {
      long c = count(type.path(v));
      if (c < 0) {
        return -1;
      }
      n += c;
    }
    return n;
  }

  private static long count(JsonNode n) {
    return n.isNumber() ? n.asLong() : n.isMissingNode() || n.isNull() ? 0 : -1;
  }
}
