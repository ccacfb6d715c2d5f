package nl.routetoets.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for the API as RFC 9457 problem details, like every other API error. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
  private final JsonMapper json;
  private final boolean bearer;

  ProblemResponses(JsonMapper json, boolean bearer) {
    this.json = json;
    this.bearer = bearer;
  }

  /**
   * 401 for a missing or failed sign-in, the same answer whatever was wrong with a name and password
   * (unknown, wrong, disabled); a bearer token's problem is named, since only its holder sees it. A
   * sign-in that was not tried at all answers 429 or 503 with a Retry-After.
   */
  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
    if (e instanceof SignInRefused refused) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
      write(request, response, HttpStatus.valueOf(refused.status()), refused.getMessage());
      return;
    }
    response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"routetoets\"");
    if (bearer) {
      response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    String token = e instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null
        ? " (" + oauth.getError().getDescription() + ")" : "";
    write(request, response, HttpStatus.UNAUTHORIZED,
        "sign in: HTTP Basic with a RouteToets account" + (bearer ? ", or a bearer token" : "") + token);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
    write(request, response, HttpStatus.FORBIDDEN, e instanceof CsrfException
        ? "a request in a browser session needs its CSRF token (header X-CSRF-TOKEN or parameter _csrf)"
        : "your role may not do this");
  }

  private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
