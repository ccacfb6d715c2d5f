package nl.routetoets.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.ruleset.Reference;
import nl.routetoets.ruleset.Reference.Qualification;
import nl.routetoets.ruleset.RuleSet;

/**
 * The lists the school's forms offer instead of codes, from the reference data the rule set carries
 * ({@code rules/reference/}, read through {@link Reference}): the vmbo profielen, the opleidingsdomeinen,
 * the qualifications of a level and domain on the list valid at the route's start, and the names of
 * the vo schools in DUO's data. A list is offered as a {@code <select>}, check boxes or a
 * {@code <datalist>}, so that it works without JavaScript; the code stays what the document holds.
 */
final class SchoolLookups {
  /** A choice: the code the document holds and what a person reads. */
  public record Option(String value, String label) {}

  private final Reference reference;
  private final Parameters parameters;

  SchoolLookups(Reference reference, Parameters parameters) {
    this.reference = reference;
    this.parameters = parameters;
  }

  static SchoolLookups of(RuleSet ruleSet) {
    return new SchoolLookups(ruleSet.reference(), ruleSet.parameters());
  }

  Reference reference() {
    return reference;
  }

  /** The beroepsgerichte profielen: "PIE – Produceren, installeren en energie". */
  List<Option> profielen() {
    return reference.profielen().stream().map(p -> new Option(p.code(), p.code() + " – " + p.name())).toList();
  }

  boolean isProfiel(String code) {
    return reference.profiel(code) != null;
  }

  /** Every domain row: its crebo, read as "c – Techniek en procesindustrie". */
  List<Option> domains() {
    return reference.domains().stream().map(d -> new Option(d.crebo(), d.letter() + " – " + d.name())).toList();
  }

  /** The domain a value names ("79020", "c"), read as "c – Techniek en procesindustrie"; null when it names none. */
  String domainName(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (Reference.Domain d : reference.domains()) {
      if (d.crebo().equals(value)) {
        return d.letter() + " – " + d.name();
      }
    }
    String letter = value.length() == 1 ? reference.domainLetter(value) : null;
    return letter == null ? null : letter + " – " + reference.domainName(letter);
  }

  /** The letter of the domain a value names (crebo, letter or name); null when none. */
  String domainLetter(String value) {
    return value == null || value.isBlank() ? null : reference.domainLetter(value);
  }

  /**
   * The qualifications a route of this level and domain may name: on a list valid at its start (both lists
   * when the start is not known), of that level and in that domain, by crebo. None when neither the level
   * nor the domain is known: the whole list is no choice.
   */
  List<Option> qualifications(Integer level, String domain, LocalDate start) {
    String letter = domainLetter(domain);
    if (level == null && letter == null) {
      return List.of();
    }
    return reference.qualifications().stream()
        .filter(q -> level == null || q.level() == level)
        .filter(q -> letter == null || letter.equals(q.domainLetter()))
        .filter(q -> start == null || !Boolean.FALSE.equals(parameters.qualificationStructureValidAt(q.structure(), start)))
        .map(q -> new Option(q.crebo(), q.crebo() + " – " + q.name()))
        .toList();
  }

  /** Every qualification on a list valid at the start (both lists when it is not known), for a list to type from. */
  List<Option> allQualifications(LocalDate start) {
    return reference.qualifications().stream()
        .filter(q -> start == null || !Boolean.FALSE.equals(parameters.qualificationStructureValidAt(q.structure(), start)))
        .map(q -> new Option(q.crebo(), q.crebo() + " – " + q.name()))
        .toList();
  }

  /** "25333 – Monteur elektrotechnische installaties (niveau 2, c – Techniek en procesindustrie)"; null for a crebo the lists do not hold. */
  String qualificationName(String crebo) {
    Qualification q = reference.qualification(crebo);
    if (q == null) {
      return null;
    }
    return q.crebo() + " – " + q.name() + " (niveau " + q.level() + ", " + domainName(q.domainLetter()) + ")";
  }

  /** The level of a crebo; null when the lists do not hold it. */
  Integer levelOf(String crebo) {
    Qualification q = reference.qualification(crebo);
    return q == null ? null : q.level();
  }

  /** The vestigingen of these BRINs in DUO's data: the BRIN, read with the school's name and place. */
  List<Option> schools(Collection<String> brins) {
    return reference.vestigingen().stream().filter(s -> brins.contains(s.brin()))
        .map(s -> new Option(s.brin(), s.brin() + " " + s.vestiging() + " – " + s.name() + ", " + place(s.municipality())))
        .distinct().toList();
  }

  /** The name of a school's vestiging (or, without a vestiging, its first) in DUO's data; null when it is not there. */
  String schoolName(String brin, String vestiging) {
    if (brin == null || brin.isBlank()) {
      return null;
    }
    return reference.vestigingen().stream()
        .filter(s -> s.brin().equals(brin) && (vestiging == null || vestiging.isBlank() || s.vestiging().equals(vestiging)))
        .map(s -> s.name() + ", " + place(s.municipality())).findFirst().orElse(null);
  }

  /** The name of the school at this BRIN and vestiging (or of its only vestiging) in DUO's data, to fill in; null when not one. */
  String schoolNameToFill(String brin, String vestiging) {
    List<Reference.Vestiging> found = reference.vestigingen().stream()
        .filter(s -> s.brin().equals(brin) && (vestiging == null || vestiging.isBlank() || s.vestiging().equals(vestiging))).toList();
    return found.size() == 1 ? found.get(0).name() : null;
  }

  /** DUO writes places in capitals: "ENSCHEDE" reads "Enschede", "'S-HERTOGENBOSCH" "'s-Hertogenbosch". */
  static String place(String municipality) {
    if (municipality == null || municipality.isBlank()) {
      return "";
    }
    java.util.regex.Matcher word = WORD.matcher(municipality.toLowerCase(java.util.Locale.ROOT));
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      String w = word.group();
      String shown = w.startsWith("'") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
      word.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(shown));
    }
    word.appendTail(out);
    return out.toString();
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}']+");

  /** The choices named in a fix: "25333 – Monteur …, 25334 – …" (at most {@code max}, then how many more). */
  static String named(List<Option> options, int max) {
    String shown = String.join("; ", options.stream().limit(max).map(Option::label).filter(Objects::nonNull).toList());
    return options.size() > max ? shown + " … (+" + (options.size() - max) + ")" : shown;
  }
}
