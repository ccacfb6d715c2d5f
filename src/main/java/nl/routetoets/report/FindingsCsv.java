package nl.routetoets.report;

import java.io.IOException;
import java.util.List;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * findings.csv: one row per finding, written for a spreadsheet as a Dutch office opens it: UTF-8 with a byte order
 * mark (so that Excel reads it as UTF-8), cells separated by {@code ;} (the list separator of Dutch Windows), records
 * ended by CRLF, and every cell quoted where CSV needs it. Cells a spreadsheet would read as a formula (starting with
 * =, +, -, @, tab or carriage return) get a leading apostrophe (OWASP "CSV injection"), since subject ids and
 * messages come from the input.
 */
final class FindingsCsv {
  static final String[] HEADER = {
    "subject_type", "subject_id", "school", "file", "line", "route_id", "norm", "severity", "regulation", "article", "citation",
    "path", "message_nl", "message_en", "rule"
  };
  /** The byte order mark that precedes the header. */
  static final String BOM = "\uFEFF";
  /** Excel's own dialect (CRLF, quotes doubled), with the Dutch list separator. */
  static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();

  private FindingsCsv() {}

  /** The rows of one result; {@code school} is the BRIN the report counts the subject under (null when unknown). */
  static void print(CSVPrinter out, Result r, String school) throws IOException {
    for (Finding f : r.findings()) {
      row(out, r, school, null, f);
    }
    for (Result.RouteResult route : r.routes()) {
      for (Finding f : route.findings()) {
        row(out, r, school, route.routeId(), f);
      }
    }
  }

  private static void row(CSVPrinter out, Result r, String school, String routeId, Finding f) throws IOException {
    Finding.Citation c = f.article();
    out.printRecord(List.of(
        safe(r.subject().type()), safe(r.subject().id()), safe(school), safe(r.subject().file()),
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
