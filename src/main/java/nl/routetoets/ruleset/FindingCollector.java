package nl.routetoets.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("facts come in name/value pairs in rule " + drools.getRule().getName());
    }
    TreeMap<String, Object> facts = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    add(drools.getRule(), path, facts, List.of());
  }

  /** A REVIEW finding because the facts at these paths are not known; the first path is where it points. */
  public void unknown(RuleContext drools, String... paths) {
    unknownWithFacts(drools, paths);
  }

  /** A REVIEW finding about the fact at {@code path} (e.g. the form as a whole) because the facts at {@code missing} are not known. */
  public void unknownAt(RuleContext drools, String path, String... missing) {
    TreeMap<String, Object> facts = new TreeMap<>();
    facts.put("missing", String.join(", ", missing));
    add(drools.getRule(), path, facts, List.of(missing));
  }

  /** As {@link #unknown}, with the known facts the message also names, in name/value pairs. */
  public void unknownWithFacts(RuleContext drools, String[] paths, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("facts come in name/value pairs in rule " + drools.getRule().getName());
    }
    TreeMap<String, Object> facts = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    facts.put("missing", String.join(", ", paths));
    add(drools.getRule(), paths[0], facts, List.of(paths));
  }

  private void add(Rule rule, String path, TreeMap<String, Object> facts, List<String> missing) {
    Messages messages = rules.get(RuleInfo.key(rule.getPackageName(), rule.getName()));
    if (messages == null) {
      throw new IllegalStateException("no metadata for rule " + rule.getName());
    }
    RuleInfo info = messages.info();
    Map<String, String> words = new HashMap<>();
    for (Map.Entry<String, Object> e : facts.entrySet()) {
      words.put(e.getKey(), words(e.getValue()));
    }
    Text message = new Text(messages.nl().fill(words), messages.en().fill(words));
    Text fix = info.fix() == null ? null : new Text(messages.fixNl().fill(words), messages.fixEn().fill(words));
    Finding finding = new Finding(
        info.norm(), info.name(), info.severity(), info.article(), path, facts, message, missing, fix, info.interpretation());
    findings.putIfAbsent(info.key() + "\u0000" + path, finding);
  }

  private static String words(Object value) {
    if (value == null) {
      return "?";
    }
    if (value instanceof BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(FindingCollector::words).collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  List<Finding> findings() {
    List<Finding> sorted = new ArrayList<>(findings.values());
    sorted.sort(Finding.ORDER);
    return sorted;
  }
}
