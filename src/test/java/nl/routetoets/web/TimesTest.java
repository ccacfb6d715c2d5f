package nl.routetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Moments on the pages: Dutch time with its summer time, the month in words, in the page's language. */
class TimesTest {
  private static final Locale NL = Locale.forLanguageTag("nl");

  @Test
  void aWinterMomentInUtcIsShownAnHourLaterInDutch() {
    assertThat(Times.at(Instant.parse("2026-12-07T13:05:00Z"), NL)).isEqualTo("7 december 2026 14:05");
    assertThat(Times.at(Instant.parse("2026-12-07T13:05:00Z"), Locale.ENGLISH)).isEqualTo("7 December 2026 14:05");
  }

  @Test
  void aSummerMomentIsShownTwoHoursLaterAndTheDayMayChange() {
    assertThat(Times.at(OffsetDateTime.of(2026, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC), NL)).isEqualTo("2 juli 2026 00:30");
    assertThat(Times.day(OffsetDateTime.of(2026, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC), NL)).isEqualTo("2 juli 2026");
    assertThat(new Times().iso(OffsetDateTime.of(2026, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("2026-07-02T00:30+02:00");
  }

  @Test
  void aDateIsShownAsItIsAndNothingShowsAsEmpty() {
    assertThat(Times.day(LocalDate.of(2027, 3, 1), NL)).isEqualTo("1 maart 2027");
    assertThat(Times.at(null, NL)).isEmpty();
    assertThat(new Times().iso(null)).isEmpty();
  }

  @Test
  void aTimeWithoutZoneIsRefusedRatherThanGuessed() {
    assertThatThrownBy(() -> Times.at(LocalDateTime.of(2026, 1, 1, 12, 0), NL)).isInstanceOf(IllegalArgumentException.class);
  }
}
