package nl.routetoets.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule message split once, at load, into literal text and {@code ${name}} slots. Filling it puts
 * each fact's words into its slot as plain text and never reads them as a template again: a value
 * sent in a document ({@code "${x}"}, {@code "${nope:-79140}"}) appears in the finding exactly as
 * sent, so a finding and the receipt made of it cannot be made to say something else.
 *
 * <p>The syntax is deliberately small: {@code ${name}} with a name of letters, digits and
 * underscores. Anything else after a {@code $} is refused when the rule set is loaded, so a rule
 * author learns of a typo before a finding is ever written.
 */
final class MessageTemplate {
  /** Literal and name parts alternating, starting and ending with a literal. */
  private final String[] parts;

  private MessageTemplate(String[] parts) {
    this.parts = parts;
  }

  /** @throws IllegalArgumentException naming the position of a {@code $} that is not a plain {@code ${name}} */
  static MessageTemplate of(String text) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', from)) {
      int end = text.indexOf('}', i);
      if (i + 1 >= text.length() || text.charAt(i + 1) != '{' || end < 0 || !isName(text, i + 2, end)) {
        throw new IllegalArgumentException("at character " + (i + 1) + " of \"" + text
            + "\": a message names a fact only as ${name}, with letters, digits and _");
      }
      parts.add(text.substring(from, i));
      parts.add(text.substring(i + 2, end));
      from = end + 1;
    }
    parts.add(text.substring(from));
    return new MessageTemplate(parts.toArray(String[]::new));
  }

  private static boolean isName(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c == '_' || c < 128 && Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with every slot replaced by its word, as text.
   *
   * @throws IllegalArgumentException when the rule gave no fact for a slot: a defect of the rule
   */
  String fill(Map<String, String> words) {
    StringBuilder out = new StringBuilder(parts[0].length() + 64);
    out.append(parts[0]);
    for (int i = 1; i < parts.length; i += 2) {
      String word = words.get(parts[i]);
      if (word == null) {
        throw new IllegalArgumentException("the message names ${" + parts[i] + "}, but the rule gave no fact of that name");
      }
      out.append(word).append(parts[i + 1]);
    }
    return out.toString();
  }
}
