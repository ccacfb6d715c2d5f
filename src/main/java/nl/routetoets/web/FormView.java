package nl.routetoets.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.web.ApplicationForm.Field;
import nl.routetoets.web.ApplicationForm.Group;
import nl.routetoets.web.SchoolLookups.Option;
import org.springframework.context.MessageSource;

/**
 * The application form ready to render: every field with its label, help, current value(s), choices,
 * the error about it and the findings about it. Labels and help come from the messages ({@code f.<path>},
 * {@code h.<path>} with the route index left out); a choice shows its label ({@code code.<value>}) or
 * else its code. Profiel, domain, qualifications and BRINs are chosen from the rule set's reference data
 * ({@link SchoolLookups}): a select, check boxes, or a text field with a datalist, all without JavaScript.
 */
public record FormView(List<GroupView> groups, List<RouteGroups> routes, List<Datalist> datalists) {
  public record GroupView(String title, List<FieldView> fields) {}

  public record RouteGroups(int index, String routeId, List<GroupView> groups) {}

  /** A {@code <datalist>}: its id and its options. */
  public record Datalist(String id, List<Option> options) {}

  /**
   * {@code kind}: how the template shows it: TEXT, DATE, NUMBER, BOOL, ENUM (a select), ENUM_LIST (check
   * boxes), LOOKUP (a text field with the datalist {@code listId}, and the name of its code in
   * {@code resolved}) or QUALIFICATIONS (check boxes of {@code options}, the chosen ones outside them in
   * {@code chosen}, and a text field with the datalist {@code listId} to add more).
   */
  public record FieldView(String name, String id, String kind, String label, String help, String value, List<String> values,
      List<Option> options, String error, List<SchoolResult.Finding> findings, String resolved, String listId, List<Option> chosen) {

    /** The ids that describe the input: help, the name of its code, the error, the findings beside it. */
    public String describedBy() {
      return FormView.describedBy(id, help, resolved, error, findings);
    }

    public boolean isChoice(String v) {
      return options.stream().anyMatch(o -> o.value().equals(v));
    }
  }

  /** What the form is rendered with besides its values: the lookups, the school's BRINs, the institutions it named before. */
  record Context(SchoolLookups lookups, java.util.Collection<String> brins, List<Option> institutions) {}

  static final String DOMAINS = "dl-domains";
  static final String SCHOOLS = "dl-schools";
  static final String INSTITUTIONS = "dl-institutions";

  static FormView of(Map<String, List<String>> values, Map<String, String> errors, Map<String, List<SchoolResult.Finding>> findings,
      int routeCount, Context context, MessageSource messages, Locale locale) {
    LocalDate start = start(first(values, "startSchoolYear"));
    List<Datalist> datalists = new ArrayList<>(List.of(
        new Datalist(DOMAINS, context.lookups().domains()),
        new Datalist(SCHOOLS, context.lookups().schools(context.brins())),
        new Datalist(INSTITUTIONS, context.institutions())));
    List<GroupView> groups = new ArrayList<>();
    for (Group g : ApplicationForm.APPLICATION) {
      groups.add(group(g, "", values, errors, findings, context, start, messages, locale));
    }
    List<RouteGroups> routes = new ArrayList<>();
    for (int i = 0; i < routeCount; i++) {
      String prefix = ApplicationForm.routePrefix(i);
      List<GroupView> routeGroups = new ArrayList<>();
      for (Group g : ApplicationForm.ROUTE) {
        routeGroups.add(group(g, prefix, values, errors, findings, context, start, messages, locale));
      }
      routes.add(new RouteGroups(i, first(values, prefix + "routeId"), routeGroups));
      datalists.add(new Datalist(qualificationList(i), qualificationsToType(values, prefix, context.lookups(), start)));
    }
    return new FormView(groups, routes, datalists);
  }

  /** The first day of a school year typed as the formats write it; null when it is not one. */
  static LocalDate start(String schoolYear) {
    try {
      return schoolYear == null || schoolYear.isBlank() ? null : SchoolYear.parse(schoolYear.strip()).firstDay();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String qualificationList(int route) {
    return "dl-quals-" + route;
  }

  private static String first(Map<String, List<String>> values, String name) {
    List<String> v = values.getOrDefault(name, List.of(""));
    return v.isEmpty() ? "" : v.get(0);
  }

  static Integer level(String typed) {
    return typed != null && typed.strip().matches("\\d{1,2}") ? Integer.valueOf(typed.strip()) : null;
  }

  /** The qualifications a route could name, to type from: those of its level and domain as far as known, else every one valid at its start. */
  private static List<Option> qualificationsToType(Map<String, List<String>> values, String prefix, SchoolLookups lookups, LocalDate start) {
    List<Option> some = lookups.qualifications(level(first(values, prefix + "mbo.level")), first(values, prefix + "mbo.domain"), start);
    return some.isEmpty() ? lookups.allQualifications(start) : some;
  }

  private static GroupView group(Group g, String prefix, Map<String, List<String>> values, Map<String, String> errors,
      Map<String, List<SchoolResult.Finding>> findings, Context context, LocalDate start, MessageSource messages, Locale locale) {
    List<FieldView> fields = new ArrayList<>();
    SchoolLookups lookups = context.lookups();
    for (Field f : g.fields()) {
      String name = prefix + f.path();
      List<String> v = values.getOrDefault(name, List.of(""));
      String value = v.isEmpty() ? "" : v.get(0);
      String label = messages.getMessage("f." + f.path(), null, f.path(), locale);
      String help = messages.getMessage("h." + f.path(), null, null, locale);
      String error = errors.get(name);
      List<SchoolResult.Finding> beside = findings.getOrDefault(name, List.of());
      FieldView view = switch (f.kind()) {
        case PROFIEL -> new FieldView(name, fieldId(name), "ENUM", label, help, value, v, lookups.profielen(), error, beside, null, null,
            List.of());
        case DOMAIN -> new FieldView(name, fieldId(name), "LOOKUP", label, help, value, v, List.of(), error, beside,
            lookups.domainName(value), DOMAINS, List.of());
        case BRIN -> {
          boolean school = f.path().startsWith("applicant.school");
          String resolved = school ? lookups.schoolName(value, first(values, "applicant.school.vestiging"))
              : context.institutions().stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(null);
          yield new FieldView(name, fieldId(name), "LOOKUP", label, help, value, v, List.of(), error, beside, resolved,
              school ? SCHOOLS : INSTITUTIONS, List.of());
        }
        case QUALIFICATIONS -> {
          List<Option> choices = lookups.qualifications(level(first(values, prefix + "mbo.level")), first(values, prefix + "mbo.domain"), start);
          List<Option> chosen = v.stream().filter(c -> !c.isBlank() && choices.stream().noneMatch(o -> o.value().equals(c)))
              .map(c -> new Option(c, java.util.Objects.requireNonNullElse(lookups.qualificationName(c), c))).toList();
          int route = Integer.parseInt(prefix.replaceAll("\\D", ""));
          yield new FieldView(name, fieldId(name), "QUALIFICATIONS", label, help, value, v, choices, error, beside, null,
              qualificationList(route), chosen);
        }
        default -> {
          List<Option> options = f.options().stream()
              .map(o -> new Option(o, messages.getMessage("code." + o, null, o, locale))).toList();
          String kind = switch (f.kind()) {
            case INT, DECIMAL -> "NUMBER";
            case SCHOOL_YEAR, LIST -> "TEXT";
            default -> f.kind().name();
          };
          yield new FieldView(name, fieldId(name), kind, label, help, value, v, options, error, beside, null, null, List.of());
        }
      };
      fields.add(view);
    }
    return new GroupView(messages.getMessage("g." + g.key(), null, g.key(), locale), fields);
  }

  /** An HTML id for an input named by a JSON path: "routes[0].design.years" → "f-routes-0-design-years". */
  static String fieldId(String name) {
    return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }

  /** The ids that describe an input of the school's forms: its help, the name of its code, its error, the findings beside it. */
  static String describedBy(String id, String help, String resolved, String error, List<?> findings) {
    List<String> ids = new ArrayList<>();
    if (help != null) {
      ids.add(id + "-help");
    }
    if (resolved != null) {
      ids.add(id + "-name");
    }
    if (error != null) {
      ids.add(id + "-err");
    }
    if (!findings.isEmpty()) {
      ids.add(id + "-findings");
    }
    return ids.isEmpty() ? null : String.join(" ", ids);
  }
}
