package nl.routetoets.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.routetoets.TestRuleSet;
import nl.routetoets.ruleset.Limits;
import nl.routetoets.ruleset.RuleCache;
import nl.routetoets.ruleset.RuleSetException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set whose fixtures passed before, with the same rules, fixtures and limits, goes into service at start
 * without running them again (a note beside its compiled rules says they passed); any change to one of those runs
 * them, and a reload always runs them. The project's rules, with the baseline fixtures to keep the gate short.
 */
class GatePassedBeforeTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private static final Duration GATE = Duration.ofMinutes(5);
  @TempDir Path dir;
  private Path fixtures;
  private RuleCache cache;

  @BeforeEach
  void baselineFixturesAndAnEmptyCache() throws IOException {
    fixtures = TestRuleSet.builtFixtures("baseline", dir.resolve("fixtures"));
    cache = RuleCache.at(dir.resolve("cache"));
  }

  private LiveRuleSet start(Path rules, Limits limits) throws RuleSetException {
    return LiveRuleSet.start(rules, fixtures, limits, GATE, NOW, cache);
  }

  private List<Path> notes() throws IOException {
    if (!Files.isDirectory(dir.resolve("cache"))) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir.resolve("cache"))) {
      return list.filter(p -> p.getFileName().toString().contains(".gate-")).toList();
    }
  }

  @Test
  void fixturesThatPassedBeforeAreNotRunAgainAtStart() throws Exception {
    LiveRuleSet first = start(TestRuleSet.RULES, Limits.DEFAULT);
    assertThat(first.loaded().fixturesRun()).isTrue();
    assertThat(notes()).hasSize(1);

    LiveRuleSet second = start(TestRuleSet.RULES, Limits.DEFAULT);
    assertThat(second.loaded().fixturesRun()).isFalse();
    assertThat(second.loaded().fixtures()).isEqualTo(first.loaded().fixtures()).isPositive();
    assertThat(second.loaded().fixturesByRule()).isEqualTo(first.loaded().fixturesByRule());
    assertThat(second.current().ref()).isEqualTo(first.current().ref());
    assertThat(second.loaded().loadedAt()).isEqualTo(NOW);
  }

  @Test
  void aReloadRunsThemAlways() throws Exception {
    start(TestRuleSet.RULES, Limits.DEFAULT);
    LiveRuleSet live = start(TestRuleSet.RULES, Limits.DEFAULT);
    assertThat(live.loaded().fixturesRun()).isFalse();
    assertThat(live.reload(NOW).fixturesRun()).isTrue();
    assertThat(live.loaded().fixturesRun()).isTrue();
  }

  @Test
  void otherFixturesOtherLimitsOrOtherRulesRunThemAgain() throws Exception {
    start(TestRuleSet.RULES, Limits.DEFAULT);

    assertThat(start(TestRuleSet.RULES, new Limits(Duration.ofSeconds(3), 10_000)).loaded().fixturesRun()).as("other limits").isTrue();

    Path expected;
    try (Stream<Path> walk = Files.walk(fixtures)) {
      expected = walk.filter(p -> p.toString().endsWith(".expected.json")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(expected, Files.readString(expected).replaceFirst("\"description\": \"", "\"description\": \"Nog steeds: "));
    assertThat(start(TestRuleSet.RULES, Limits.DEFAULT).loaded().fixturesRun()).as("a fixture changed").isTrue();
    assertThat(start(TestRuleSet.RULES, Limits.DEFAULT).loaded().fixturesRun()).as("and passed now").isFalse();

    Path rules = TestRuleSet.copyRules(dir.resolve("rules"));
    Files.writeString(rules.resolve("README.md"), "changed\n");
    assertThat(start(rules, Limits.DEFAULT).loaded().fixturesRun()).as("other rules").isTrue();
  }

  @Test
  void aNoteThatCannotBeReadRunsThemAgain() throws Exception {
    start(TestRuleSet.RULES, Limits.DEFAULT);
    Files.writeString(notes().get(0), "{\"fixturesSha256\": ");
    assertThat(start(TestRuleSet.RULES, Limits.DEFAULT).loaded().fixturesRun()).isTrue();
  }

  @Test
  void aRuleSetThatFailsItsFixturesIsRefusedAndNothingIsNoted() throws Exception {
    Path expected;
    try (Stream<Path> walk = Files.walk(fixtures)) {
      expected = walk.filter(p -> p.toString().endsWith(".expected.json")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(expected, Files.readString(expected).replaceFirst("\"verdict\": \"\\w+\"", "\"verdict\": \"NON_COMPLIANT\""));
    assertThatThrownBy(() -> start(TestRuleSet.RULES, Limits.DEFAULT)).isInstanceOf(RuleSetException.class);
    assertThat(notes()).isEmpty();
  }
}
