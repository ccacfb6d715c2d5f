package nl.routetoets.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.security.web.header.HeaderWriter;

/**
 * A Content-Security-Policy for each kind of response. The pages load their style sheet and one
 * script (a report's progress) from the service itself and nothing inline; the browsable API page
 * (swagger-ui) sets inline styles and data: images; a report's HTML is one self-contained file with
 * inline CSS and SVG, built from uploaded data, so it may run no script and load nothing. No response
 * may be framed by another site. A policy a handler set itself is kept.
 */
final class ContentSecurityPolicies implements HeaderWriter {
  static final String HEADER = "Content-Security-Policy";
  private static final String COMMON = "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      + "font-src 'self'; form-action 'self'; " + COMMON;
  static final String SWAGGER_UI = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
      + "connect-src 'self'; form-action 'self'; " + COMMON;
  static final String REPORT = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; " + COMMON;

  private static final Pattern REPORT_OUTPUT = Pattern.compile("(/api/v1)?/reports/[^/]+/outputs/.*");

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (!response.containsHeader(HEADER)) {
      response.setHeader(HEADER, policy(request.getRequestURI().substring(request.getContextPath().length())));
    }
  }

  static String policy(String path) {
    if (path.startsWith("/swagger-ui")) {
      return SWAGGER_UI;
    }
    if (REPORT_OUTPUT.matcher(path).matches()) {
      return REPORT;
    }
    return PAGES;
  }
}
