package nl.routetoets.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {
  private final AtomicInteger verifications = new AtomicInteger();
  private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T09:30:00Z"));
  /** When the tokens the stand-in decoder hands out run out. */
  private Instant expiry = clock.instant().plusSeconds(3600);

  /** Stands in for the RS256 decoder: counts the verifications, takes only tokens that start with "good". */
  private final JwtDecoder rs256 = token -> {
    verifications.incrementAndGet();
    if (!token.startsWith("good")) {
      throw new BadJwtException("signature does not verify");
    }
    return Jwt.withTokenValue(token).header("alg", "RS256").subject("bench-reviewer").issuedAt(Instant.parse("2026-03-02T09:00:00Z")).expiresAt(expiry).build();
  };

  private final VerifiedTokens tokens = new VerifiedTokens(rs256, clock);

  @Test
  void aVerifiedTokenIsNotVerifiedAgainUntilTheShortWhileIsOver() {
    assertThat(tokens.decode("good-1").getSubject()).isEqualTo("bench-reviewer");
    assertThat(tokens.decode("good-1").getTokenValue()).isEqualTo("good-1");
    assertThat(verifications).hasValue(1);

    tokens.decode("good-2"); // another token is verified on its own
    assertThat(verifications).hasValue(2);

    clock.moveOn(VerifiedTokens.TTL);
    tokens.decode("good-1");
    assertThat(verifications).hasValue(3);
  }

  @Test
  void aTokenIsNeverRememberedPastItsOwnExpiry() {
    expiry = clock.instant().plusSeconds(30);
    tokens.decode("good-short");
    clock.moveOn(Duration.ofSeconds(29));
    tokens.decode("good-short");
    assertThat(verifications).hasValue(1);
    clock.moveOn(Duration.ofSeconds(1)); // at exp: the decoder decides again (and would refuse a real token)
    tokens.decode("good-short");
    assertThat(verifications).hasValue(2);
  }

  @Test
  void aRefusedTokenIsVerifiedAndRefusedEveryTime() {
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThat(verifications).hasValue(2);
  }

  @Test
  void itKeepsNoMoreThanItsBoundOfTokens() {
    for (int i = 0; i <= VerifiedTokens.MAX_ENTRIES; i++) {
      tokens.decode("good-" + i);
    }
    verifications.set(0);
    tokens.decode("good-1"); // forgotten when the bound was reached
    assertThat(verifications).hasValue(1);
  }
}
