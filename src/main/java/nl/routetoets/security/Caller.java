package nl.routetoets.security;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** The signed-in account as the workflow sees it, however it signed in. */
public record Caller(String name, Role role, Set<String> brins) {
  public Caller {
    brins = Set.copyOf(brins);
  }

  public static Caller of(Authentication auth) {
    if (auth != null && auth.getPrincipal() instanceof AccountUser user) {
      return user.caller();
    }
    if (auth instanceof BearerCaller bearer) {
      return bearer.caller();
    }
    throw new AccessDeniedException("not signed in with a RouteToets account or token");
  }

  public boolean is(Role r) {
    return role == r;
  }

  /** Schools see the applications of their own BRINs; reviewers and auditors see all. */
  public boolean sees(String schoolBrin) {
    return role == Role.REVIEWER || role == Role.AUDITOR || (role == Role.SCHOOL && brins.contains(schoolBrin));
  }
}
