package nl.routetoets.ruleset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dated parameters of the structural law of 2020 ({@code rules/parameters/wet2020.json}): from when
 * the WVO text cited on a date and its renumbering, the leerweg–level matrix, the duration
 * bands, the hour tables and the provider forms; and how the law counts a student's leerjaren of the route.
 */
public record LawParameters(
    String about,
    List<ArticleText> articleTexts,
    Map<String, String> renumbered,
    List<LeerwegLevels> leerwegLevels,
    Glr glr,
    List<Integer> dlrLevels,
    List<String> tlProfielen,
    String tlProfielenSource,
    List<Integer> centralExamRouteYears,
    List<Band> durationBands,
    List<Parameters.HourNorm> hours,
    List<ProviderForm> providerForms,
    Trajectory trajectory) {

  public record ArticleText(String text, String regulation, LocalDate validFrom, LocalDate validUntil, String source) {}

  public record LeerwegLevels(String leerweg, List<Integer> levels, String source) {}

  public record Glr(List<String> leerwegen, int level, List<String> vboLeerwegen, String source) {}

  public record Band(int programmeYears, boolean extended, int minYears, int maxYears, String part, String source) {}

  public record ProviderForm(String form, boolean oneBoard, LocalDate validFrom, LocalDate validUntil, String source) {}

  /**
   * A student's route under the law: the vmbo leerjaar of route leerjaar 1, how many leerjaren the student
   * is a pupil of the school, the leerjaar in which central-exam subjects may already be sat, and from
   * which age the Leerplichtwet stops applying.
   */
  public record Trajectory(
      String about, int firstVmboLeerjaar, int schoolLeerjaren, int earlyCentralExamLeerjaar, String source,
      List<Leerplicht> leerplicht) {

    /** The first leerjaar in which the student is enrolled at the institution (WVO 10b14(2)). */
    public int firstInstitutionLeerjaar() {
      return schoolLeerjaren + 1;
    }

    /** The day the Leerplichtwet stops applying to a student born on this day; null when no entry covers that day. */
    public LocalDate leerplichtEndsOn(LocalDate birthDate) {
      if (birthDate == null) {
        return null;
      }
      for (Leerplicht l : leerplicht) {
        LocalDate ends = birthDate.plusYears(l.endsAtAge());
        if (Parameters.Dated.covers(l.validFrom(), l.validUntil(), ends)) {
          return ends;
        }
      }
      return null;
    }
  }

  public record Leerplicht(int endsAtAge, LocalDate validFrom, LocalDate validUntil, String source) {}

  /** The WVO text in force on a date: {@code WVO} (10b10–10b21) or {@code WVO2020} (2.107a–2.107l); null before the law. */
  public String articleTextOn(LocalDate date) {
    if (date == null) {
      return null;
    }
    for (ArticleText t : articleTexts) {
      if (Parameters.Dated.covers(t.validFrom(), t.validUntil(), date)) {
        return t.text();
      }
    }
    return null;
  }

  /** Whether a DLR may lead from this leerweg to this mbo level (WVO 10b10(3)); null when either is unknown. */
  public Boolean leerwegLeadsTo(String leerweg, Integer level) {
    if (leerweg == null || level == null) {
      return null;
    }
    return leerwegLevels.stream().anyMatch(l -> l.leerweg().equals(leerweg) && l.levels().contains(level));
  }

  /** The duration band for the mbo programme's length; null when the length is unknown or has no band. */
  public Band band(Integer programmeYears, Boolean extended) {
    if (programmeYears == null) {
      return null;
    }
    for (Band b : durationBands) {
      if (b.programmeYears() == programmeYears && b.extended() == Boolean.TRUE.equals(extended)) {
        return b;
      }
    }
    return null;
  }

  /** The hour row for a pathway and a route of this many years; null when there is none. */
  public Parameters.HourNorm hourNorm(String pathway, Integer years) {
    if (pathway == null || years == null) {
      return null;
    }
    for (Parameters.HourNorm n : hours) {
      if (n.pathway().equals(pathway) && n.years() == years) {
        return n;
      }
    }
    return null;
  }

  /** The provider form's entry; null when the form is unknown or not a form of the law. */
  public ProviderForm providerForm(String form) {
    return form == null ? null : providerForms.stream().filter(f -> f.form().equals(form)).findFirst().orElse(null);
  }
}
