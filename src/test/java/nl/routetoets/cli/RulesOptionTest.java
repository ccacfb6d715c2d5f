package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.routetoets.TestRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules folder someone names that is missing or broken: one clear sentence on standard error and exit status 2,
 * the same for every command that reads rules; never a stack trace or a Java exception's name.
 */
class RulesOptionTest {
  @TempDir Path dir;

  private static final String DOC = "demo/traject-2016-vmr2-zorg-geslaagd.json";

  private void refusedInOneLine(CheckCommandTest.Run r, String expected) {
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("routetoets: " + expected + "\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aRulesFolderThatDoesNotExistIsOneSentenceForEveryCommand() {
    Path nope = dir.resolve("regels");
    String sentence = "the rules folder " + nope + " (given with --rules) does not exist; leave out --rules and ROUTETOETS_RULES to use"
        + " the rules bundled with this program";
    refusedInOneLine(CheckCommandTest.run("check", "--rules", nope.toString(), DOC), sentence);
    refusedInOneLine(CheckCommandTest.run("report", "--rules", nope.toString(), "--input", "demo/trajecten.jsonl",
        "--out", dir.resolve("rapport").toString()), sentence);
    refusedInOneLine(CheckCommandTest.run("generate", "--rules", nope.toString(), "--trajectories", "5", "--seed", "1",
        "--out", dir.resolve("g.jsonl").toString()), sentence);
    refusedInOneLine(CheckCommandTest.run("norms", "--rules", nope.toString()), sentence);
    assertThat(dir.resolve("rapport")).doesNotExist();
    assertThat(dir.resolve("g.jsonl")).doesNotExist();
  }

  @Test
  void aFolderThatIsNotARulesFolderSaysWhatItLacks() throws IOException {
    Path other = Files.createDirectories(dir.resolve("iets-anders"));
    refusedInOneLine(CheckCommandTest.run("check", "--rules", other.toString(), DOC),
        "the rules folder " + other + " (given with --rules) is not a complete rules folder: it has no ruleset.json");
    Path withoutTable = TestRuleSet.copyRules(dir.resolve("zonder-tabel"));
    Files.delete(withoutTable.resolve("reference/vmbo_profielen.csv"));
    refusedInOneLine(CheckCommandTest.run("generate", "--rules", withoutTable.toString(), "--trajectories", "5", "--seed", "1",
        "--out", dir.resolve("g.jsonl").toString()),
        "the rules folder " + withoutTable + " (given with --rules) is not a complete rules folder: it has no reference/vmbo_profielen.csv");
  }

  @Test
  void aRuleThatDoesNotCompileIsNamedWithItsFileAndLine() throws IOException {
    Path rules = TestRuleSet.copyRules(dir.resolve("kapot"));
    Path drl;
    try (var drls = Files.walk(rules)) {
      drl = drls.filter(p -> p.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(drl, Files.readString(drl) + "\nrule \"kapot\" when then zzz end\n");
    CheckCommandTest.Run r = CheckCommandTest.run("check", "--rules", rules.toString(), DOC);
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("routetoets: the rules folder " + rules + " (given with --rules) cannot be loaded:\n  " + drl)
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void theFixturesFolderGivenMustExist() {
    refusedInOneLine(CheckCommandTest.run("test-rules", "--fixtures", dir.resolve("geen").toString()),
        "the fixtures folder " + dir.resolve("geen") + " (given with --fixtures) does not exist");
  }

  @Test
  void aMissingInputFileIsOneSentenceToo() {
    CheckCommandTest.Run r = CheckCommandTest.run("norms", "--update-interpretations", dir.resolve("geen.md").toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("routetoets: " + dir.resolve("geen.md") + ": no such file\n");
  }
}
