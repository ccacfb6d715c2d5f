package nl.routetoets.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Result;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Documents per second: one document read from JSON text and checked against the project's rule
 * set, on one and on two threads: an application and a trajectory of the experiment, and a route
 * document and a trajectory under the structural law of 2020 (which refers to that route document
 * with {@code route.ref.route}, as generated populations do), so that their costs compare in one run.
 * Run: {@code mvn -Pbench test-compile exec:exec}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class CheckBenchmark {
  private Checker checker;
  private String application;
  private String trajectory;
  private String lawRoute;
  private String lawTrajectory;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    RuleSet ruleSet = RuleSetLoader.load(Path.of("rules"));
    checker = new Checker(ruleSet, null);
    application = Files.readString(Path.of("test-fixtures/baseline/aanvraag-2016-vakmanschaproute-2-techniek.json"));
    trajectory = Files.readString(Path.of("test-fixtures/baseline/traject-2016-beroepsroute-geslaagd.json"));
    // the generator's compliant four-year DLR from KB to mbo-3 and a student of it (src/main/resources/generate/README.md)
    lawRoute = Files.readString(Path.of("src/main/resources/generate/route-2021-dlr-kb-mbo3.json"));
    lawTrajectory = Files.readString(Path.of("src/main/resources/generate/traject-2021-dlr-kb-mbo3.json"));
    // the checker remembers the route documents it checked, so the trajectory's reference resolves
    if (check(lawRoute).verdict() == nl.routetoets.model.Verdict.INVALID || check(lawTrajectory).verdict() == nl.routetoets.model.Verdict.INVALID) {
      throw new IllegalStateException("the law documents of the benchmark do not read");
    }
  }

  private Result check(String json) throws IOException {
    List<SourcedDocument> docs = new ArrayList<>(1);
    DocumentReader.readJson("bench.json", new StringReader(json), docs::add);
    return checker.check(docs.get(0));
  }

  @Benchmark
  @Threads(1)
  public Result application1Thread() throws IOException {
    return check(application);
  }

  @Benchmark
  @Threads(2)
  public Result application2Threads() throws IOException {
    return check(application);
  }

  @Benchmark
  @Threads(1)
  public Result trajectory1Thread() throws IOException {
    return check(trajectory);
  }

  @Benchmark
  @Threads(2)
  public Result trajectory2Threads() throws IOException {
    return check(trajectory);
  }

  @Benchmark
  @Threads(1)
  public Result lawRoute1Thread() throws IOException {
    return check(lawRoute);
  }

  @Benchmark
  @Threads(2)
  public Result lawRoute2Threads() throws IOException {
    return check(lawRoute);
  }

  @Benchmark
  @Threads(1)
  public Result lawTrajectory1Thread() throws IOException {
    return check(lawTrajectory);
  }

  @Benchmark
  @Threads(2)
  public Result lawTrajectory2Threads() throws IOException {
    return check(lawTrajectory);
  }
}
