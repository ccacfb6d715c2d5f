package nl.routetoets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.routetoets.ruleset.LawParameters;
import nl.routetoets.ruleset.Reference;
import nl.routetoets.web.FormView.Datalist;
import nl.routetoets.web.SchoolResult.Finding;
import nl.routetoets.web.RouteForm.Field;
import nl.routetoets.web.RouteForm.Group;
import org.springframework.context.MessageSource;

/**
 * The route form ready to render: every field with its label, help, value(s), choices, the error
 * about it and the findings about it. Texts come from the messages: {@code routeForm.f.<path>} (label),
 * {@code routeForm.h.<path>} (help), {@code routeForm.g.<group>} and {@code routeForm.gh.<group>} (a
 * group's title and help); a choice shows {@code routeForm.o.<path>.<value>}, else {@code code.<value>},
 * else its code. The vmbo profielen are the rule set's: its reference list, then the TL profielen of
 * the law's parameters; the domain, the qualifications (of the plan's level and domain) and the BRINs
 * are chosen from its reference data too ({@link SchoolLookups}), without JavaScript.
 */
public record RouteFormView(List<GroupView> groups, List<Datalist> datalists) {
  public record GroupView(String key, String title, String help, List<FieldView> fields) {}

  public record Option(String value, String label) {}

  /** Choices under a heading ({@code <optgroup>}); {@code label} null for choices without one. */
  public record OptionGroup(String label, List<Option> options) {}

  /**
   * {@code kind}: how the template shows it: {@code TEXT}, {@code DATE}, {@code NUMBER}, {@code BOOL}
   * (unknown, yes, no), {@code SELECT} (unknown and the choices), {@code CHECKS} (check boxes),
   * {@code LOOKUP} (a text field with the datalist {@code listId}, the name of its code in {@code resolved})
   * or {@code QUALIFICATIONS} (check boxes of the choices, those chosen outside them in {@code chosen}, and
   * a text field with the datalist {@code listId}). {@code findings}: the findings whose path (or, for a
   * finding about the whole route, whose missing facts) name this field.
   */
  public record FieldView(String name, String id, String kind, String label, String help, String value, List<String> values,
      List<OptionGroup> optionGroups, String error, List<Finding> findings, String resolved, String listId, List<Option> chosen) {

    /** Every choice, headed or not: for check boxes, and to tell a value that is no choice. */
    public List<Option> options() {
      return optionGroups.stream().flatMap(g -> g.options().stream()).toList();
    }

    public boolean isChoice(String v) {
      return options().stream().anyMatch(o -> o.value().equals(v));
    }

    /** The ids that describe the input: help, error, findings. */
    public String describedBy() {
      return FormView.describedBy(id, help, resolved, error, findings);
    }
  }

  static final String QUALIFICATIONS = "dl-quals";

  static RouteFormView of(Map<String, List<String>> values, Map<String, String> errors, Map<String, List<Finding>> findings,
      SchoolLookups lookups, LawParameters law, FormView.Context context, MessageSource messages, Locale locale) {
    java.time.LocalDate start = FormView.start(SchoolForms.first(values, "firstSchoolYear"));
    Integer level = FormView.level(SchoolForms.first(values, "mbo.level"));
    String domain = SchoolForms.first(values, "mbo.domain");
    List<SchoolLookups.Option> qualifications = lookups.qualifications(level, domain, start);
    List<SchoolLookups.Option> domains = new ArrayList<>(lookups.domains());
    domains.add(new SchoolLookups.Option("NONE", messages.getMessage("routeForm.domain.none", null, locale)));
    List<Datalist> datalists = List.of(new Datalist(FormView.DOMAINS, domains),
        new Datalist(FormView.SCHOOLS, lookups.schools(context.brins())), new Datalist(FormView.INSTITUTIONS, context.institutions()),
        new Datalist(QUALIFICATIONS, qualifications.isEmpty() ? lookups.allQualifications(start) : qualifications));
    List<GroupView> groups = new ArrayList<>();
    for (Group g : RouteForm.GROUPS) {
      List<FieldView> fields = new ArrayList<>();
      for (Field f : g.fields()) {
        List<String> v = values.getOrDefault(f.path(), List.of(""));
        String value = v.isEmpty() ? "" : v.get(0);
        String label = text("routeForm.f." + f.path(), f.path(), messages, locale);
        String help = text("routeForm.h." + f.path(), null, messages, locale);
        List<Finding> beside = findings.getOrDefault(f.path(), List.of());
        FieldView view = switch (f.kind()) {
          case DOMAIN -> new FieldView(f.path(), FormView.fieldId(f.path()), "LOOKUP", label, help, value, v, List.of(), errors.get(f.path()),
              beside, "NONE".equals(value) ? messages.getMessage("routeForm.domain.none", null, locale) : lookups.domainName(value),
              FormView.DOMAINS, List.of());
          case BRIN -> {
            boolean school = f.path().startsWith("provider.school");
            String resolved = school ? lookups.schoolName(value, SchoolForms.first(values, "provider.school.vestiging"))
                : context.institutions().stream().filter(o -> o.value().equals(value)).map(SchoolLookups.Option::label).findFirst()
                    .orElse(null);
            yield new FieldView(f.path(), FormView.fieldId(f.path()), "LOOKUP", label, help, value, v, List.of(), errors.get(f.path()),
                beside, resolved, school ? FormView.SCHOOLS : FormView.INSTITUTIONS, List.of());
          }
          case QUALIFICATIONS -> {
            List<Option> choices = qualifications.stream().map(o -> new Option(o.value(), o.label())).toList();
            List<Option> chosen = v.stream().filter(c -> !c.isBlank() && choices.stream().noneMatch(o -> o.value().equals(c)))
                .map(c -> new Option(c, Objects.requireNonNullElse(lookups.qualificationName(c), c))).toList();
            yield new FieldView(f.path(), FormView.fieldId(f.path()), "QUALIFICATIONS", label, help, value, v,
                List.of(new OptionGroup(null, choices)), errors.get(f.path()), beside, null, QUALIFICATIONS, chosen);
          }
          default -> new FieldView(f.path(), FormView.fieldId(f.path()), shownAs(f.kind()), label, help, value, v,
              choices(f, lookups.reference(), law, messages, locale), errors.get(f.path()), beside, null, null, List.of());
        };
        fields.add(view);
      }
      groups.add(new GroupView(g.key(), text("routeForm.g." + g.key(), g.key(), messages, locale),
          text("routeForm.gh." + g.key(), null, messages, locale), fields));
    }
    return new RouteFormView(groups, datalists);
  }

  /** The profielen the law takes: the beroepsgerichte of the reference list and the TL's, as a fix names them. */
  static List<SchoolLookups.Option> profielChoices(Reference reference, LawParameters law, MessageSource messages, Locale locale) {
    return profielen(reference, law, messages, locale).stream().flatMap(g -> g.options().stream())
        .map(o -> new SchoolLookups.Option(o.value(), o.label())).toList();
  }

  private static String shownAs(RouteForm.Kind kind) {
    return switch (kind) {
      case DATE -> "DATE";
      case INT, DECIMAL -> "NUMBER";
      case BOOL -> "BOOL";
      case ENUM, YEAR_OR_NONE, PRESENCE, PROFIEL -> "SELECT";
      case ENUM_LIST, PROFIEL_LIST -> "CHECKS";
      case TEXT, SCHOOL_YEAR, LIST -> "TEXT";
      case DOMAIN, BRIN -> "LOOKUP";
      case QUALIFICATIONS -> "QUALIFICATIONS";
    };
  }

  private static List<OptionGroup> choices(Field f, Reference reference, LawParameters law, MessageSource messages, Locale locale) {
    if (f.kind() == RouteForm.Kind.PROFIEL || f.kind() == RouteForm.Kind.PROFIEL_LIST) {
      return profielen(reference, law, messages, locale);
    }
    if (f.options().isEmpty()) {
      return List.of();
    }
    List<Option> options = f.options().stream().map(o -> new Option(o, optionLabel(f.path(), o, messages, locale))).toList();
    return List.of(new OptionGroup(null, options));
  }

  /** The beroepsgerichte profielen of the reference list ("PIE – Produceren, installeren en energie"), then the TL's. */
  private static List<OptionGroup> profielen(Reference reference, LawParameters law, MessageSource messages, Locale locale) {
    List<Option> vbo = reference.profielen().stream().map(p -> new Option(p.code(), p.code() + " – " + p.name())).toList();
    List<Option> tl = law.tlProfielen().stream()
        .map(code -> new Option(code, messages.getMessage("routeForm.tlProfiel",
            new Object[] {messages.getMessage("code." + code, null, code, locale)}, locale)))
        .toList();
    return List.of(new OptionGroup(messages.getMessage("routeForm.profielen.vbo", null, locale), vbo),
        new OptionGroup(messages.getMessage("routeForm.profielen.tl", null, locale), tl));
  }

  private static String optionLabel(String path, String value, MessageSource messages, Locale locale) {
    String generic = messages.getMessage("code." + value, null, value, locale);
    return messages.getMessage("routeForm.o." + path + "." + value, null, generic, locale);
  }

  private static String text(String key, String fallback, MessageSource messages, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }
}
