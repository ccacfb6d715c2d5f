package nl.routetoets.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers, for a short while, that a bearer token's signature and dates were verified. An API client sends the
 * same token on every request until it runs out, and verifying an RS256 signature cost a tenth of a check request's
 * CPU (docs/performance.md, issue 14). A token is remembered for {@link #TTL} at most and never past its own
 * {@code exp}; a token that failed is never remembered, so it is verified (and refused) again each time. What a token
 * grants is not remembered here: {@link TokenClaims} still reads the account on every request, so disabling an account
 * or changing its rights takes effect at once.
 */
final class VerifiedTokens implements JwtDecoder {
  static final Duration TTL = Duration.ofMinutes(2);
  static final int MAX_ENTRIES = 10_000;

  private record Verified(Jwt jwt, Instant until) {}

  private final JwtDecoder decoder;
  private final Clock clock;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  VerifiedTokens(JwtDecoder decoder, Clock clock) {
    this.decoder = decoder;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    Instant now = clock.instant();
    Verified hit = verified.get(token);
    if (hit != null && now.isBefore(hit.until())) {
      return hit.jwt();
    }
    Jwt jwt = decoder.decode(token); // throws when the signature, the issuer or a date is wrong
    Instant until = now.plus(TTL);
    if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
      until = jwt.getExpiresAt();
    }
    if (verified.size() >= MAX_ENTRIES) {
      verified.clear();
    }
    verified.put(token, new Verified(jwt, until));
    return jwt;
  }
}
