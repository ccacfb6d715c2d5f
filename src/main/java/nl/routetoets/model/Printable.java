package nl.routetoets.model;

/**
 * Input echoed in an error message or path, made safe to print, log, store and write as JSON or UTF-8:
 * control characters, invisible and direction-changing characters and unpaired surrogates are written
 * as {@code \}{@code uXXXX}, and long values are cut short.
 */
public final class Printable {
  /** How much of a value an error message repeats. */
  static final int MAX_VALUE = 80;
  /** How long an error message or path may be. */
  static final int MAX_TEXT = 600;

  private Printable() {}

  /**
   * A value quoted for an error message: everything outside printable ASCII escaped, so that a look-alike
   * letter ({@code \}{@code u0410} for a Cyrillic A) shows what it is.
   */
  public static String quote(Object value) {
    if (value == null) {
      return "null";
    }
    String s = value.toString();
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_VALUE) + 8).append('"');
    int i = 0;
    for (; i < s.length() && b.length() < MAX_VALUE; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        b.append(c);
      } else {
        escape(b, c);
      }
    }
    return b.append(i < s.length() ? "\"…" : "\"").toString();
  }

  /** A message or path with its unprintable characters escaped; other text stays as it is. */
  public static String text(String s) {
    if (s == null) {
      return null;
    }
    if (clean(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_TEXT) + 8);
    int i = 0;
    for (; i < s.length() && b.length() < MAX_TEXT; i++) {
      char c = s.charAt(i);
      if (unsafe(s, i)) {
        escape(b, c);
      } else {
        b.append(c);
      }
    }
    return i < s.length() ? b.append('…').toString() : b.toString();
  }

  /** True when every surrogate in {@code s} is half of a pair: the text can be written as UTF-8. */
  public static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean clean(String s) {
    if (s.length() > MAX_TEXT) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (unsafe(s, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean unsafe(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
      return true;
    }
    if (c < 0x80) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
  }

  private static void escape(StringBuilder b, char c) {
    switch (c) {
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      default -> b.append(String.format("\\u%04x", (int) c));
    }
  }
}
