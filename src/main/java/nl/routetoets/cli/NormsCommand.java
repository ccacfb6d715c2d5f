package nl.routetoets.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.routetoets.fixtures.Fixture;
import nl.routetoets.fixtures.FixtureRunner;
import nl.routetoets.ruleset.InterpretationIndex;
import nl.routetoets.ruleset.NormCatalogue;
import nl.routetoets.ruleset.RuleInfo;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RulesFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "norms", mixinStandardHelpOptions = true,
    description = "Lists the norm catalogue: per norm its source, its rules and the fixtures in which each rule fires.",
    footer = {"", "Examples:",
        "  java -jar target/routetoets.jar norms",
        "  java -jar target/routetoets.jar norms --interpretation I-21",
        "  java -jar target/routetoets.jar norms --update-interpretations interpretations.md"})
final class NormsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin Main.RulesOption rules;

  @Option(names = "--fixtures", paramLabel = "DIR",
      description = "The fixtures folder. Default: ./test-fixtures when there is one, else the fixtures bundled with this program.")
  Path fixtures;

  @Option(names = "--interpretation", paramLabel = "I-NN", description = "Only the rules that rely on this interpretation.")
  String interpretation;

  @Option(names = "--update-interpretations", paramLabel = "FILE",
      description = "Rewrite the rule lists under each entry of FILE (interpretations.md) from the rules' metadata, then stop.")
  Path interpretationsFile;

  @Override
  public Integer call() throws Exception {
    RuleSet ruleSet = rules.load();
    if (interpretationsFile != null) {
      String text = Files.readString(interpretationsFile);
      Files.writeString(interpretationsFile, InterpretationIndex.update(text, ruleSet.rules().values(), rules.folder().path()));
      return Main.OK;
    }
    RulesFolder.Folder rulesFolder = rules.folder();
    Path fixtureFolder = RulesFolder.fixtures(fixtures).path();
    List<Fixture> all = FixtureRunner.discover(fixtureFolder);
    Map<String, List<String>> fixturesByRule = FixtureRunner.fixturesByRule(all, fixtureFolder);
    PrintWriter out = spec.commandLine().getOut();
    if (interpretation != null) {
      List<String> derived = InterpretationIndex.derivations(interpretation);
      if (!derived.isEmpty()) {
        out.println(interpretation + "  derivations (the facts carry their results; rules do not recompute them)");
        derived.forEach(line -> out.println("    " + line.substring(2)));
      }
    }
    for (NormCatalogue.Norm norm : ruleSet.norms().all()) {
      List<RuleInfo> normRules = ruleSet.rules().values().stream()
          .filter(r -> r.norm().equals(norm.id()))
          .filter(r -> interpretation == null || interpretation.equals(r.interpretation()))
          .toList();
      if (interpretation != null && normRules.isEmpty()) {
        continue;
      }
      out.println(norm.id() + "  " + norm.source() + "  " + norm.title());
      if (!norm.automatable()) {
        out.println("    not automatable: " + norm.notAutomatable());
      }
      for (RuleInfo r : normRules) {
        out.println("    rule \"" + r.name() + "\"  [" + r.severity() + ", " + String.join("/", r.regimes()) + "]  "
            + rulesFolder.show(r.file()));
        for (String f : fixturesByRule.getOrDefault(r.name(), List.of())) {
          out.println("      fires in " + f);
        }
      }
      if (norm.automatable() && normRules.isEmpty()) {
        out.println("    (no rule yet)");
      }
    }
    out.flush();
    return Main.OK;
  }
}
