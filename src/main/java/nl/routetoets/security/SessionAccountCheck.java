package nl.routetoets.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a browser session checks the account against the database: disabled, deleted, or
 * with another role, BRINs or password since it signed in, the session ends and the request goes on
 * as anonymous (a page then asks to sign in, the API answers 401). Ending sessions on a change
 * ({@link AccountSessions}) covers this instance; this check covers a change made through another
 * instance, or in the database. A session also ends at {@code maxAge} after sign-in, however active.
 */
final class SessionAccountCheck extends OncePerRequestFilter {
  private final Accounts accounts;
  private final Duration maxAge;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  SessionAccountCheck(Accounts accounts, Duration maxAge) {
    this.accounts = accounts;
    this.maxAge = maxAge;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    Authentication auth = contexts.getContext().getAuthentication();
    if (session != null && auth != null && auth.getPrincipal() instanceof AccountUser user && fromSession(session, auth)) {
      // the container's clock, which stamped the session's creation
      boolean tooOld = System.currentTimeMillis() - session.getCreationTime() > maxAge.toMillis();
      if (tooOld || !accounts.unchanged(user)) {
        session.invalidate();
        contexts.clearContext();
      }
    }
    chain.doFilter(request, response);
  }

  /** Only the session's own sign-in: HTTP Basic is checked where its password is remembered ({@link VerifiedPasswords}). */
  private static boolean fromSession(HttpSession session, Authentication auth) {
    try {
      return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext stored
          && stored.getAuthentication() == auth;
    } catch (IllegalStateException invalidated) {
      return false;
    }
  }
}
