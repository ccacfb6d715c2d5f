package nl.routetoets.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A bearer token whose claims named a role (and, for a school, its BRINs). */
final class BearerCaller extends JwtAuthenticationToken {
  private final Caller caller;

  BearerCaller(Jwt jwt, Caller caller) {
    super(jwt, List.of(new SimpleGrantedAuthority(caller.role().authority())), caller.name());
    this.caller = caller;
  }

  Caller caller() {
    return caller;
  }
}
