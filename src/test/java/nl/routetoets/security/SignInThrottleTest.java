package nl.routetoets.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:30:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Limits(Duration.ofMinutes(15), 10, 3, 5, 100), clock);

  @Test
  void failuresLeaveTheWindowOneByOne() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("school", "10.0.0.1");
      clock.moveOn(Duration.ofSeconds(60));
    }
    // the first failure was three minutes ago: it leaves the window in twelve
    assertThat(throttle.refusal("school", "10.0.0.1")).contains(Duration.ofMinutes(12));
    clock.moveOn(Duration.ofMinutes(12));
    assertThat(throttle.refusal("school", "10.0.0.1")).isEmpty();
    throttle.failed("school", "10.0.0.1");
    assertThat(throttle.refusal("school", "10.0.0.1")).contains(Duration.ofMinutes(1));
  }

  @Test
  void aSuccessClearsItsAccountAndAddressButNotTheAddress() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("guess-" + i, "10.0.0.2");
    }
    throttle.failed("own", "10.0.0.2");
    throttle.succeeded("own", "10.0.0.2");
    assertThat(throttle.refusal("own", "10.0.0.2")).isPresent();
  }

  @Test
  void anAccountGuessedFromEverywhereStaysOpenToAnAddressThatDidNotFail() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("school", "10.1.0." + i);
    }
    assertThat(throttle.refusal("school", "10.1.0.0")).isPresent();
    assertThat(throttle.refusal("school", "10.1.0.200")).isEmpty();
  }

  @Test
  void inventedNamesOfAnyLengthAreCountedPerAddress() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("x".repeat(10_000) + i, "10.2.0.1");
    }
    assertThat(throttle.refusal("anyone", "10.2.0.1")).isPresent();
    assertThat(throttle.refusal("anyone", "10.2.0.2")).isEmpty();
  }
}
