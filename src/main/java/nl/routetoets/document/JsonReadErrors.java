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
      return Value.UNKNOWN_FIELD.en.replace("{0}", Printable.quote(u.getPropertyName()));
    }
    if (e instanceof InvalidTypeIdException t) {
      return t.getTypeId() == null
          ? Value.MISSING_TYPE.en
          : Value.UNKNOWN_TYPE.en.replace("{0}", Printable.quote(t.getTypeId()));
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return v.getCause().getMessage();
    }
    if (e instanceof InvalidNullException) {
      return Value.NULL.en;
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
        return Value.DATE.en.replace("{0}", Printable.quote(f.getValue()));
      }
      return Printable.quote(f.getValue()) + " is not " + simpleName(target);
    }
    if (isSyntax(e)) {
      return syntax(e, null);
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
    Throwable cause = e.getCause();
    if (cause instanceof DateTimeException) {
      return "impossible date or time";
    }
    return "not a value that can be read here";
  }

  /**
   * What is wrong with the JSON text itself, in the words of someone who edits it by hand, never the
   * parser's: {0} is what was found there (a character, a word, a field's name). Each has its Dutch, so
   * that a Dutch page or report says it in Dutch ({@link #dutch}); the API and the results keep the English.
   */
  enum Syntax {
    COMMA("a comma or a closing bracket is missing after the value before {0}",
        "na de waarde ontbreekt een komma of een sluitend haakje, vóór {0}"),
    EXTRA_COMMA("a comma before the closing {0} is one too many", "de komma vóór de sluitende {0} is er een te veel"),
    FIELD_NAME("a field name in double quotes belongs here, not {0}", "hier hoort een veldnaam tussen dubbele aanhalingstekens, niet {0}"),
    COLON("a colon belongs between the field name and its value, not {0}",
        "tussen de veldnaam en de waarde hoort een dubbele punt, niet {0}"),
    VALUE("a value belongs here (text in double quotes, a number, true, false, null, an object or a list), not {0}",
        "hier hoort een waarde (tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een object of een lijst), niet {0}"),
    WORD("{0} is not a value: put text in double quotes, or write true, false or null",
        "{0} is geen waarde: zet tekst tussen dubbele aanhalingstekens, of schrijf true, false of null"),
    END("the text ends before the document does: a closing bracket is missing",
        "de tekst houdt op voordat het document af is: er ontbreekt een sluitend haakje"),
    END_OF_TEXT("the text ends inside a value in double quotes: its closing quote is missing",
        "de tekst houdt op binnen een waarde tussen aanhalingstekens: het sluitende aanhalingsteken ontbreekt"),
    CONTROL("a text in double quotes holds a line break or another control character; write a line break as \\n",
        "een tekst tussen aanhalingstekens bevat een regelovergang of een ander stuurteken; schrijf een regelovergang als \\n"),
    ESCAPE("{0} is no escape in JSON; write \\\\ for a backslash", "{0} bestaat niet in JSON; schrijf \\\\ voor een backslash"),
    NUMBER("a number is not written as JSON writes numbers (no leading zeros; a digit after a minus sign, a point or an e)",
        "een getal is niet geschreven zoals JSON getallen schrijft (geen voorloopnullen; een cijfer na een minteken, een punt of een e)"),
    CLOSE("{0} does not close what is open here", "{0} sluit niet af wat hier open staat"),
    COMMENT("JSON has no comments; remove the text from {0} on", "JSON kent geen commentaar; haal de tekst vanaf {0} weg"),
    DUPLICATE("field {0} appears twice in the same object", "veld {0} staat twee keer in hetzelfde object"),
    TRAILING("there is more after the end of the document: a file holds one document (a bundle holds several, and JSON Lines one"
        + " per line)", "na het einde van het document staat nog meer: een bestand bevat één document (een bundel bevat er meer,"
        + " JSON Lines één per regel)"),
    OTHER("the JSON text cannot be read here", "de JSON-tekst is hier niet te lezen");

    final String en;
    final String nl;

    Syntax(String en, String nl) {
      this.en = en;
      this.nl = nl;
    }

    java.util.regex.Pattern pattern() {
      return JsonReadErrors.pattern(en);
    }
  }

  /** English words with {0} in them, as a pattern whose group gives {0} back ({@link #dutch}). */
  private static java.util.regex.Pattern pattern(String en) {
    String[] parts = en.split("\\{0\\}", -1);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append("(.+?)");
      }
      b.append(java.util.regex.Pattern.quote(parts[i]));
    }
    return java.util.regex.Pattern.compile(b.toString(), java.util.regex.Pattern.DOTALL);
  }

  private static final String SYNTAX_EN = "not valid JSON";
  private static final java.util.regex.Pattern SYNTAX_PROBLEM =
      java.util.regex.Pattern.compile("not valid JSON(?: at line (\\d+), column (\\d+))?: (.*)", java.util.regex.Pattern.DOTALL);
  private static final java.util.regex.Pattern UNEXPECTED =
      java.util.regex.Pattern.compile("^Unexpected (?:character|close marker) \\('?(.*?)'? \\(code (\\d+)");
  private static final java.util.regex.Pattern CLOSE_MARKER = java.util.regex.Pattern.compile("^Unexpected close marker '(.)'");
  private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("token '([^']*)'");
  private static final java.util.regex.Pattern ESCAPE = java.util.regex.Pattern.compile("character escape '(.)'");
  private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate Object property \"(.*)\"");

  /** Whether this is about the JSON text itself rather than about a value in it. */
  public static boolean isSyntax(JacksonException e) {
    return e instanceof StreamReadException
        || e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token");
  }

  /**
   * One sentence for a JSON text that cannot be read: where (line and column), and what, e.g. {@code not valid JSON
   * at line 3, column 9: a comma or a closing bracket is missing after the value before '"'}.
   *
   * @param line the line to name, when the text is one line of a longer stream (JSON Lines); null for the parser's own
   */
  public static String syntax(JacksonException e, Integer line) {
    var at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? ""
        : " at line " + (line != null ? line : at.getLineNr()) + ", column " + Math.max(1, at.getColumnNr());
    Syntax kind = kind(e);
    return SYNTAX_EN + where + ": " + kind.en.replace("{0}", found(e, kind));
  }

  /** The most common problems with a value that {@link #describe} words, with their Dutch; {0} is the name or value concerned. */
  enum Value {
    UNKNOWN_FIELD("unknown field {0}", "onbekend veld {0}"),
    MISSING_TYPE("missing \"type\": expected " + DOCUMENT_TYPES, "\"type\" ontbreekt: verwacht " + DOCUMENT_TYPES.replace(" or ", " of ")),
    UNKNOWN_TYPE("unknown document type {0}: expected " + DOCUMENT_TYPES,
        "onbekend documenttype {0}: verwacht " + DOCUMENT_TYPES.replace(" or ", " of ")),
    NULL("must not be null", "mag niet null zijn"),
    DATE("impossible date or time {0} (write YYYY-MM-DD, or an ISO-8601 instant with offset)",
        "onmogelijke datum of tijd {0} (schrijf JJJJ-MM-DD, of een ISO-8601-tijdstip met tijdzone)");

    final String en;
    final String nl;

    Value(String en, String nl) {
      this.en = en;
      this.nl = nl;
    }
  }

  /**
   * The Dutch of a problem this class words (a fault in the JSON text, and the most common faults of a value);
   * null for another problem, which stays as it is.
   */
  public static String dutch(String problem) {
    if (problem == null) {
      return null;
    }
    for (Value v : Value.values()) {
      java.util.regex.Matcher words = pattern(v.en).matcher(problem);
      if (words.matches()) {
        return v.nl.replace("{0}", words.groupCount() > 0 ? words.group(1) : "");
      }
    }
    java.util.regex.Matcher m = SYNTAX_PROBLEM.matcher(problem);
    if (!m.matches()) {
      return null;
    }
    String where = m.group(1) == null ? "" : " op regel " + m.group(1) + ", kolom " + m.group(2);
    for (Syntax kind : Syntax.values()) {
      java.util.regex.Matcher words = kind.pattern().matcher(m.group(3));
      if (words.matches()) {
        return "geen geldige JSON" + where + ": " + kind.nl.replace("{0}", words.groupCount() > 0 ? words.group(1) : "");
      }
    }
    return null;
  }

  private static Syntax kind(JacksonException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Trailing token")) {
      return Syntax.TRAILING;
    }
    if (m.startsWith("Duplicate Object property")) {
      return Syntax.DUPLICATE;
    }
    if (m.contains("end-of-input")) {
      return m.contains("closing quote") ? Syntax.END_OF_TEXT : Syntax.END;
    }
    if (m.contains("comment")) {
      return Syntax.COMMENT;
    }
    if (m.contains("CTRL-CHAR")) {
      return Syntax.CONTROL;
    }
    if (m.contains("character escape")) {
      return Syntax.ESCAPE;
    }
    if (m.contains("numeric value")) {
      return Syntax.NUMBER;
    }
    if (m.startsWith("Unexpected close marker")) {
      return Syntax.CLOSE;
    }
    if (m.startsWith("Unrecognized token") || m.startsWith("Non-standard token")) {
      return Syntax.WORD;
    }
    if (m.contains("comma to separate")) {
      return Syntax.COMMA;
    }
    if (m.contains("double-quote to start property name")) {
      return "}".equals(character(m)) ? Syntax.EXTRA_COMMA : Syntax.FIELD_NAME;
    }
    if (m.contains("colon to separate")) {
      return Syntax.COLON;
    }
    // the tree's reader says "a valid value", the parser alone (the syntax scan) "a value"
    if (m.contains("expected a valid value") || m.endsWith("expected a value")) {
      return "]".equals(character(m)) ? Syntax.EXTRA_COMMA : Syntax.VALUE;
    }
    return Syntax.OTHER;
  }

  /** What the parser met, quoted as the sentence shows it: {@code '}'}, {@code 'tru'}, {@code "a"}. */
  private static String found(JacksonException e, Syntax kind) {
    String m = String.valueOf(e.getOriginalMessage());
    String text = switch (kind) {
      case WORD -> group(TOKEN, m);
      case ESCAPE -> group(ESCAPE, m) == null ? null : "\\" + group(ESCAPE, m);
      case DUPLICATE -> group(DUPLICATE, m) == null ? null : "\"" + group(DUPLICATE, m) + "\"";
      case CLOSE -> group(CLOSE_MARKER, m);
      default -> character(m);
    };
    if (kind == Syntax.DUPLICATE && text != null) {
      return Printable.text(text);
    }
    String shown = text == null ? "?" : Printable.text(text);
    return shown.equals("'") ? "\"'\"" : "'" + shown + "'";
  }

  /** The character of "Unexpected character ('x' (code 120))", from its code, so that a quote or a brace is never garbled. */
  private static String character(String message) {
    java.util.regex.Matcher m = UNEXPECTED.matcher(message);
    if (!m.find()) {
      return null;
    }
    int code = Integer.parseInt(m.group(2));
    return new String(Character.toChars(code));
  }

  private static String group(java.util.regex.Pattern p, String text) {
    java.util.regex.Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
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
