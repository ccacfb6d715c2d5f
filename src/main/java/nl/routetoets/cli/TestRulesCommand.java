package nl.routetoets.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureException;
import nl.routetoets.fixtures.FixtureRunner;
import nl.routetoets.model.Result;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RulesFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "test-rules", mixinStandardHelpOptions = true,
    description = {"Runs every fixture against the rules and prints a diff for each that does not give its expected result.",
        "For policy staff: run it after changing a rule or parameter. Exit status 0 when all pass, 1 otherwise."},
    footer = {"", "Examples (from the project folder, after changing a rule in rules/):",
        "  java -jar target/routetoets.jar test-rules",
        "  java -jar target/routetoets.jar test-rules --only EXP_2015/art06",
        "  java -jar target/routetoets.jar test-rules --list --fixtures test-fixtures"})
final class TestRulesCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Main.RulesOption rules;

  @Mixin Main.LimitsOption limits;

  @Option(names = "--fixtures", paramLabel = "DIR",
      description = "The fixtures folder. Default: ./test-fixtures when there is one, else the fixtures bundled with this program.")
  Path fixtures;

  @Option(names = "--only", paramLabel = "PREFIX", description = "Only fixtures whose name starts with this, e.g. EXP_2015/art06.")
  String only;

  @Option(names = "--list", description = "Lists what each fixture tests, one line each (name: base and change → expected verdict"
      + " and findings), without running them.")
  boolean list;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path fixtures = RulesFolder.fixtures(this.fixtures).path();
    List<Fixture> all;
    try {
      all = FixtureRunner.discover(fixtures).stream().filter(f -> only == null || f.name(fixtures).startsWith(only)).toList();
    } catch (FixtureException e) {
      spec.commandLine().getErr().println("routetoets test-rules: " + e.getMessage());
      return Main.USAGE;
    }
    if (list) {
      all.forEach(f -> out.println(FixtureRunner.sentence(f, fixtures)));
      out.flush();
      return Main.OK;
    }
    RuleSet ruleSet = rules.load(limits);
    int failed = 0;
    for (Fixture f : all) {
      Result r = FixtureRunner.run(f, ruleSet, null);
      List<String> expected = FixtureRunner.expectedLines(f);
      List<String> actual = FixtureRunner.actualLines(f, r);
      if (!expected.equals(actual)) {
        failed++;
        out.print(FixtureRunner.failure(f, fixtures, expected, actual));
      }
    }
    out.println((all.size() - failed) + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? Main.OK : Main.FINDINGS;
  }
}
