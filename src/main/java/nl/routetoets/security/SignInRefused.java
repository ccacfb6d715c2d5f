package nl.routetoets.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in that was not tried at all: too many failures (429) or too many passwords being hashed at
 * once (503). Both say when to try again, and both are decided before any password is hashed.
 */
final class SignInRefused extends AuthenticationException {
  private final int status;
  private final Duration retryAfter;

  private SignInRefused(int status, Duration retryAfter, String detail) {
    super(detail);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  static SignInRefused throttled(Duration wait) {
    return new SignInRefused(429, wait, "too many failed sign-ins from this address; try again later");
  }

  static SignInRefused busy(Duration wait) {
    return new SignInRefused(503, wait, "too many sign-ins at once; try again in a moment");
  }

  int status() {
    return status;
  }

  boolean throttled() {
    return status == 429;
  }

  /** Whole seconds for a Retry-After header, at least 1. */
  long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
