package nl.routetoets.report;

import java.io.IOException;
import java.util.List;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * findings.csv: one row per finding. Cells a spreadsheet would read as a formula (starting with
 * =, +, -, @, tab or carriage return) get a leading apostrophe (OWASP "CSV injection"), since
 * subject ids and messages come from the input.
 */
final class FindingsCsv {
  static final String[] HEADER = {
    "subject_type", "subject_id", "file", "line", "route_id", "norm", "severity", "regulation", "article", "citation",
    "path", "message_nl", "message_en", "rule"
  };
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private FindingsCsv() {}

  static void print(CSVPrinter out, Result r) throws IOException {
    for (Finding f : r.findings()) {
      row(out, r, null, f);
    }
    for (Result.RouteResult route : r.routes()) {
      for (Finding f : route.findings()) {
        row(out, r, route.routeId(), f);
      }
    }
  }

  private static void row(CSVPrinter out, Result r, String routeId, Finding f) throws IOException {
    Finding.Citation c = f.article();
    out.printRecord(List.of(
        safe(r.subject().type()), safe(r.subject().id()), safe(r.subject().file()),
        r.subject().line() == null ? "" : r.subject().line().toString(), safe(routeId), safe(f.norm()),
        f.severity().name(), c == null ? "" : safe(c.regulation()), c == null ? "" : safe(c.article()),
        c == null ? "" : safe(c.citation()), safe(f.path()), safe(f.message().nl()), safe(f.message().en()), safe(f.rule())));
  }

  /** The cell as text a spreadsheet shows as text. */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + cell : cell;
  }
}
