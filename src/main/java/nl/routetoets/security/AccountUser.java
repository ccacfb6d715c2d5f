package nl.routetoets.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** An account as Spring Security's user, carrying its BRINs. */
final class AccountUser extends User {
  private final Caller caller;

  AccountUser(String username, String passwordHash, boolean enabled, Role role, Set<String> brins) {
    super(username, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
    this.caller = new Caller(username, role, brins);
  }

  Caller caller() {
    return caller;
  }
}
