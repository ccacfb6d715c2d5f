package nl.routetoets.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens in the session once there is one (a signed-in browser), and in a cookie before (the login
 * form). A session-bound token is the stronger kind, but keeping one for every visitor who merely opens
 * the start page would give each of them a session: that is how anonymous requests filled the heap.
 * The login form's token therefore lives in an HttpOnly, SameSite=Lax cookie (the double-submit pattern,
 * which guards the login against login CSRF); signing in replaces it with a token in the new session.
 * Both kinds use the same header ({@value #HEADER}) and parameter ({@code _csrf}).
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {
  static final String HEADER = "X-CSRF-TOKEN";

  private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
  private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

  SessionOrCookieCsrfTokens() {
    session.setHeaderName(HEADER);
    cookie.setHeaderName(HEADER);
    cookie.setCookieName("routetoets-csrf");
    cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
  }

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return session.generateToken(request);
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    if (request.getSession(false) != null) {
      session.saveToken(token, request, response);
      if (token == null) {
        cookie.saveToken(null, request, response); // signing in or out: the login form's token is spent
      }
    } else if (token != null || hasCookie(request)) {
      cookie.saveToken(token, request, response);
    }
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
  }

  private boolean hasCookie(HttpServletRequest request) {
    return cookie.loadToken(request) != null;
  }
}
