package nl.routetoets.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.session.ManagerBase;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.session.TooManyActiveSessionsException;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limit on sessions held at once, over all accounts. Tomcat refuses a new session beyond it
 * (its manager's maxActiveSessions); that refusal, thrown where a sign-in creates its session, must not
 * become a 500: the sign-in gets the login page again with 503 and a Retry-After. Only signing in makes
 * a session, so the limit is reached only by that many signed-in browsers, each account holding at most
 * a few ({@code routetoets.sessions.per-account}).
 */
final class SessionCapacity extends OncePerRequestFilter {
  static final long RETRY_AFTER_SECONDS = 60;

  /** Sets the limit on the web application's session manager. */
  static TomcatContextCustomizer limit(int maxActiveSessions) {
    return (Context context) -> {
      Manager manager = context.getManager();
      if (manager == null) {
        manager = new StandardManager();
        context.setManager(manager);
      }
      if (manager instanceof ManagerBase base) {
        base.setMaxActiveSessions(maxActiveSessions);
      }
    };
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException | IOException e) {
      if (!full(e) || response.isCommitted()) {
        throw e;
      }
      logger.warn("no session for a sign-in: the limit of sessions held at once is reached");
      LoginForm.showForm(request, response, 503, RETRY_AFTER_SECONDS, "busy");
    }
  }

  private static boolean full(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooManyActiveSessionsException) {
        return true;
      }
    }
    return false;
  }
}
