package nl.routetoets.document;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.routetoets.model.LawParts;
import nl.routetoets.model.Printable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says in plain words what a Jackson exception found wrong, and where (a JSON path like routes[0].mbo.level).
 * The words are for the people who sent the input: never a Java class name or a library's own message.
 */
public final class JsonReadErrors {
  /** The values of {@code "type"} (formats.md 1.1: §1–§3 and §5). */
  private static final String DOCUMENT_TYPES = "\"application\", \"trajectory\", \"route\" or \"bundle\"";

  private JsonReadErrors() {}

  public static String path(String prefix, JacksonException e) {
    StringBuilder b = new StringBuilder(prefix);
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(Printable.text(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  public static String describe(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field " + Printable.quote(u.getPropertyName());
    }
    if (e instanceof InvalidTypeIdException t) {
      return t.getTypeId() == null
          ? "missing \"type\": expected " + DOCUMENT_TYPES
          : "unknown document type " + Printable.quote(t.getTypeId()) + ": expected " + DOCUMENT_TYPES;
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return v.getCause().getMessage();
    }
    if (e instanceof InvalidNullException) {
      return "must not be null";
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (StrictScalars.isOwn(f)) {
        return f.getOriginalMessage();
      }
      if (target != null && target.isEnum()) {
        return Printable.quote(f.getValue()) + " is not one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
            .collect(Collectors.joining(", ")) + spellingHint(target, f.getValue());
      }
      if (hasCause(f, DateTimeException.class)) {
        return "impossible date or time " + Printable.quote(f.getValue()) + " (write YYYY-MM-DD, or an ISO-8601 instant with offset)";
      }
      return Printable.quote(f.getValue()) + " is not " + simpleName(target);
    }
    if (e instanceof MismatchedInputException m) {
      if (hasCause(m, DateTimeException.class)) {
        return "impossible date or time (write YYYY-MM-DD, or an ISO-8601 instant with offset)";
      }
      return "wrong type: expected " + simpleName(m.getTargetType());
    }
    if (e instanceof InputCoercionException) {
      return "out of range: a whole number here is at most 2147483647";
    }
    if (e instanceof StreamReadException) {
      return "not valid JSON: " + plain(e.getOriginalMessage());
    }
    Throwable cause = e.getCause();
    if (cause instanceof DateTimeException) {
      return "impossible date or time";
    }
    return "not a value that can be read here";
  }

  /** The parser's first line without what only a Java programmer could use: where its limits are set, its source. */
  private static String plain(String message) {
    return message.lines().findFirst().orElse("")
        .replaceAll(" \\(start marker at \\[Source: [^\\]]*\\]\\)", "")
        .replaceAll(",? from `[^`]*`", "")
        .replace("`", "");
  }

  /**
   * The decree writes "vakmanschaproute" (without the s); the format's value is VAKMANSCHAPSROUTE.
   * Someone copying the legal term gets told which spelling the format wants.
   */
  static String spellingHint(Class<?> target, Object value) {
    if (target == nl.routetoets.model.Codes.RouteType.class && value instanceof String v
        && v.trim().equalsIgnoreCase("VAKMANSCHAPROUTE")) {
      return "; the decree writes \"vakmanschaproute\", but this format spells the value with an s: write \""
          + nl.routetoets.model.Codes.RouteType.VAKMANSCHAPSROUTE + "\"";
    }
    return "";
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String simpleName(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true, false or null";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.getSimpleName().equals("LocalDate")) {
      return "a date YYYY-MM-DD";
    }
    if (type.getSimpleName().equals("OffsetDateTime")) {
      return "an ISO-8601 instant with offset";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == LawParts.DateOrNone.class) {
      return "a date YYYY-MM-DD or \"NONE\"";
    }
    if (type == LawParts.RouteAgreement.class || type == LawParts.Melding.class) {
      return "an object or \"NONE\"";
    }
    if (type == LawParts.CentralExamRouteYear.class) {
      return "a route year (a whole number) or \"NONE\"";
    }
    return "an object";
  }
}
