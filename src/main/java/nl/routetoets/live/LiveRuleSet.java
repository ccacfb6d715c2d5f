package nl.routetoets.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureRunner;
import nl.routetoets.model.Result;
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

  private final Path rules;
  private final Path fixtures;
  private final AtomicReference<Loaded> current = new AtomicReference<>();

  private LiveRuleSet(Path rules, Path fixtures) {
    this.rules = rules;
    this.fixtures = fixtures;
  }

  /** Loads and gates the first rule set; the service does not start on one that fails its fixtures. */
  public static LiveRuleSet start(Path rules, Path fixtures, Instant now) throws RuleSetException {
    LiveRuleSet live = new LiveRuleSet(rules, fixtures);
    live.reload(now);
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
   * pass. Serialised, so two reloads never race; checks are not blocked.
   */
  public synchronized Loaded reload(Instant now) throws RuleSetException {
    RuleSet candidate = RuleSetLoader.load(rules);
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

  /** One entry per failing fixture: its name, what it tests, and the diff. */
  private List<String> gate(RuleSet candidate, List<Fixture> all) throws RuleSetException {
    List<String> failures = new ArrayList<>();
    for (Fixture f : all) {
      Result r;
      try {
        r = FixtureRunner.run(f, candidate, null);
      } catch (IOException e) {
        throw new RuleSetException(List.of(f.document() + ": " + e.getMessage()));
      }
      List<String> expected = FixtureRunner.expectedLines(f);
      List<String> actual = FixtureRunner.actualLines(r);
      if (!expected.equals(actual)) {
        failures.add("fixture " + f.name(fixtures) + " fails (" + f.expected().description() + "):\n"
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
