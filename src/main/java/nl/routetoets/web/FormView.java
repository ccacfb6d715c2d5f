package nl.routetoets.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.routetoets.web.ApplicationForm.Field;
import nl.routetoets.web.ApplicationForm.Group;
import org.springframework.context.MessageSource;

/**
 * The application form ready to render: every field with its label, help, current value(s), choices
 * and the error about it. Labels and help come from the messages ({@code f.<path>}, {@code h.<path>}
 * with the route index left out); a choice shows its label ({@code code.<value>}) or else its code.
 */
public record FormView(List<GroupView> groups, List<RouteGroups> routes) {
  public record GroupView(String title, List<FieldView> fields) {}

  public record RouteGroups(int index, String routeId, List<GroupView> groups) {}

  public record Option(String value, String label) {}

  public record FieldView(String name, String id, String kind, String label, String help, String value, List<String> values,
      List<Option> options, String error) {}

  static FormView of(Map<String, List<String>> values, Map<String, String> errors, int routeCount, MessageSource messages, Locale locale) {
    List<GroupView> groups = new ArrayList<>();
    for (Group g : ApplicationForm.APPLICATION) {
      groups.add(group(g, "", values, errors, messages, locale));
    }
    List<RouteGroups> routes = new ArrayList<>();
    for (int i = 0; i < routeCount; i++) {
      String prefix = ApplicationForm.routePrefix(i);
      List<GroupView> routeGroups = new ArrayList<>();
      for (Group g : ApplicationForm.ROUTE) {
        routeGroups.add(group(g, prefix, values, errors, messages, locale));
      }
      String routeId = values.getOrDefault(prefix + "routeId", List.of("")).get(0);
      routes.add(new RouteGroups(i, routeId, routeGroups));
    }
    return new FormView(groups, routes);
  }

  private static GroupView group(Group g, String prefix, Map<String, List<String>> values, Map<String, String> errors,
      MessageSource messages, Locale locale) {
    List<FieldView> fields = new ArrayList<>();
    for (Field f : g.fields()) {
      String name = prefix + f.path();
      List<String> v = values.getOrDefault(name, List.of(""));
      List<Option> options = f.options().stream()
          .map(o -> new Option(o, messages.getMessage("code." + o, null, o, locale))).toList();
      fields.add(new FieldView(name, fieldId(name), f.kind().name(), messages.getMessage("f." + f.path(), null, f.path(), locale),
          messages.getMessage("h." + f.path(), null, null, locale), v.isEmpty() ? "" : v.get(0), v, options, errors.get(name)));
    }
    return new GroupView(messages.getMessage("g." + g.key(), null, g.key(), locale), fields);
  }

  /** An HTML id for an input named by a JSON path: "routes[0].design.years" → "f-routes-0-design-years". */
  static String fieldId(String name) {
    return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }
}
