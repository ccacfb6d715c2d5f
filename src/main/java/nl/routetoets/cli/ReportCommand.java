package nl.routetoets.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.routetoets.report.ReportException;
import nl.routetoets.report.ReportOutcome;
import nl.routetoets.report.ReportRequest;
import nl.routetoets.report.ReportRun;
import nl.routetoets.ruleset.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Checks whole populations and writes a compliance report for auditors.",
      "Writes to --out: findings.csv, results.jsonl, summary.json, report.html and",
      "report.en.html (self-contained, with the pages in details/) and report.pdf.",
      "",
      "Inputs: JSON Lines streams (.jsonl), JSON documents or bundles (.json) and BRON-style registers (.csv).",
      "Ctrl-C stops cleanly: the records read so far are written and the report is marked incomplete.",
      "",
      "Exit status: 0 report written; 2 bad usage, an unreadable input or outputs that could not be written; 130 stopped by Ctrl-C."
    },
    footer = {
      "",
      "Examples (from the project folder; the second writes a register that the third reports on):",
      "  java -jar target/routetoets.jar report --input demo/trajecten.jsonl --out rapport",
      "  java -jar target/routetoets.jar generate --trajectories 5000 --applications 60 --seed 7 --format csv --out bron.csv"
          + " --applications-out bron-aanvragen.jsonl",
      "  java -jar target/routetoets.jar report --applications bron-aanvragen.jsonl --input bron.csv --as-of 2020-10-01"
          + " --out rapport --suppress-small"
    })
final class ReportCommand implements Callable<Integer> {
  static final int INTERRUPTED = 130;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Main.RulesOption rules;

  @Mixin Main.LimitsOption limits;

  @Option(names = "--input", arity = "1..*", required = true, paramLabel = "FILE",
      description = "Records to check, in this order: .jsonl, .json or .csv (register).")
  List<Path> inputs;

  @Option(names = "--applications", paramLabel = "FILE",
      description = "Applications that route.ref points to (.jsonl or .json); read first, not reported on.")
  Path applications;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The peildatum for every record. Overrides the documents' own asOf; needed for registers.")
  LocalDate asOf;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the outputs (created when absent).")
  Path out;

  @Option(names = "--suppress-small", description = "Publish counts 1-4 as <5 (and withhold rates and ids behind them), as DUO does.")
  boolean suppressSmall;

  @Option(names = "--threads", paramLabel = "N", description = "Evaluation threads. Default: the number of cores.")
  Integer threads;

  @Option(names = "--sort-chunk-rows", paramLabel = "N", defaultValue = "" + ReportRequest.DEFAULT_SORT_CHUNK_ROWS,
      description = "Register rows sorted in memory before spilling to disk. Default: ${DEFAULT-VALUE}.")
  int sortChunkRows;

  @Option(names = "--drill-down", paramLabel = "N", defaultValue = "" + ReportRequest.DEFAULT_DRILL_DOWN,
      description = "Subject ids listed per figure in report.html. Default: ${DEFAULT-VALUE}.")
  int drillDown;

  @Option(names = "--no-progress", description = "No progress bar, also on a terminal.")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    RuleSet ruleSet = rules.load(limits);
    ReportRequest request = ReportRequest.of(inputs, out)
        .withApplications(applications).withAsOf(asOf).withSuppressSmall(suppressSmall)
        .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
        .withSortChunkRows(sortChunkRows).withDrillDownLimit(drillDown);
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    // Ctrl-C: the hook asks the run to stop and waits until the outputs are written and reported
    Thread hook = new Thread(() -> {
      interrupted.set(true);
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "report-ctrl-c");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Progress progress = Progress.forTerminal(err, noProgress)) {
      ReportOutcome outcome;
      try {
        outcome = ReportRun.run(ruleSet, request, progress, interrupted::get);
      } catch (ReportException e) {
        progress.close();
        err.println(e.getMessage());
        return Main.USAGE;
      }
      progress.close();
      print(err, outcome);
      return outcome.complete() ? Main.OK : INTERRUPTED;
    } finally {
      err.flush();
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // Ctrl-C came: the hook is running and returns now that done is counted down
      }
    }
  }

  private static void print(PrintWriter err, ReportOutcome o) {
    if (!o.complete()) {
      err.println("routetoets: stopped; the outputs hold the " + o.records() + " records read before Ctrl-C and are marked incomplete");
    }
    if (o.ruleErrors() > 0) {
      err.println("routetoets: " + o.ruleErrors() + " records could not be checked because a rule failed on them (verdict ERROR, "
          + "the rule named in results.jsonl and summary.json); fix the rule set");
    }
    err.printf(Locale.ROOT, "routetoets: %d records in %.1f s (%.0f/s); per evaluation thread in CPU time: parsing %.0f/s, parsing and checking %.0f/s; checking costs %.1f times reading%n",
        o.records(), o.wallNanos() / 1e9, o.overallPerSecond(), o.parsePerSecondPerThread(), o.parseAndEvaluatePerSecondPerThread(),
        o.checkingPerReading());
    for (Path p : o.written()) {
      err.println("routetoets: wrote " + p);
    }
    headline(o).forEach(line -> err.println("routetoets: " + line));
    o.written().stream().filter(p -> p.getFileName().toString().equals("report.html")).findFirst()
        .ifPresent(html -> err.println("routetoets: the report: " + html.toAbsolutePath().normalize()));
  }

  private static final java.util.Map<String, String> PLURALS = java.util.Map.of("trajectory", "trajectories");

  /** The words of each verdict in the headline. */
  private static final java.util.Map<String, String> VERDICT_WORDS = new java.util.LinkedHashMap<>();

  static {
    VERDICT_WORDS.put("COMPLIANT", "compliant");
    VERDICT_WORDS.put("NEEDS_REVIEW", "need review");
    VERDICT_WORDS.put("NON_COMPLIANT", "not compliant");
    VERDICT_WORDS.put("INVALID", "cannot be checked");
    VERDICT_WORDS.put("ERROR", "not checked: a rule failed");
  }

  /**
   * The result in a line per kind of record, from the summary.json just written (the report's own figures,
   * so the terminal and the report agree): "40 trajectories: 28 compliant, 3 need review, 9 not compliant,
   * 0 cannot be checked". Empty when there is no summary (a run that wrote nothing).
   */
  static java.util.List<String> headline(ReportOutcome o) {
    Path summary = o.written().stream().filter(p -> p.getFileName().toString().equals("summary.json")).findFirst().orElse(null);
    if (summary == null) {
      return java.util.List.of();
    }
    tools.jackson.databind.JsonNode verdicts;
    try {
      verdicts = nl.routetoets.document.Json.MAPPER.readTree(java.nio.file.Files.readString(summary)).path("verdicts");
    } catch (java.io.IOException | tools.jackson.core.JacksonException e) {
      return java.util.List.of();
    }
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (var type : verdicts.properties()) {
      java.util.List<String> parts = new java.util.ArrayList<>();
      long total = 0;
      boolean exact = true;
      for (var v : VERDICT_WORDS.entrySet()) {
        tools.jackson.databind.JsonNode n = type.getValue().get(v.getKey());
        if (n == null) {
          continue;
        }
        parts.add(n.asString() + " " + v.getValue());
        if (n.isNumber()) {
          total += n.asLong();
        } else {
          exact = false; // "<5" under --suppress-small
        }
      }
      String noun = exact && total == 1 ? type.getKey() : PLURALS.getOrDefault(type.getKey(), type.getKey() + "s");
      lines.add((exact ? total + " " : "") + noun + ": " + String.join(", ", parts));
    }
    return lines;
  }
}
