package nl.routetoets.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class SignInGuardTest {
  private final AtomicInteger hashes = new AtomicInteger();
  private final CountDownLatch hashing = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  /** Stands in for bcrypt: counts, knows one password, and for user "slow" holds on until released. */
  private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
    @Override
    public Authentication authenticate(Authentication a) {
      hashes.incrementAndGet();
      if ("slow".equals(a.getName())) {
        hashing.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (!"right".equals(a.getCredentials())) {
        throw new BadCredentialsException("Bad credentials");
      }
      return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, List.of());
    }

    @Override
    public boolean supports(Class<?> c) {
      return true;
    }
  };

  private final SignInThrottle throttle =
      new SignInThrottle(new SignInThrottle.Limits(Duration.ofMinutes(15), 30, 3, 20, 100), Clock.systemUTC());

  private static Authentication basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  @Test
  void aThrottledSignInIsRefusedBeforeThePasswordIsHashed() {
    SignInGuard guard = new SignInGuard(bcrypt, throttle, new SignInGuard.Capacity(1, 0, Duration.ZERO));
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> guard.authenticate(basic("school", "wrong"))).isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> guard.authenticate(basic("school", "right")))
        .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.status()).isEqualTo(429));
    assertThat(hashes).hasValue(3);
  }

  @Test
  void aPasswordLongerThanBcryptReadsFailsWithoutBeingHashed() {
    SignInGuard guard = new SignInGuard(bcrypt, throttle, new SignInGuard.Capacity(1, 0, Duration.ZERO));
    assertThatThrownBy(() -> guard.authenticate(basic("school", "é".repeat(37)))).isInstanceOf(BadCredentialsException.class);
    assertThat(hashes).hasValue(0);
  }

  @Test
  void beyondTheHashesAllowedAtOnceASignInIsToldToComeBack() throws Exception {
    SignInGuard guard = new SignInGuard(bcrypt, throttle, new SignInGuard.Capacity(1, 0, Duration.ZERO));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Authentication> slow = pool.submit(() -> guard.authenticate(basic("slow", "right")));
      hashing.await();
      assertThatThrownBy(() -> guard.authenticate(basic("other", "right")))
          .isInstanceOfSatisfying(SignInRefused.class, e -> assertThat(e.status()).isEqualTo(503));
      release.countDown();
      assertThat(slow.get().isAuthenticated()).isTrue();
      assertThat(guard.authenticate(basic("other", "right")).isAuthenticated()).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }
}
