package nl.routetoets.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A school year such as "2016-2017", running from 1 August to 31 July (WVO/WEB). */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{4})");
  private static final int NAMED_FROM = 1990;
  private static final String[] NAMED = java.util.stream.IntStream.range(NAMED_FROM, 2100).mapToObj(SchoolYear::name).toArray(String[]::new);

  @JsonCreator
  public static SchoolYear parse(String text) {
    // the common case without a regular expression: the rules parse school years for every event
    if (text != null && text.length() == 9 && text.charAt(4) == '-' && digits(text)) {
      int first = Integer.parseInt(text, 0, 4, 10);
      if (Integer.parseInt(text, 5, 9, 10) == first + 1) {
        return new SchoolYear(first);
      }
    }
    Matcher m = FORMAT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("a school year is written \"YYYY-YYYY\", e.g. \"2016-2017\", not \"" + text + "\"");
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (second != first + 1) {
      throw new IllegalArgumentException("school year \"" + text + "\" is not two consecutive years");
    }
    return new SchoolYear(first);
  }

  private static boolean digits(String text) {
    for (int i = 0; i < 9; i++) {
      if (i != 4 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  public static SchoolYear containing(LocalDate date) {
    return new SchoolYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, Month.AUGUST, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, Month.JULY, 31);
  }

  public SchoolYear plus(int years) {
    return new SchoolYear(startYear + years);
  }

  public int yearsSince(SchoolYear earlier) {
    return startYear - earlier.startYear;
  }

  @JsonValue
  @Override
  public String toString() {
    // the fact builders name a school year for every event of a trajectory: keep the common ones written out
    int i = startYear - NAMED_FROM;
    return i >= 0 && i < NAMED.length ? NAMED[i] : name(startYear);
  }

  private static String name(int startYear) {
    return startYear + "-" + (startYear + 1);
  }

  @Override
  public int compareTo(SchoolYear o) {
    return Integer.compare(startYear, o.startYear);
  }
}
