package nl.routetoets.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Counts failed sign-ins in a sliding window and says when an attempt must wait, before any password
 * is hashed. Three counters:
 * <ul>
 *   <li>per address: one client guessing many accounts;
 *   <li>per account and address: one client guessing one account;
 *   <li>per account over all addresses, which never refuses an address that has not failed for the
 *       account: many addresses guessing one account get one try each, while the school itself, from
 *       an address that did not fail, still signs in. A lock-out per account alone would let anyone
 *       lock a school out by failing on purpose.
 * </ul>
 * A success clears only its own account-and-address counter: signing in with an account of one's own
 * must not reset the address's count of guesses at other accounts. The counters live in bounded caches
 * that forget an entry a window after its last failure, so a flood of invented names or addresses
 * cannot grow them without end.
 */
final class SignInThrottle {
  /** How many failures in {@code window} each counter allows; {@code tracked} bounds each cache. */
  record Limits(Duration window, int perAddress, int perAccountAndAddress, int perAccount, int tracked) {}

  /** The times of the latest failures, at most as many as the limit: a sliding-window log. */
  private static final class Failures {
    private final long[] at;
    private int count;
    private int next;

    Failures(int limit) {
      at = new long[Math.max(1, limit)];
    }

    synchronized void add(long now) {
      at[next] = now;
      next = (next + 1) % at.length;
      count = Math.min(count + 1, at.length);
    }

    /** How many failures fall inside the window ending now. */
    synchronized int recent(long now, long window) {
      int n = 0;
      for (int i = 0; i < count; i++) {
        if (at[i] > now - window) {
          n++;
        }
      }
      return n;
    }

    /** Milliseconds until the oldest of a full log leaves the window; 0 when the log is not full. */
    synchronized long waitMillis(long now, long window) {
      if (count < at.length) {
        return 0;
      }
      long oldest = at[next]; // the ring is full: the next slot to overwrite holds the oldest
      return Math.max(0, oldest + window - now);
    }
  }

  private final Limits limits;
  private final Clock clock;
  private final Cache<String, Failures> byAddress;
  private final Cache<String, Failures> byAccountAndAddress;
  private final Cache<String, Failures> byAccount;

  SignInThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.byAddress = cache();
    this.byAccountAndAddress = cache();
    this.byAccount = cache();
  }

  private Cache<String, Failures> cache() {
    return Caffeine.newBuilder()
        .maximumSize(limits.tracked())
        .expireAfterAccess(limits.window())
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  /** Empty when this address may try this account now; otherwise how long it must wait. */
  Optional<Duration> refusal(String account, String address) {
    long now = clock.millis();
    long window = limits.window().toMillis();
    long wait = 0;
    Failures fromAddress = byAddress.getIfPresent(address);
    if (fromAddress != null) {
      wait = Math.max(wait, fromAddress.waitMillis(now, window));
    }
    Failures pair = byAccountAndAddress.getIfPresent(pair(account, address));
    if (pair != null) {
      wait = Math.max(wait, pair.waitMillis(now, window));
      Failures overall = byAccount.getIfPresent(key(account));
      if (overall != null && pair.recent(now, window) > 0) {
        wait = Math.max(wait, overall.waitMillis(now, window));
      }
    }
    return wait == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(wait));
  }

  void failed(String account, String address) {
    long now = clock.millis();
    byAddress.get(address, a -> new Failures(limits.perAddress())).add(now);
    byAccountAndAddress.get(pair(account, address), p -> new Failures(limits.perAccountAndAddress())).add(now);
    byAccount.get(key(account), a -> new Failures(limits.perAccount())).add(now);
  }

  void succeeded(String account, String address) {
    byAccountAndAddress.invalidate(pair(account, address));
  }

  private static String pair(String account, String address) {
    return key(account) + "\n" + address;
  }

  /** A name as typed can be kilobytes long; no account name is longer than 100 characters. */
  private static String key(String account) {
    if (account.length() <= 100) {
      return account;
    }
    try {
      return "#" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
