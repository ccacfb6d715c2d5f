package nl.routetoets.ruleset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the "Rules" list under each entry of interpretations.md equal to the rules that name the
 * entry in their {@code @interpretation} metadata, so that the list is never written by hand.
 */
public final class InterpretationIndex {
  private static final Pattern HEADING = Pattern.compile("^## (I-\\d+) ");
  static final String RULES_LINE = "**Rules and derivations** (from the rules' `@interpretation` metadata and the `@Implements` of"
      + " `Derivations`; `routetoets norms --update-interpretations interpretations.md` rewrites this list):";

  private InterpretationIndex() {}

  /** The markdown with every entry's rules block replaced by the current list. */
  public static String update(String markdown, Collection<RuleInfo> rules, Path rulesFolder) {
    List<String> out = new ArrayList<>();
    String current = null;
    boolean skipping = false;
    for (String line : markdown.split("\n", -1)) {
      Matcher m = HEADING.matcher(line);
      if (m.find()) {
        current = m.group(1);
      }
      if (skipping) {
        if (line.startsWith("* `") || line.startsWith("* none")) {
          continue;
        }
        skipping = false;
      }
      if (current != null && line.startsWith("**Rules")) {
        out.add(RULES_LINE);
        out.addAll(list(current, rules, rulesFolder));
        skipping = true;
        continue;
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  static List<String> list(String id, Collection<RuleInfo> rules, Path rulesFolder) {
    Path root = rulesFolder.toAbsolutePath().normalize();
    List<String> lines = new ArrayList<>(derivations(id));
    rules.stream()
        .filter(r -> id.equals(r.interpretation()))
        .map(r -> "* `" + root.relativize(Path.of(r.file()).toAbsolutePath().normalize()).toString().replace('\\', '/')
            + "`: " + r.name() + " (" + r.norm() + ", " + r.severity() + ")")
        .sorted()
        .forEach(lines::add);
    return lines.isEmpty() ? List.of("* none") : lines;
  }

  /** The derivations that implement the interpretation, as list items: what the facts carry on it. */
  public static List<String> derivations(String id) {
    return Derivations.all().stream()
        .filter(d -> d.interpretations().contains(id))
        .map(d -> "* `Derivations." + d.method() + "` (derived before the rules run): " + d.gives())
        .toList();
  }
}
