package nl.routetoets.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Stands before the password hash: refuses a throttled sign-in ({@link SignInThrottle}) and a password
 * longer than bcrypt reads, and lets only a few hashes run at once. A bcrypt check costs tens of
 * milliseconds of CPU by design; unbounded, a flood of sign-ins takes every core from the checks. The
 * rest wait briefly, and beyond a short queue are told to come back (503).
 */
final class SignInGuard implements AuthenticationProvider {
  /** {@code hashes} at once; at most {@code queue} more wait, each at most {@code wait}. */
  record Capacity(int hashes, int queue, Duration maxWait) {}

  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;
  private final Capacity capacity;
  private final Semaphore hashing;
  private final AtomicInteger waiting = new AtomicInteger();

  SignInGuard(AuthenticationProvider passwords, SignInThrottle throttle, Capacity capacity) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.capacity = capacity;
    this.hashing = new Semaphore(capacity.hashes());
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String account = request.getName() == null ? "" : request.getName();
    String address = request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
        ? web.getRemoteAddress() : "unknown";
    Optional<Duration> wait = throttle.refusal(account, address);
    if (wait.isPresent()) {
      throw SignInRefused.throttled(wait.get());
    }
    if (request.getCredentials() instanceof String password && PasswordPolicy.tooLong(password)) {
      throttle.failed(account, address);
      throw new BadCredentialsException("Bad credentials");
    }
    acquire();
    try {
      Authentication result = passwords.authenticate(request);
      throttle.succeeded(account, address);
      return result;
    } catch (BadCredentialsException | AccountStatusException e) {
      throttle.failed(account, address);
      throw e;
    } finally {
      hashing.release();
    }
  }

  private void acquire() {
    if (hashing.tryAcquire()) {
      return;
    }
    if (waiting.incrementAndGet() > capacity.queue()) {
      waiting.decrementAndGet();
      throw SignInRefused.busy(capacity.maxWait());
    }
    try {
      if (!hashing.tryAcquire(capacity.maxWait().toMillis(), TimeUnit.MILLISECONDS)) {
        throw SignInRefused.busy(capacity.maxWait());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw SignInRefused.busy(capacity.maxWait());
    } finally {
      waiting.decrementAndGet();
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
