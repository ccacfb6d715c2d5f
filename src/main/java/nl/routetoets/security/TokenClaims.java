package nl.routetoets.security;

import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Maps a verified JWT to a caller: one claim names the role, another the BRIN list of a school. */
final class TokenClaims implements Converter<Jwt, AbstractAuthenticationToken> {
  private final String roleClaim;
  private final String brinClaim;

  TokenClaims(String roleClaim, String brinClaim) {
    this.roleClaim = roleClaim;
    this.brinClaim = brinClaim;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String roleName = jwt.getClaimAsString(roleClaim);
    Role role;
    try {
      role = Role.valueOf(roleName == null ? "" : roleName);
    } catch (IllegalArgumentException e) {
      throw new InvalidBearerTokenException("claim \"" + roleClaim + "\" must be one of SCHOOL, REVIEWER, AUDITOR, ADMIN");
    }
    List<String> brins = jwt.hasClaim(brinClaim) ? jwt.getClaimAsStringList(brinClaim) : List.of();
    if (role == Role.SCHOOL && brins.isEmpty()) {
      throw new InvalidBearerTokenException("a SCHOOL token needs its BRIN numbers in claim \"" + brinClaim + "\"");
    }
    String name = jwt.getSubject() == null ? "token" : jwt.getSubject();
    return new BearerCaller(jwt, new Caller(name, role, Set.copyOf(brins)));
  }
}
