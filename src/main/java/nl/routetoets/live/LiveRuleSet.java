package nl.routetoets.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureRunner;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import nl.routetoets.ruleset.Limits;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetException;
import nl.routetoets.ruleset.RuleSetLoader;

/**
 * Holds the rule set in service. A caller takes {@link #current()} once per request and uses that
 * snapshot to the end, so a swap never changes a check halfway. The old rule set is not shut down at a
 * swap: sessions still in use would be disposed under their checks; it is collected when unused.
 */
public final class LiveRuleSet {
  /** A rule set in service, when it was loaded, and per rule the fixtures in which it fires. */
  public record Loaded(RuleSet ruleSet, Instant loadedAt, int fixtures, java.util.Map<String, List<String>> fixturesByRule) {}

  /** Another reload is running; this one did nothing. */
  public static final class ReloadInProgress extends Exception {
    ReloadInProgress() {
      super("another reload of the rule set is running; try again when it has finished");
    }
  }

  private final Path rules;
  private final Path fixtures;
  private final Limits limits;
  private final Duration gateLimit;
  private final AtomicReference<Loaded> current = new AtomicReference<>();
  private final ReentrantLock reloading = new ReentrantLock();

  private LiveRuleSet(Path rules, Path fixtures, Limits limits, Duration gateLimit) {
    this.rules = rules;
    this.fixtures = fixtures;
    this.limits = limits;
    this.gateLimit = gateLimit;
  }

  /**
   * Loads and gates the first rule set; the service does not start on one that fails its fixtures.
   *
   * @param limits the bounds of every check with these rules, the fixtures' included
   * @param gateLimit how long the fixtures of one reload may take together
   */
  public static LiveRuleSet start(Path rules, Path fixtures, Limits limits, Duration gateLimit, Instant now)
      throws RuleSetException {
    LiveRuleSet live = new LiveRuleSet(rules, fixtures, limits, gateLimit);
    try {
      live.reload(now);
    } catch (ReloadInProgress e) {
      throw new IllegalStateException("nothing else can reload a rule set that is being created", e);
    }
    return live;
  }

  public RuleSet current() {
    return current.get().ruleSet();
  }

  public Loaded loaded() {
    return current.get();
  }

  /**
   * Compiles the rules folder, runs every fixture against the result and swaps it in only when all
   * pass. One reload at a time, so two never race: a reload that finds another running returns at once
   * rather than queue behind it. Its own time is bounded by the gate's limit; checks are not blocked.
   *
   * @throws ReloadInProgress when another reload is running
   */
  public Loaded reload(Instant now) throws RuleSetException, ReloadInProgress {
    if (!reloading.tryLock()) {
      throw new ReloadInProgress();
    }
    try {
      RuleSet candidate = RuleSetLoader.load(rules).withLimits(limits);
      List<Fixture> all;
      try {
        all = discover();
      } catch (IOException e) {
        throw new RuleSetException(List.of(fixtures + ": " + e.getMessage()));
      }
      List<String> failures = gate(candidate, all);
      if (!failures.isEmpty()) {
        throw new RuleSetException(failures);
      }
      Loaded loaded = new Loaded(candidate, now, all.size(), FixtureRunner.fixturesByRule(all, fixtures));
      current.set(loaded);
      return loaded;
    } finally {
      reloading.unlock();
    }
  }

  private List<Fixture> discover() throws IOException {
    if (!Files.isDirectory(fixtures)) {
      throw new IOException("no fixtures folder: a rule set is only served after its fixtures pass");
    }
    List<Fixture> all = FixtureRunner.discover(fixtures);
    if (all.isEmpty()) {
      throw new IOException("holds no fixtures: a rule set is only served after its fixtures pass");
    }
    return all;
  }

  /**
   * One entry per failing fixture: its name, what it tests, and the diff. A fixture the rules cannot
   * check (a rule throws, keeps firing or runs out of time) ends the gate at once, naming the rule: each
   * further one could cost the time limit again. So does running out of the gate's own time.
   */
  private List<String> gate(RuleSet candidate, List<Fixture> all) throws RuleSetException {
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < all.size(); i++) {
      Fixture f = all.get(i);
      if (System.nanoTime() - started > gateLimit.toNanos()) {
        failures.add("the fixtures took longer than " + new Limits(gateLimit, 1).timeLimitText() + " together; the gate stopped before "
            + f.name(fixtures) + " (" + i + " of " + all.size() + " run)");
        break;
      }
      Result r;
      try {
        r = FixtureRunner.run(f, candidate, null);
      } catch (IOException e) {
        throw new RuleSetException(List.of(f.document() + ": " + e.getMessage()));
      }
      if (r.verdict() == Verdict.ERROR && !Verdict.ERROR.name().equals(f.expected().verdict())) {
        failures.add("fixture " + f.name(fixtures) + " cannot be checked: "
            + r.errors().stream().map(InputError::problem).collect(Collectors.joining("; "))
            + " (the gate stops at the first such fixture; " + (i + 1) + " of " + all.size() + " run)");
        break;
      }
      List<String> expected = FixtureRunner.expectedLines(f);
      List<String> actual = FixtureRunner.actualLines(f, r);
      if (!expected.equals(actual)) {
        failures.add("fixture " + f.name(fixtures) + " fails (" + f.expected().description() + "):\n  " + f.built().sentence() + "\n"
            + FixtureRunner.diff(expected, actual).stripTrailing());
      }
    }
    return failures;
  }

  public Path rulesFolder() {
    return rules;
  }

  public Path fixturesFolder() {
    return fixtures;
  }
}
