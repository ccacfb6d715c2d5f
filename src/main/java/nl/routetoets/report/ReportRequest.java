package nl.routetoets.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to report on and where to write it.
 *
 * @param inputs JSON Lines streams ({@code .jsonl}), JSON documents or bundles ({@code .json}) and
 *     BRON-style registers ({@code .csv}), read in this order
 * @param applications a JSON Lines stream or JSON file of applications for {@code route.ref}; read
 *     first and only registered, not reported on; null for none
 * @param asOf the peildatum for every record; null to use each document's own
 * @param outDir the folder the outputs are written to (created when absent)
 * @param suppressSmall publish counts 1–4 as "&lt;5" in report.html and summary.json
 * @param threads evaluation threads
 * @param sortChunkRows register rows held in memory before a sorted chunk is spilled to disk
 * @param drillDownLimit subject ids listed per figure in report.html
 */
public record ReportRequest(
    List<Path> inputs,
    Path applications,
    LocalDate asOf,
    Path outDir,
    boolean suppressSmall,
    int threads,
    int sortChunkRows,
    int drillDownLimit) {

  public static final int DEFAULT_SORT_CHUNK_ROWS = 200_000;
  public static final int DEFAULT_DRILL_DOWN = 20;

  public ReportRequest {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one input");
    }
    if (threads < 1 || sortChunkRows < 1 || drillDownLimit < 0) {
      throw new IllegalArgumentException("threads and sort chunk size are at least 1, the drill-down limit at least 0");
    }
  }

  /** Defaults: every core, chunks of 200,000 register rows, 20 ids per figure, no suppression. */
  public static ReportRequest of(List<Path> inputs, Path outDir) {
    return new ReportRequest(inputs, null, null, outDir, false, Runtime.getRuntime().availableProcessors(),
        DEFAULT_SORT_CHUNK_ROWS, DEFAULT_DRILL_DOWN);
  }

  public ReportRequest withApplications(Path file) {
    return new ReportRequest(inputs, file, asOf, outDir, suppressSmall, threads, sortChunkRows, drillDownLimit);
  }

  public ReportRequest withAsOf(LocalDate date) {
    return new ReportRequest(inputs, applications, date, outDir, suppressSmall, threads, sortChunkRows, drillDownLimit);
  }

  public ReportRequest withSuppressSmall(boolean suppress) {
    return new ReportRequest(inputs, applications, asOf, outDir, suppress, threads, sortChunkRows, drillDownLimit);
  }

  public ReportRequest withThreads(int n) {
    return new ReportRequest(inputs, applications, asOf, outDir, suppressSmall, n, sortChunkRows, drillDownLimit);
  }

  public ReportRequest withSortChunkRows(int rows) {
    return new ReportRequest(inputs, applications, asOf, outDir, suppressSmall, threads, rows, drillDownLimit);
  }

  public ReportRequest withDrillDownLimit(int ids) {
    return new ReportRequest(inputs, applications, asOf, outDir, suppressSmall, threads, sortChunkRows, ids);
  }
}
