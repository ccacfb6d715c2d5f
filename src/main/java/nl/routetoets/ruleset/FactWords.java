package nl.routetoets.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a finding's facts become in a message, per language: a field by the label the school sees
 * on the form ({@code f.*} of messages.properties; for trajectory fields, the name the register gives
 * them), and a code value ({@code VMBO_COMMON_PART}, {@code VMR2}, {@code true}) by its word
 * ({@code code.*}). The facts themselves keep the document's names and codes; only the messages,
 * which are for people, use words.
 */
final class FactWords {
  static final FactWords NL = new FactWords("messages.properties");
  static final FactWords EN = new FactWords("messages_en.properties");

  /** The route part of a path: {@code routes[0].} of an application, {@code route.} of a trajectory. */
  private static final Pattern ROUTE_PREFIX = Pattern.compile("^(?:routes\\[\\d+]|route)\\.");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final Properties texts = new Properties();

  private FactWords(String resource) {
    try (InputStream in = FactWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the class path");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The label of the field at a JSON path, in quotes: {@code routes[0].design.hours.total} →
   * 'Uren totaal', {@code years[2].elementcode} → 'Elementcode (schooljaar 3 van het traject)'.
   * A path without a label stays as it is (MessageTextTest keeps that from reaching a message).
   */
  String field(String path) {
    String key = ROUTE_PREFIX.matcher(path).replaceFirst("");
    Matcher index = INDEX.matcher(key);
    String ordinal = index.find() ? String.valueOf(Integer.parseInt(index.group(1)) + 1) : null;
    key = INDEX.matcher(key).replaceAll("");
    String label = texts.getProperty("f." + key);
    if (label == null) {
      return path;
    }
    return "'" + (ordinal == null ? label.replace(" {0}", "").replace("{0}", "") : label.replace("{0}", ordinal)) + "'";
  }

  /**
   * A fact's value as words: code values and yes/no by their word, lists joined, numbers plain, a
   * field the fact points at by its label.
   */
  String value(Object value) {
    if (value == null) {
      return "?";
    }
    if (value instanceof FieldValue f) {
      return f.value() == null ? field(f.field()) : field(f.field()) + ": " + value(f.value());
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(this::value).collect(Collectors.joining(", "));
    }
    String s = value.toString();
    return texts.getProperty("code." + s, s);
  }

  /** The fields at the paths of {@code out.unknown}, as labels. */
  String fields(String commaSeparatedPaths) {
    return java.util.Arrays.stream(commaSeparatedPaths.split(", ")).map(this::field).collect(Collectors.joining(", "));
  }
}
