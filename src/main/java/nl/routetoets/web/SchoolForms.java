package nl.routetoets.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/** What the two school forms (the application and the route under the law) share on their pages. */
final class SchoolForms {
  private SchoolForms() {}

  /** A date and time as a Dutch page writes it: "19-10-2016 14:36". */
  static final DateTimeFormatter DUTCH_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", Locale.ROOT);

  /** One line of the error summary: the field's label linking to it ({@code field}: its HTML id), or a label alone. */
  public record SummaryLine(String label, String problem, String field) {}

  private static final Pattern ROUTE = Pattern.compile("^(routes\\[\\d+]\\.)");

  /**
   * The choices the form offers for a field a finding is about, named as a fix ("kies een kwalificatie van
   * niveau 2 in domein c – Techniek en procesindustrie: 25333 – Monteur …"); null where the form has no
   * list or the list is not yet known. {@code startField}: the field of the route's first school year.
   */
  static String hint(String field, Map<String, List<String>> values, String startField, SchoolLookups lookups,
      List<SchoolLookups.Option> profielen, MessageSource messages, Locale locale) {
    Matcher route = ROUTE.matcher(field);
    String prefix = route.find() ? route.group(1) : "";
    if (field.endsWith("mbo.qualifications")) {
      Integer level = FormView.level(first(values, prefix + "mbo.level"));
      String domain = first(values, prefix + "mbo.domain");
      String domainName = lookups.domainName(domain);
      if (level == null || domainName == null) {
        return null;
      }
      List<SchoolLookups.Option> choices = lookups.qualifications(level, domain, FormView.start(first(values, startField)));
      return choices.isEmpty() ? messages.getMessage("hint.qualifications.none", new Object[] {level, domainName}, locale)
          : messages.getMessage("hint.qualifications", new Object[] {level, domainName, SchoolLookups.named(choices, 8)}, locale);
    }
    if (field.endsWith("vmbo.profiel")) {
      return messages.getMessage("hint.profiel", new Object[] {SchoolLookups.named(profielen, 30)}, locale);
    }
    if (field.endsWith("mbo.domain")) {
      return messages.getMessage("hint.domain", new Object[] {SchoolLookups.named(lookups.domains(), 20)}, locale);
    }
    return null;
  }

  static String first(Map<String, List<String>> values, String name) {
    List<String> v = values.getOrDefault(name, List.of(""));
    return v.isEmpty() ? "" : v.get(0);
  }
}
