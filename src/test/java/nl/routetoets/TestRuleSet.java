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
  private static nl.routetoets.fixtures.FixtureBuilder fixtures;

  private TestRuleSet() {}

  /**
   * The document a fixture stands for, built from its base and change as the fixture runner builds it,
   * by its name under test-fixtures/, e.g. {@code baseline/aanvraag-2016-vakmanschaproute-2-techniek}.
   */
  public static synchronized nl.routetoets.fixtures.FixtureDocument fixture(String name) {
    if (fixtures == null) {
      fixtures = new nl.routetoets.fixtures.FixtureBuilder(FIXTURES);
    }
    try {
      return fixtures.build(name);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A fixture's built document written to a temporary file, for a command or service that reads a file. */
  public static Path fixtureFile(String name) {
    try {
      Path file = java.nio.file.Files.createTempFile(Path.of(name).getFileName().toString() + "-", ".json");
      file.toFile().deleteOnExit();
      return java.nio.file.Files.writeString(file, fixture(name).json());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The fixtures under a folder of test-fixtures/ (e.g. {@code baseline}), each built into a whole document and written with
   * its expected result into {@code target} (again over an earlier copy): a fixtures folder for a service that should check only these.
   */
  public static Path builtFixtures(String folder, Path target) throws java.io.IOException {
    Path from = FIXTURES.resolve(folder);
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(from)) {
      for (Path p : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        Path to = target.resolve(from.relativize(p).toString());
        java.nio.file.Files.createDirectories(to.getParent());
        String rel = FIXTURES.relativize(p).toString().replace('\\', '/');
        if (rel.endsWith(".json") && !rel.endsWith(nl.routetoets.fixtures.FixtureRunner.EXPECTED_SUFFIX)) {
          java.nio.file.Files.writeString(to, fixture(rel.substring(0, rel.length() - ".json".length())).json());
        } else {
          java.nio.file.Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

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
          java.nio.file.Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  /**
   * A copy of the rules in {@code target} with one DRL file (the rules of art. 5(5), students under 16) besides what every
   * rule set has: quick to compile, for tests of compiling and of the compiled rules' cache.
   */
  public static Path smallRules(Path target) throws java.io.IOException {
    Path rules = copyRules(target);
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(rules)) {
      for (Path drl : walk.filter(p -> p.toString().endsWith(".drl")).toList()) {
        if (!drl.endsWith(Path.of("EXP_ALL", "art05-jonger-dan-16.drl"))) {
          java.nio.file.Files.delete(drl);
        }
      }
    }
    return rules;
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
