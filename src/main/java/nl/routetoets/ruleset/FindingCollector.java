package nl.routetoets.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Finding.Text;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code out} of every rule file: the rules hand it what they found, and it turns that
 * into findings with the rule's own metadata (norm, article, severity, messages). One per evaluation.
 */
public final class FindingCollector {
  private final Map<String, Messages> rules;
  private final Map<String, Finding> findings = new LinkedHashMap<>();

  FindingCollector(Map<String, Messages> rules) {
    this.rules = rules;
  }

  /** A rule's metadata with its messages split into templates once, when the rule set is built. */
  record Messages(RuleInfo info, MessageTemplate nl, MessageTemplate en, MessageTemplate fixNl, MessageTemplate fixEn) {
    static Messages of(RuleInfo info) {
      return new Messages(info, MessageTemplate.of(info.message().nl()), MessageTemplate.of(info.message().en()),
          info.fix() == null ? null : MessageTemplate.of(info.fix().nl()),
          info.fix() == null ? null : MessageTemplate.of(info.fix().en()));
    }
  }

  /**
   * A finding at {@code path} with facts given as name/value pairs; the messages may name the facts
   * as {@code ${name}}.
   */
  public void report(RuleContext drools, String path, Object... namesAndValues) {
    TreeMap<String, Object> facts = pairs(drools, namesAndValues);
    add(drools, path, facts, List.of());
  }

  /** A REVIEW finding because the facts at these paths are not known; the first path is where it points. */
  public void unknown(RuleContext drools, String... paths) {
    unknownWithFacts(drools, paths);
  }

  /** A REVIEW finding about the fact at {@code path} (e.g. the form as a whole) because the facts at {@code missing} are not known. */
  public void unknownAt(RuleContext drools, String path, String... missing) {
    TreeMap<String, Object> facts = new TreeMap<>();
    facts.put(MISSING, String.join(", ", missing));
    add(drools, path, facts, List.of(missing));
  }

  /** As {@link #unknown}, with the known facts the message also names, in name/value pairs. */
  public void unknownWithFacts(RuleContext drools, String[] paths, Object... namesAndValues) {
    TreeMap<String, Object> facts = pairs(drools, namesAndValues);
    facts.put(MISSING, String.join(", ", paths));
    add(drools, paths[0], facts, List.of(paths));
  }

  private static TreeMap<String, Object> pairs(RuleContext drools, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("facts come in name/value pairs in rule " + drools.getRule().getName());
    }
    TreeMap<String, Object> facts = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return facts;
  }

  private void add(RuleContext drools, String path, TreeMap<String, Object> facts, List<String> missing) {
    Rule rule = drools.getRule();
    Messages messages = rules.get(RuleInfo.key(rule.getPackageName(), rule.getName()));
    if (messages == null) {
      throw new IllegalStateException("no metadata for rule " + rule.getName());
    }
    RuleInfo info = messages.info();
    Map<String, String> nl = words(facts, FactWords.NL);
    Map<String, String> en = words(facts, FactWords.EN);
    Text message = new Text(messages.nl().fill(nl), messages.en().fill(en));
    Text fix = info.fix() == null ? null : new Text(messages.fixNl().fill(nl), messages.fixEn().fill(en));
    Finding finding = new Finding(
        info.norm(), info.name(), info.severity(), citation(drools, info), path, facts, message, missing, fix, info.interpretation(),
        route(drools, path));
    findings.putIfAbsent(info.key() + "\u0000" + path, finding);
  }

  /**
   * The facts as the words of one language: the missing fields by their labels, code values by their
   * words (FactWords). The facts of the finding keep the document's own names and codes.
   */
  private static Map<String, String> words(Map<String, Object> facts, FactWords language) {
    Map<String, String> words = new HashMap<>();
    for (Map.Entry<String, Object> e : facts.entrySet()) {
      words.put(e.getKey(), MISSING.equals(e.getKey()) && e.getValue() instanceof String paths
          ? language.fields(paths) : language.value(e.getValue()));
    }
    return words;
  }

  /**
   * The article as the text in force on the date that decides cites it: a rule of the structural law
   * that cites the WVO cites the WVO 2020 when the first dated fact it matched is dated from 1 August
   * 2022 (N-LAW-27).
   */
  private static Finding.Citation citation(RuleContext drools, RuleInfo info) {
    if (info.renumbered() == null) {
      return info.article();
    }
    for (Object o : drools.getMatch().getObjects()) {
      if (o instanceof LawDated dated && dated.articleText() != null) {
        return RENUMBERED_TEXT.equals(dated.articleText()) ? info.renumbered() : info.article();
      }
    }
    return info.article();
  }

  private static final String RENUMBERED_TEXT = "WVO2020";

  /**
   * The route the finding is about: a route the rule matched, when the finding points into it. A rule
   * may match a route and still point at the form (a window that depends on the route's kind is a
   * finding about the submission), and such a finding stays the form's.
   */
  private static String route(RuleContext drools, String path) {
    for (Object o : drools.getMatch().getObjects()) {
      if (o instanceof RouteScoped scoped && within(path, scoped.routePath())) {
        return scoped.routePath();
      }
    }
    return null;
  }

  private static boolean within(String path, String routePath) {
    return routePath != null && path != null && path.startsWith(routePath)
        && (path.length() == routePath.length() || path.charAt(routePath.length()) == '.');
  }

  private static final String MISSING = "missing";

  List<Finding> findings() {
    List<Finding> sorted = new ArrayList<>(findings.values());
    sorted.sort(Finding.ORDER);
    return sorted;
  }
}
