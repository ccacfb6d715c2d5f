package nl.routetoets.security;

import java.util.List;
import java.util.Set;
import nl.routetoets.persistence.AccountStore.AccountRow;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Maps a verified JWT to a caller. The token's subject names a RouteToets account, read on every
 * request: an unknown or disabled account is refused (401), and the role and BRINs are the account's,
 * so that disabling an account or changing its rights takes effect at once, however long the token
 * still runs. A token may also carry the role and BRIN claims; when it does they must agree with the
 * account, so that an identity provider that means something else is noticed rather than overruled.
 */
final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {
  private final Accounts accounts;
  private final String roleClaim;
  private final String brinClaim;

  TokenClaims(Accounts accounts, String roleClaim, String brinClaim) {
    this.accounts = accounts;
    this.roleClaim = roleClaim;
    this.brinClaim = brinClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String name = jwt.getSubject();
    if (name == null || name.isBlank()) {
      throw new InvalidBearerTokenException("the token names no account (claim \"sub\")");
    }
    AccountRow account = accounts.enabled(name)
        .orElseThrow(() -> new InvalidBearerTokenException("the token's subject is not an enabled RouteToets account"));
    Role role = Role.valueOf(account.role());
    Set<String> brins = Set.copyOf(account.brins());
    if (jwt.hasClaim(roleClaim) && !role.name().equals(jwt.getClaimAsString(roleClaim))) {
      throw new InvalidBearerTokenException("claim \"" + roleClaim + "\" does not agree with the account's role");
    }
    if (jwt.hasClaim(brinClaim) && !brins.equals(claimedBrins(jwt))) {
      throw new InvalidBearerTokenException("claim \"" + brinClaim + "\" does not agree with the account's BRIN numbers");
    }
    return new BearerCaller(jwt, new Caller(name, role, brins));
  }

  /** The claimed BRINs, or null when the claim is not a list of strings. */
  private Set<String> claimedBrins(Jwt jwt) {
    try {
      List<String> claimed = jwt.getClaimAsStringList(brinClaim);
      return claimed == null ? null : Set.copyOf(claimed);
    } catch (RuntimeException notAList) {
      return null;
    }
  }
}
