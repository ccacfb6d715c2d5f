package nl.routetoets.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class VerifiedPasswordsTest {
  private final AtomicInteger checks = new AtomicInteger();
  private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:30:00Z"));

  /** Stands in for bcrypt: counts the checks, knows one password. */
  private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
    @Override
    public Authentication authenticate(Authentication a) {
      checks.incrementAndGet();
      if (!"right".equals(a.getCredentials())) {
        throw new BadCredentialsException("bad credentials");
      }
      return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, List.of());
    }

    @Override
    public boolean supports(Class<?> c) {
      return true;
    }
  };

  private boolean accountUnchanged = true;

  private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt, clock, a -> accountUnchanged);

  private static Authentication basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  @Test
  void aVerifiedPasswordIsNotHashedAgainUntilItExpiresOrTheAccountChanges() {
    assertThat(passwords.authenticate(basic("school", "right")).isAuthenticated()).isTrue();
    passwords.authenticate(basic("school", "right"));
    assertThat(checks).hasValue(1);

    assertThatThrownBy(() -> passwords.authenticate(basic("school", "wrong"))).isInstanceOf(BadCredentialsException.class);
    assertThatThrownBy(() -> passwords.authenticate(basic("school", "wrong"))).isInstanceOf(BadCredentialsException.class);
    assertThat(checks).hasValue(3);

    passwords.forget(new Accounts.Changed("school"));
    passwords.authenticate(basic("school", "right"));
    assertThat(checks).hasValue(4);

    clock.moveOn(VerifiedPasswords.TTL);
    passwords.authenticate(basic("school", "right"));
    assertThat(checks).hasValue(5);
  }

  @Test
  void aRememberedPasswordIsNotUsedOnceTheAccountChangedElsewhere() {
    passwords.authenticate(basic("school", "right"));
    passwords.authenticate(basic("school", "right"));
    assertThat(checks).hasValue(1);
    accountUnchanged = false; // e.g. disabled through another instance: no event reached this one
    passwords.authenticate(basic("school", "right"));
    assertThat(checks).hasValue(2);
  }
}
