package nl.routetoets.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses an API request whose declared body exceeds the limit before anything reads it (JSON request objects included). */
@Component
class BodyLimitFilter extends OncePerRequestFilter {
  private final Bodies bodies;
  private final ProblemDetailsAdvice problems;

  BodyLimitFilter(Bodies bodies, ProblemDetailsAdvice problems) {
    this.bodies = bodies;
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // report uploads are files of any size, bounded by spring.servlet.multipart.* instead
    return !request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/api/v1/reports");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      bodies.refuseDeclared(request.getContentLengthLong());
    } catch (Bodies.TooLarge e) {
      problems.write(request, response, problems.tooLarge(e));
      return;
    }
    chain.doFilter(request, response);
  }
}
