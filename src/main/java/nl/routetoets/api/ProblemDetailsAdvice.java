package nl.routetoets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import nl.routetoets.dusiworkflow.Checks;
import nl.routetoets.model.InputError;
import nl.routetoets.security.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API error as RFC 9457 problem details. Input errors go in the extension {@code errors}, one
 * {@code {path, problem}} per error (and {@code line} for a JSON Lines body), the same path and problem
 * the command line prints.
 */
@RestControllerAdvice(basePackages = "nl.routetoets.api")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  /** One input error of the {@code errors} extension. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ApiError(Integer line, String path, String problem) {
    static ApiError of(InputError e) {
      return new ApiError(e.line(), e.path(), e.problem());
    }
  }

  private final JsonMapper json;

  ProblemDetailsAdvice(JsonMapper json) {
    this.json = json;
  }

  static ProblemDetail problem(HttpStatus status, String detail, List<ApiError> errors) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    if (!errors.isEmpty()) {
      p.setProperty("errors", errors);
    }
    return p;
  }

  static ProblemDetail invalid(String detail, List<InputError> errors) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, detail, errors.stream().map(ApiError::of).toList());
  }

  @ExceptionHandler(Refused.class)
  ResponseEntity<ProblemDetail> refused(Refused e) {
    HttpStatus status = switch (e.kind()) {
      case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case CONFLICT -> HttpStatus.CONFLICT;
    };
    return respond(problem(status, e.getMessage(), e.errors().stream().map(ApiError::of).toList()));
  }

  ProblemDetail tooLarge(Bodies.TooLarge e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), List.of());
  }

  @ExceptionHandler(Bodies.TooLarge.class)
  ResponseEntity<ProblemDetail> tooLargeBody(Bodies.TooLarge e) {
    return respond(tooLarge(e));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return respond(problem(HttpStatus.FORBIDDEN, "your role may not do this", List.of()));
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
    return respond(problem(HttpStatus.CONFLICT, "someone else stored the same object at the same moment; try again", List.of()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    String problem = "\"" + e.getValue() + "\" is not a valid " + e.getName()
        + (e.getRequiredType() == java.time.LocalDate.class ? " (write YYYY-MM-DD)" : "");
    return respond(invalid("a request parameter is not valid", List.of(new InputError(null, null, e.getName(), problem))));
  }

  /** A JSON request object (decision, account) that does not fit: name the path, as for documents. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    InputError error = e.getCause() instanceof JacksonException j
        ? Checks.problem(j)
        : new InputError(null, null, "", "the request body is not valid JSON");
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(invalid("the request body is not valid", List.of(error)));
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
    log.error("unexpected error", e);
    return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error; the log has the details", List.of()));
  }

  static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  /** For filters, which answer before any controller runs. */
  void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail p) throws IOException {
    p.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(p.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), p);
  }
}
