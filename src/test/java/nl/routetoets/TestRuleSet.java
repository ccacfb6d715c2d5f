package nl.routetoets;

import java.nio.file.Path;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetException;
import nl.routetoets.ruleset.RuleSetLoader;

/** The project's own rule set and fixtures, loaded once per test JVM. */
public final class TestRuleSet {
  public static final Path RULES = Path.of("rules");
  public static final Path FIXTURES = Path.of("test-fixtures");
  private static RuleSet ruleSet;

  private TestRuleSet() {}

  /** What {@code check --format json} prints for a JSON text, as one JSON array: the reference for the API's answers. */
  public static String resultsAsJson(String text) throws java.io.IOException {
    java.util.List<nl.routetoets.document.SourcedDocument> docs = new java.util.ArrayList<>();
    nl.routetoets.document.DocumentReader.readJson(null, new java.io.StringReader(text), docs::add);
    nl.routetoets.check.Checker checker = new nl.routetoets.check.Checker(get(), null);
    java.util.List<String> results = new java.util.ArrayList<>();
    for (nl.routetoets.document.SourcedDocument d : docs) {
      results.add(nl.routetoets.document.Json.MAPPER.writeValueAsString(checker.check(d)));
    }
    return "[" + String.join(",", results) + "]";
  }

  /** A copy of the rules folder in {@code target}, to break or change in a test. */
  public static Path copyRules(Path target) throws java.io.IOException {
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(RULES)) {
      for (Path p : walk.toList()) {
        Path to = target.resolve(RULES.relativize(p).toString());
        if (java.nio.file.Files.isDirectory(p)) {
          java.nio.file.Files.createDirectories(to);
        } else {
          java.nio.file.Files.copy(p, to);
        }
      }
    }
    return target;
  }

  public static synchronized RuleSet get() {
    if (ruleSet == null) {
      try {
        ruleSet = RuleSetLoader.load(RULES);
      } catch (RuleSetException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
    return ruleSet;
  }
}
