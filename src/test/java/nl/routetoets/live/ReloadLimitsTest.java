package nl.routetoets.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.routetoets.RuleTraps;
import nl.routetoets.TestRuleSet;
import nl.routetoets.ruleset.Limits;
import nl.routetoets.ruleset.RuleSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture gate of a reload is bounded like any check: a rule set that loops or throws on the fixtures
 * is refused naming the rule, the rule set in service keeps serving, and the next reload works. Two
 * reloads never run at once, and the second does not wait behind the first.
 */
public class ReloadLimitsTest {
  private static final Duration HANG = Duration.ofSeconds(300);
  private static final Limits SHORT = new Limits(Duration.ofMillis(500), 1_000);
  private static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

  /** Set by the test whose rule waits in the gate: the rule says it is there, then waits to be let go. */
  static volatile CountDownLatch inGate = new CountDownLatch(0);
  static volatile CountDownLatch letGo = new CountDownLatch(0);

  /** Called from the rule of {@link #aReloadWhileAnotherRunsIsRefusedAtOnce} (so the class is public). */
  public static void waitInGate() throws InterruptedException {
    inGate.countDown();
    letGo.await(60, TimeUnit.SECONDS);
  }

  @TempDir Path dir;

  private LiveRuleSet start() throws Exception {
    return LiveRuleSet.start(TestRuleSet.copyRules(dir), TestRuleSet.FIXTURES, SHORT, Duration.ofMinutes(5), NOW);
  }

  @Test
  void aRuleSetThatLoopsOnEveryDocumentIsRefusedNamingTheRuleAndTheNextReloadWorks() throws Exception {
    LiveRuleSet live = start();
    String serving = live.current().ref().sha256();
    RuleTraps.addLoopForEveryDocument(live.rulesFolder());

    assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(() -> live.reload(NOW))
        .isInstanceOf(RuleSetException.class)
        .satisfies(e -> assertThat(((RuleSetException) e).problems()).singleElement().asString()
            .startsWith("fixture ")
            .contains("rule \"Valkuil: lus bij elk document\" did not finish within 500 ms of computing time")
            .contains("the gate stops at the first such fixture; 1 of ")));
    assertThat(live.current().ref().sha256()).isEqualTo(serving);

    Files.delete(live.rulesFolder().resolve("EXP_ALL/valkuil-altijd.drl"));
    assertThat(live.reload(NOW).ruleSet().ref().sha256()).isEqualTo(serving);
  }

  @Test
  void aRuleSetThatThrowsOnEveryDocumentIsRefusedNamingTheRule() throws Exception {
    LiveRuleSet live = start();
    String serving = live.current().ref().sha256();
    RuleTraps.addThrowForEveryDocument(live.rulesFolder());

    assertThatThrownBy(() -> live.reload(NOW))
        .isInstanceOf(RuleSetException.class)
        .satisfies(e -> assertThat(((RuleSetException) e).problems()).singleElement().asString()
            .contains("rule \"Valkuil: fout bij elk document\" failed in its action on this document: NumberFormatException"));
    assertThat(live.current().ref().sha256()).isEqualTo(serving);
  }

  @Test
  void aReloadWhileAnotherRunsIsRefusedAtOnce() throws Exception {
    LiveRuleSet live = start();
    Files.writeString(live.rulesFolder().resolve("EXP_ALL/wacht.drl"), """
        package EXP_ALL;
        rule "Wacht in de poort"
          @norm("N-DUR-1") @regime("EXP_2015") @severity("REVIEW") @regulation("BEDL") @article("6") @textVersion("D2015")
          @nl("Wacht.") @en("Waits.")
        when
          Object()
        then
          nl.routetoets.live.ReloadLimitsTest.waitInGate();
        end
        """);
    inGate = new CountDownLatch(1);
    letGo = new CountDownLatch(1);
    CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> {
      try {
        return live.reload(NOW);
      } catch (Exception e) {
        return e;
      }
    });
    try {
      assertThat(inGate.await(120, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> live.reload(NOW)).isInstanceOf(LiveRuleSet.ReloadInProgress.class)
          .hasMessageContaining("another reload of the rule set is running");
    } finally {
      letGo.countDown();
    }
    assertThat(first.get(120, TimeUnit.SECONDS)).isInstanceOf(LiveRuleSet.Loaded.class);
    Files.delete(live.rulesFolder().resolve("EXP_ALL/wacht.drl"));
    assertThat(live.reload(NOW)).isNotNull();
  }
}
