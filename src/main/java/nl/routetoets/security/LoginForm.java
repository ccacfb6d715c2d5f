package nl.routetoets.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where the login form leads. After signing in: back to the page that asked for it, by its path only,
 * so that a forged Host header of the request that was saved never becomes a redirect to another site;
 * else the start page. After a wrong password: the form with an error. When the sign-in was not tried
 * (throttled or busy): the form, with that status, a Retry-After and a message saying so.
 */
final class LoginForm implements AuthenticationSuccessHandler, AuthenticationFailureHandler {
  private final RequestCache pages;

  LoginForm(RequestCache pages) {
    this.pages = pages;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    SavedRequest saved = pages.getRequest(request, response);
    pages.removeRequest(request, response);
    response.sendRedirect(request.getContextPath() + localPath(saved, request.getContextPath()));
  }

  /** The saved page's path and query within this application, or "/" when there is none or it looks odd. */
  static String localPath(SavedRequest saved, String contextPath) {
    if (saved == null) {
      return "/";
    }
    try {
      URI uri = URI.create(saved.getRedirectUrl());
      String path = uri.getRawPath();
      if (path == null || !path.startsWith(contextPath + "/")) {
        return "/";
      }
      path = path.substring(contextPath.length());
      if (path.startsWith("//") || path.contains("\\")) {
        return "/";
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    if (e instanceof SignInRefused refused) {
      showForm(request, response, refused.status(), refused.retryAfterSeconds(), refused.throttled() ? "throttled" : "busy");
      return;
    }
    response.sendRedirect(request.getContextPath() + "/login?error");
  }

  /** Renders the login page (a GET of it, whatever the request was) with this status and message. */
  static void showForm(HttpServletRequest request, HttpServletResponse response, int status, long retryAfterSeconds, String reason)
      throws IOException, ServletException {
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    request.setAttribute(SignIn.REFUSED, reason);
    HttpServletRequest get = new HttpServletRequestWrapper(request) {
      @Override
      public String getMethod() {
        return "GET";
      }
    };
    request.getRequestDispatcher("/login").forward(get, response);
  }
}
