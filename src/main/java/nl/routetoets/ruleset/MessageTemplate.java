package nl.routetoets.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * A rule message split once, at load, into literal text and {@code ${name}} slots, so that a finding
 * does not parse its rule's messages again. It gives exactly what {@link StringSubstitutor} gives:
 * whatever the plain split cannot vouch for (escapes, defaults, a value that itself holds a
 * {@code $}, a name that is not given) goes to the substitutor, which then also throws as before.
 */
final class MessageTemplate {
  private final String text;
  /** Literal and name parts alternating, starting with a literal; null when the text is not plain. */
  private final String[] parts;

  private MessageTemplate(String text, String[] parts) {
    this.text = text;
    this.parts = parts;
  }

  static MessageTemplate of(String text) {
    return new MessageTemplate(text, split(text));
  }

  /** Null when the text has a {@code $} that is not a plain {@code ${name}}. */
  private static String[] split(String text) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', from)) {
      int end = text.indexOf('}', i);
      if (i + 1 >= text.length() || text.charAt(i + 1) != '{' || end < 0) {
        return null;
      }
      String name = text.substring(i + 2, end);
      if (name.isEmpty() || name.indexOf('$') >= 0 || name.indexOf('{') >= 0 || name.indexOf(':') >= 0) {
        return null;
      }
      parts.add(text.substring(from, i));
      parts.add(name);
      from = end + 1;
    }
    parts.add(text.substring(from));
    return parts.toArray(String[]::new);
  }

  /** The text with every {@code ${name}} replaced by its word. */
  String fill(Map<String, String> words) {
    if (parts == null) {
      return substitutor(words).replace(text);
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    out.append(parts[0]);
    for (int i = 1; i < parts.length; i += 2) {
      String word = words.get(parts[i]);
      if (word == null || word.indexOf('$') >= 0) {
        return substitutor(words).replace(text);
      }
      out.append(word).append(parts[i + 1]);
    }
    return out.toString();
  }

  private static StringSubstitutor substitutor(Map<String, String> words) {
    return new StringSubstitutor(words).setEnableUndefinedVariableException(true);
  }
}
