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
      "Writes to --out: findings.csv, results.jsonl, summary.json and report.html (self-contained).",
      "",
      "Inputs: JSON Lines streams (.jsonl), JSON documents or bundles (.json) and BRON-style registers (.csv).",
      "Ctrl-C stops cleanly: the records read so far are written and the report is marked incomplete.",
      "",
      "Exit status: 0 report written; 2 bad usage, an unreadable input or outputs that could not be written; 130 stopped by Ctrl-C."
    },
    footer = {
      "",
      "Examples:",
      "  java -jar target/routetoets.jar report --input demo/trajecten.jsonl --out rapport",
      "  java -jar target/routetoets.jar report --applications aanvragen.jsonl --input bron.csv --as-of 2019-10-01 --out rapport --suppress-small"
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

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the four outputs (created when absent).")
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
  }
}
