package nl.routetoets.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How counts and rates are published. With suppression, counts 1–4 are shown as "&lt;5" as DUO
 * does, and a rate is withheld when its numerator or denominator is such a count, since the
 * rate would give the count away.
 */
final class Figures {
  static final String SMALL = "<5";
  private final boolean suppress;

  Figures(boolean suppress) {
    this.suppress = suppress;
  }

  boolean hidden(long n) {
    return suppress && n >= 1 && n <= 4;
  }

  /** For summary.json: the number, or "&lt;5". */
  Object count(long n) {
    return hidden(n) ? SMALL : (Object) n;
  }

  /** For summary.json: the rate rounded to four decimals, or null when there is none or it is withheld. */
  BigDecimal rate(long numerator, long denominator) {
    if (denominator == 0 || hidden(numerator) || hidden(denominator)) {
      return null;
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_EVEN);
  }

  /** For report.html: Dutch digit grouping (1.234.567), or "&lt;5". */
  String countText(long n) {
    return hidden(n) ? SMALL : NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(n);
  }

  /** For report.html: "12,3 %", or "–" when there is no rate or it is withheld. */
  String rateText(long numerator, long denominator) {
    BigDecimal r = rate(numerator, denominator);
    if (r == null) {
      return "–";
    }
    return r.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString().replace('.', ',') + " %";
  }
}
