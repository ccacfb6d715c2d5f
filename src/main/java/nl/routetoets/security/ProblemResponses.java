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

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
    response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"routetoets\"");
    if (bearer) {
      response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    write(request, response, HttpStatus.UNAUTHORIZED,
        "sign in: HTTP Basic with a RouteToets account" + (bearer ? ", or a bearer token" : "")
            + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
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
