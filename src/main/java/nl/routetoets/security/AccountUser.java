package nl.routetoets.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * An account as Spring Security's user, carrying its BRINs and the stamp of the account as it was at
 * sign-in ({@link Accounts#stamp}), against which every later request is checked.
 */
final class AccountUser extends User {
  private final Caller caller;
  private final String stamp;

  AccountUser(String username, String passwordHash, boolean enabled, Role role, Set<String> brins, String stamp) {
    super(username, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
    this.caller = new Caller(username, role, brins);
    this.stamp = stamp;
  }

  Caller caller() {
    return caller;
  }

  String stamp() {
    return stamp;
  }
}
