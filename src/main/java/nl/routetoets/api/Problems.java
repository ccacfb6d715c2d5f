package nl.routetoets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API error as RFC 9457 problem details. Input errors go in the extension {@code errors}, one
 * {@code {path, problem}} per error (and {@code line} for a JSON Lines body), the same path and problem
 * the command line prints.
 */
@RestControllerAdvice(basePackages = "nl.routetoets.api")
class Problems extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(Problems.class);

  /** One input error of the {@code errors} extension. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ApiError(Integer line, String path, String problem) {
    static ApiError of(InputError e) {
      return new ApiError(e.line(), e.path(), e.problem());
    }
  }

  private final JsonMapper json;

  Problems(JsonMapper json) {
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
    String path = "";
    String problem = "the request body is not valid JSON";
    if (e.getCause() instanceof JacksonException j) {
      path = j.getPathReference() == null ? "" : pathOf(j);
      problem = problemOf(j);
    }
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(invalid("the request body is not valid", List.of(new InputError(null, null, path, problem))));
  }

  /** Anything that names a Java type, e.g. {@code nl.routetoets.review.Views$Outcome} or {@code java.util.List}. */
  private static final Pattern JAVA_TYPE = Pattern.compile("`|\\b(?:java|javax|jakarta|nl|tools|com|org)\\.[a-z]");

  /** What is wrong with a value, in the caller's terms: never Jackson's message, which names Java types. */
  static String problemOf(JacksonException e) {
    if (e instanceof PropertyBindingException unknown) {
      return "unknown field \"" + unknown.getPropertyName() + "\"";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      Class<?> type = m.getTargetType();
      String given = e instanceof InvalidFormatException f && f.getValue() != null ? "\"" + f.getValue() + "\" is not valid: " : "";
      return given + "expected " + kindOf(type);
    }
    String first = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
    return first.isBlank() || JAVA_TYPE.matcher(first).find() ? "not a valid value here" : first;
  }

  private static String kindOf(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
      return "a text";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == java.time.LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    return "an object";
  }

  private static String pathOf(JacksonException e) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        b.append(b.isEmpty() ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
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
