package nl.routetoets.bench;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.routetoets.generate.Generator;
import nl.routetoets.report.ProgressListener;
import nl.routetoets.report.ReportOutcome;
import nl.routetoets.report.ReportRequest;
import nl.routetoets.report.ReportRun;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole report, single shot, in a fresh JVM with a heap of 1 GB: a generated population (seed
 * 42, default shares) to all four outputs on every core, rule set loading excluded. Prints the
 * throughput of parsing alone and of parsing and checking measured in the same run. Run:
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args="ReportBenchmark -p trajectories=1000000"}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@State(Scope.Benchmark)
public class ReportBenchmark {
  @Param("1000000")
  public long trajectories;

  private RuleSet ruleSet;
  private Path dir;
  private Path input;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    ruleSet = RuleSetLoader.load(Path.of("rules"));
    dir = Files.createTempDirectory("report-bench");
    input = dir.resolve("population.jsonl");
    Generator g = Generator.create(new Generator.Options(trajectories, (int) Math.max(3, trajectories / 50), 42,
        Generator.Options.defaultShares()), Path.of("rules/reference"));
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      g.writeJsonLines(w);
    }
  }

  @Benchmark
  public ReportOutcome report() throws Exception {
    ReportOutcome o = ReportRun.run(ruleSet, ReportRequest.of(List.of(input), dir.resolve("out")), ProgressListener.NONE, () -> false);
    System.out.printf(Locale.ROOT, "%n%d records in %.1f s: %.0f records/s; per evaluation thread in CPU time: parsing %.0f/s, parsing and checking %.0f/s; checking costs %.1f times reading%n",
        o.records(), o.wallNanos() / 1e9, o.overallPerSecond(), o.parsePerSecondPerThread(), o.parseAndEvaluatePerSecondPerThread(),
        o.checkingPerReading());
    return o;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
