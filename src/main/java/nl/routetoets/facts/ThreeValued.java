package nl.routetoets.facts;

import java.math.BigDecimal;

/**
 * Three-valued logic for the rules: {@code null} is "not known", never false. A rule file imports
 * these as functions ({@code import function nl.routetoets.facts.ThreeValued.en;}) and matches the
 * outcome as a word with {@link #uitkomst}.
 */
public final class ThreeValued {
  private ThreeValued() {}

  public static final String JA = "ja";
  public static final String NEE = "nee";
  public static final String ONBEKEND = "onbekend";

  /** Both: false as soon as one is false, unknown while one is unknown. */
  public static Boolean en(Boolean a, Boolean b) {
    if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
      return Boolean.FALSE;
    }
    return a == null || b == null ? null : Boolean.TRUE;
  }

  /** Either: true as soon as one is true, unknown while one is unknown. */
  public static Boolean of(Boolean a, Boolean b) {
    if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
      return Boolean.TRUE;
    }
    return a == null || b == null ? null : Boolean.FALSE;
  }

  public static Boolean niet(Boolean a) {
    return a == null ? null : Boolean.valueOf(!a.booleanValue());
  }

  /** Whether a grade is at least the bound; unknown without a grade. */
  public static Boolean minstens(BigDecimal cijfer, int grens) {
    return cijfer == null ? null : Boolean.valueOf(cijfer.compareTo(BigDecimal.valueOf(grens)) >= 0);
  }

  /** Whether a rating (formats.md: ONVOLDOENDE, VOLDOENDE, GOED) is voldoende or goed; unknown without one. */
  public static Boolean voldoendeOfGoed(String oordeel) {
    return oordeel == null ? null : Boolean.valueOf("VOLDOENDE".equals(oordeel) || "GOED".equals(oordeel));
  }

  /** An outcome as a word, so that a pattern can match it: "ja", "nee" or "onbekend". */
  public static String uitkomst(Boolean b) {
    return b == null ? ONBEKEND : b.booleanValue() ? JA : NEE;
  }
}
