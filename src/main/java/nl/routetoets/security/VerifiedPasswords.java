package nl.routetoets.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;

/**
 * Remembers, for a short while, that a user name and password were verified. API clients send HTTP
 * Basic on every request, and a bcrypt check costs tens of milliseconds of CPU by design: without
 * this every check request would pay it. Only an HMAC of name and password is kept, in memory, for
 * {@link #TTL}; a change to the account forgets it at once, and a remembered sign-in is used only while
 * the account is still as it was (checked against the database, so a change made through another
 * instance of the service counts too).
 */
final class VerifiedPasswords implements AuthenticationProvider {
  static final Duration TTL = Duration.ofMinutes(2);
  private static final int MAX_ENTRIES = 10_000;
  private static final String HMAC = "HmacSHA256";

  private record Verified(Authentication result, Instant until) {}

  private final AuthenticationProvider passwords;
  private final Clock clock;
  private final Predicate<Authentication> unchanged;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final SecretKeySpec secret = newSecret();

  VerifiedPasswords(AuthenticationProvider passwords, Clock clock, Predicate<Authentication> unchanged) {
    this.passwords = passwords;
    this.clock = clock;
    this.unchanged = unchanged;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    if (!(request.getCredentials() instanceof String password)) {
      return passwords.authenticate(request);
    }
    String key = key(request.getName(), password);
    Instant now = clock.instant();
    Verified hit = verified.get(key);
    if (hit != null && now.isBefore(hit.until())) {
      if (unchanged.test(hit.result())) {
        return hit.result();
      }
      verified.remove(key);
    }
    Authentication result = passwords.authenticate(request); // throws when wrong or disabled
    if (verified.size() >= MAX_ENTRIES) {
      verified.clear();
    }
    verified.put(key, new Verified(result, now.plus(TTL)));
    return result;
  }

  /** After a change to an account: its next request is verified against the database again. */
  @EventListener
  void forget(Accounts.Changed changed) {
    verified.values().removeIf(v -> v.result().getName().equals(changed.username()));
  }

  private static SecretKeySpec newSecret() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new SecretKeySpec(key, HMAC);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  /**
   * An HMAC under a key made at start and never stored: a memory dump then holds nothing that can
   * be tested against guessed passwords, as a plain SHA-256 could be.
   */
  private String key(String username, String password) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(secret);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
