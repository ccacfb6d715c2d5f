package nl.routetoets.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Moments as people in the Netherlands read them: in Dutch time (Europe/Amsterdam, summer time included),
 * with the month in words, "7 december 2026 14:05" (in English "7 December 2026 14:05"). The database and
 * the API keep UTC; only pages show this. In a template: {@code <time th:datetime="${@times.iso(t)}"
 * th:text="${@times.at(t)}">}, or {@code @times.day(t)} for the date alone.
 */
@Component("times")
public class Times {
  /** The time zone of every moment shown on a page. */
  public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

  /** Date and time, e.g. "7 december 2026 14:05"; empty for null. */
  public String at(TemporalAccessor moment) {
    return at(moment, LocaleContextHolder.getLocale());
  }

  /** The date alone, e.g. "7 december 2026"; empty for null. */
  public String day(TemporalAccessor moment) {
    return day(moment, LocaleContextHolder.getLocale());
  }

  /** The moment for a {@code <time datetime>} attribute: ISO-8601 with its offset in Dutch time; empty for null. */
  public String iso(TemporalAccessor moment) {
    ZonedDateTime z = dutch(moment);
    return z == null ? "" : z.toOffsetDateTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  static String at(TemporalAccessor moment, Locale locale) {
    ZonedDateTime z = dutch(moment);
    return z == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", language(locale)).format(z);
  }

  static String day(TemporalAccessor moment, Locale locale) {
    if (moment instanceof LocalDate d) {
      return DateTimeFormatter.ofPattern("d MMMM yyyy", language(locale)).format(d);
    }
    ZonedDateTime z = dutch(moment);
    return z == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language(locale)).format(z);
  }

  /** Dutch unless the page is English: the month names of the page's language. */
  private static Locale language(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : WebConfig.DUTCH;
  }

  private static ZonedDateTime dutch(TemporalAccessor moment) {
    if (moment == null) {
      return null;
    }
    if (moment instanceof Instant i) {
      return i.atZone(DUTCH_TIME);
    }
    if (moment instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(DUTCH_TIME);
    }
    if (moment instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(DUTCH_TIME);
    }
    throw new IllegalArgumentException("not a moment in time: " + moment.getClass().getSimpleName()
        + "; a local date or time has no zone to show it in Dutch time");
  }
}
