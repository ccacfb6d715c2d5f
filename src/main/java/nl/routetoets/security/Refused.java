package nl.routetoets.security;

import java.util.List;
import nl.routetoets.model.InputError;

/**
 * A request the service will not carry out, and why: the API answers it as problem details. Shared by
 * the workflow and account management so that both answer the same way.
 */
public final class Refused extends RuntimeException {
  public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT }

  private final Kind kind;
  private final List<InputError> errors;

  public Refused(Kind kind, String detail, List<InputError> errors) {
    super(detail);
    this.kind = kind;
    this.errors = List.copyOf(errors);
  }

  public static Refused invalid(String detail, List<InputError> errors) {
    return new Refused(Kind.INVALID, detail, errors);
  }

  public static Refused invalid(String path, String problem) {
    return invalid(problem, List.of(new InputError(null, null, path, problem)));
  }

  public static Refused notFound(String detail) {
    return new Refused(Kind.NOT_FOUND, detail, List.of());
  }

  public static Refused forbidden(String detail) {
    return new Refused(Kind.FORBIDDEN, detail, List.of());
  }

  public static Refused conflict(String detail) {
    return new Refused(Kind.CONFLICT, detail, List.of());
  }

  public Kind kind() {
    return kind;
  }

  public List<InputError> errors() {
    return errors;
  }
}
