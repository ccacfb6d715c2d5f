package nl.routetoets.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureRunner;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import java.util.Optional;
import nl.routetoets.ruleset.Limits;
import nl.routetoets.ruleset.RuleCache;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetException;
import nl.routetoets.ruleset.RuleSetLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds the rule set in service. A caller takes {@link #current()} once per request and uses that
 * snapshot to the end, so a swap never changes a check halfway. The old rule set is not shut down at a
 * swap: sessions still in use would be disposed under their checks; it is collected when unused.
 */
public final class LiveRuleSet {
  /**
   * A rule set in service, when it was loaded, and per rule the fixtures in which it fires. {@code fixturesRun}: its
   * fixtures ran when it was loaded; false when they had passed before with the same rules, fixtures and limits.
   */
  public record Loaded(
      RuleSet ruleSet, Instant loadedAt, int fixtures, java.util.Map<String, List<String>> fixturesByRule, boolean fixturesRun) {}

  /** Another reload is running; this one did nothing. */
  public static final class ReloadInProgress extends Exception {
    ReloadInProgress() {
      super("another reload of the rule set is running; try again when it has finished");
    }
  }

  private static final Logger log = LoggerFactory.getLogger(LiveRuleSet.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path rules;
  private final Path fixtures;
  private final Limits limits;
  private final Duration gateLimit;
  private final RuleCache cache;
  private final AtomicReference<Loaded> current = new AtomicReference<>();
  private final ReentrantLock reloading = new ReentrantLock();

  private LiveRuleSet(Path rules, Path fixtures, Limits limits, Duration gateLimit, RuleCache cache) {
    this.rules = rules;
    this.fixtures = fixtures;
    this.limits = limits;
    this.gateLimit = gateLimit;
    this.cache = cache;
  }

  /** As {@link #start(Path, Path, Limits, Duration, Instant, RuleCache)} with the standard cache ({@link RuleCache#standard}). */
  public static LiveRuleSet start(Path rules, Path fixtures, Limits limits, Duration gateLimit, Instant now)
      throws RuleSetException {
    return start(rules, fixtures, limits, gateLimit, now, RuleCache.standard(null));
  }

  /**
   * Loads and gates the first rule set; the service does not start on one that fails its fixtures. A rule set
   * whose fixtures passed before, unchanged and under the same limits (a note beside its compiled rules in the
   * cache says so), is taken into service without running them again; a reload always runs them.
   *
   * @param limits the bounds of every check with these rules, the fixtures' included
   * @param gateLimit how long the fixtures of one reload may take together
   * @param cache where compiled rules and the notes of passed gates are kept
   */
  public static LiveRuleSet start(Path rules, Path fixtures, Limits limits, Duration gateLimit, Instant now, RuleCache cache)
      throws RuleSetException {
    Starting starting = new Starting(new LiveRuleSet(rules, fixtures, limits, gateLimit, cache));
    starting.admission.run();
    return starting.await(now);
  }

  /**
   * As {@link #start(Path, Path, Limits, Duration, Instant, RuleCache)}, on a thread of its own: the caller goes on
   * (the service builds the rest of itself) and takes the rule set into service with {@link Starting#await}.
   */
  public static Starting begin(Path rules, Path fixtures, Limits limits, Duration gateLimit, RuleCache cache) {
    Starting starting = new Starting(new LiveRuleSet(rules, fixtures, limits, gateLimit, cache));
    Thread thread = new Thread(starting.admission, "start-rule-set");
    thread.setDaemon(true); // a start that fails elsewhere ends without waiting for it
    thread.start();
    return starting;
  }

  /** The first rule set on its way into service. */
  public static final class Starting {
    private final LiveRuleSet live;
    private final FutureTask<Admitted> admission;

    private Starting(LiveRuleSet live) {
      this.live = live;
      this.admission = new FutureTask<>(live::admitFirst);
    }

    /**
     * The live rule set, before its first rule set is in service: what the service's parts hold, while {@link #await}
     * waits for the rules. Asked for its rule set before then, it says so.
     */
    public LiveRuleSet live() {
      return live;
    }

    /** Waits until the rule set is loaded and has passed its gate, and puts it in service as of {@code now}. */
    public LiveRuleSet await(Instant now) throws RuleSetException {
      Admitted admitted;
      try {
        admitted = admission.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RuleSetException(List.of("interrupted while the rule set was taken into service"));
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuleSetException problems) {
          throw problems;
        }
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw new RuleSetException(List.of(String.valueOf(e.getCause())));
      }
      live.current.set(admitted.loaded(now));
      return live;
    }
  }

  /** A rule set that passed its gate (now or before), not yet in service. */
  private record Admitted(RuleSet ruleSet, int fixtures, java.util.Map<String, List<String>> fixturesByRule, boolean fixturesRun) {
    Loaded loaded(Instant now) {
      return new Loaded(ruleSet, now, fixtures, fixturesByRule, fixturesRun);
    }
  }

  /**
   * The first rule set: loaded (from the cache when it can be), then its gate, unless it passed the same one before;
   * the fixtures are hashed, to know them the same, while the rules load.
   */
  private Admitted admitFirst() throws RuleSetException {
    long started = System.nanoTime();
    FutureTask<String> fixturesHashed = new FutureTask<>(this::fixturesSha256);
    Thread hashing = new Thread(fixturesHashed, "hash-fixtures");
    hashing.setDaemon(true);
    hashing.start();
    RuleSet candidate = RuleSetLoader.load(rules, cache).withLimits(limits);
    long loaded = System.nanoTime();
    String fixturesSha256;
    try {
      fixturesSha256 = fixturesHashed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuleSetException(List.of("interrupted while the rule set was taken into service"));
    } catch (ExecutionException e) {
      fixturesSha256 = null;
    }
    Optional<Passed> passed = passedBefore(candidate, fixturesSha256);
    if (passed.isPresent()) {
      log.info("rule set {} ({}) loaded in {} ms; its {} fixtures passed before with these rules, fixtures and limits",
          candidate.ref().version(), candidate.ref().sha256(), millis(started, loaded), passed.get().fixtures());
      return new Admitted(candidate, passed.get().fixtures(), passed.get().fixturesByRule(), false);
    }
    Admitted admitted = admit(candidate);
    log.info("rule set {} ({}) loaded in {} ms; {} fixtures passed in {} ms", candidate.ref().version(), candidate.ref().sha256(),
        millis(started, loaded), admitted.fixtures(), millis(loaded, System.nanoTime()));
    return admitted;
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  public RuleSet current() {
    return loaded().ruleSet();
  }

  public Loaded loaded() {
    Loaded loaded = current.get();
    if (loaded == null) {
      throw new IllegalStateException("the rule set is not in service yet: the service is still starting");
    }
    return loaded;
  }

  /**
   * Compiles the rules folder, runs every fixture against the result and swaps it in only when all
   * pass. One reload at a time, so two never race: a reload that finds another running returns at once
   * rather than queue behind it. Its own time is bounded by the gate's limit; checks are not blocked.
   * The compiled rules may come from the cache; the fixtures always run.
   *
   * @throws ReloadInProgress when another reload is running
   */
  public Loaded reload(Instant now) throws RuleSetException, ReloadInProgress {
    if (!reloading.tryLock()) {
      throw new ReloadInProgress();
    }
    try {
      Loaded loaded = admit(RuleSetLoader.load(rules, cache).withLimits(limits)).loaded(now);
      current.set(loaded);
      return loaded;
    } finally {
      reloading.unlock();
    }
  }

  /** Runs every fixture against the candidate; when all pass, notes that beside its compiled rules. */
  private Admitted admit(RuleSet candidate) throws RuleSetException {
    String fixturesSha256 = fixturesSha256();
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
    Admitted admitted = new Admitted(candidate, all.size(), FixtureRunner.fixturesByRule(all, fixtures), true);
    if (fixturesSha256 != null && fixturesSha256.equals(fixturesSha256())) {
      Passed passed = new Passed(fixturesSha256, limits.timeLimit().toString(), limits.maxFirings(), gateLimit.toString(),
          admitted.fixtures(), admitted.fixturesByRule());
      cache.writeNote(candidate.ref().sha256(), noteName(fixturesSha256), JSON.writeValueAsString(passed));
    }
    return admitted;
  }

  /**
   * What a note beside the compiled rules says: these fixtures (by their folder's sha256) passed under these limits,
   * how many there were and, per rule, the fixtures in which it fires.
   */
  record Passed(String fixturesSha256, String timeLimit, int maxFirings, String gateLimit, int fixtures,
      java.util.Map<String, List<String>> fixturesByRule) {}

  /** The note of an earlier pass of these fixtures under these limits by this rule set, if there is one. */
  private Optional<Passed> passedBefore(RuleSet candidate, String fixturesSha256) {
    if (fixturesSha256 == null) {
      return Optional.empty();
    }
    try {
      return cache.note(candidate.ref().sha256(), noteName(fixturesSha256))
          .map(text -> JSON.readValue(text, Passed.class))
          .filter(p -> p.fixturesSha256().equals(fixturesSha256) && p.timeLimit().equals(limits.timeLimit().toString())
              && p.maxFirings() == limits.maxFirings() && p.gateLimit().equals(gateLimit.toString()) && p.fixturesByRule() != null);
    } catch (RuntimeException e) {
      return Optional.empty(); // a note that cannot be read: the fixtures run
    }
  }

  private String noteName(String fixturesSha256) {
    return "gate-" + fixturesSha256.substring(0, 16) + "-" + Integer.toHexString(
        java.util.Objects.hash(limits.timeLimit(), limits.maxFirings(), gateLimit));
  }

  /** The sha256 of the fixtures folder as it is now; null when it cannot be read (the gate then says why). */
  private String fixturesSha256() {
    try {
      return RuleSetLoader.sha256(fixtures);
    } catch (IOException | RuntimeException e) {
      return null;
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
