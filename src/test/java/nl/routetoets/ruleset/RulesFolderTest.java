package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.routetoets.TestRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the rule files come from: a named folder that must be a rules folder, or the copy the build bundles. */
class RulesFolderTest {
  @TempDir Path dir;

  @Test
  void theBundledRulesAreTheProjectsRulesByteForByte() throws Exception {
    Path unpacked = RulesFolder.unpacked(RulesFolder.RULES);
    assertThat(unpacked).isNotEqualTo(TestRuleSet.RULES.toAbsolutePath());
    RuleSet bundled = RuleSetLoader.load(unpacked);
    assertThat(bundled.ref()).isEqualTo(TestRuleSet.get().ref());
    assertThat(bundled.rules().keySet()).isEqualTo(TestRuleSet.get().rules().keySet());
    assertThat(RulesFolder.unpacked(RulesFolder.RULES)).as("unpacked once per run").isEqualTo(unpacked);
  }

  @Test
  void theBundledFixturesHoldEveryFixture() throws Exception {
    Path unpacked = RulesFolder.unpacked(RulesFolder.FIXTURES);
    try (var ours = Files.walk(TestRuleSet.FIXTURES); var theirs = Files.walk(unpacked)) {
      assertThat(theirs.filter(Files::isRegularFile).map(p -> unpacked.relativize(p).toString()).sorted().toList())
          .isEqualTo(ours.filter(Files::isRegularFile).map(p -> TestRuleSet.FIXTURES.relativize(p).toString()).sorted().toList());
    }
  }

  @Test
  void aNamedFolderIsUsedAsItIsAndShownAsGiven() throws Exception {
    RulesFolder.Folder f = RulesFolder.rules(TestRuleSet.RULES, "ignored/when/the/option/is/given");
    assertThat(f.path()).isEqualTo(TestRuleSet.RULES);
    assertThat(f.source()).isEqualTo(RulesFolder.Source.OPTION);
    assertThat(f.show("rules/EXP_ALL/x.drl")).isEqualTo("rules/EXP_ALL/x.drl");
    assertThat(RulesFolder.rules(null, " " + TestRuleSet.RULES + " ").source()).isEqualTo(RulesFolder.Source.ENVIRONMENT);
    // the tests run in the project folder, which has rules/
    assertThat(RulesFolder.rules(null, null).source()).isEqualTo(RulesFolder.Source.WORKING_FOLDER);
  }

  @Test
  void theBundledCopyShowsItsFilesAsRulesSlashWhatever() {
    Path tmp = dir.resolve("routetoets-rules-123");
    RulesFolder.Folder f = new RulesFolder.Folder(tmp, RulesFolder.Source.BUNDLED, "rules");
    assertThat(f.show(tmp.resolve("EXP_ALL/art05.drl").toString())).isEqualTo("rules/EXP_ALL/art05.drl");
  }

  @Test
  void aNamedFolderThatIsMissingAFileOrNotAFolderIsOneSentence() throws IOException {
    assertThatThrownBy(() -> RulesFolder.rules(dir.resolve("nope"), null)).isInstanceOf(RulesFolder.Unusable.class)
        .hasMessage("the rules folder " + dir.resolve("nope") + " (given with --rules) does not exist; leave out --rules and"
            + " ROUTETOETS_RULES to use the rules bundled with this program");
    assertThatThrownBy(() -> RulesFolder.rules(null, dir.resolve("nope").toString()))
        .hasMessageContaining("(named by ROUTETOETS_RULES) does not exist");
    Path file = Files.writeString(dir.resolve("regels.txt"), "x");
    assertThatThrownBy(() -> RulesFolder.rules(file, null)).hasMessage("the rules folder " + file + " (given with --rules) is a file, not a folder");
    Path empty = Files.createDirectories(dir.resolve("leeg"));
    assertThatThrownBy(() -> RulesFolder.rules(empty, null))
        .hasMessage("the rules folder " + empty + " (given with --rules) is not a complete rules folder: it has no ruleset.json");
    Path partial = TestRuleSet.copyRules(dir.resolve("deels"));
    Files.delete(partial.resolve("parameters/looptijd.json"));
    assertThatThrownBy(() -> RulesFolder.rules(partial, null)).hasMessageEndingWith("it has no parameters/looptijd.json");
    assertThatThrownBy(() -> RulesFolder.fixtures(dir.resolve("geen-fixtures")))
        .hasMessageStartingWith("the fixtures folder " + dir.resolve("geen-fixtures") + " (given with --fixtures) does not exist");
  }

  @Test
  void everyRequiredFileIsInTheProjectsRules() {
    assertThat(RulesFolder.required()).allSatisfy(f -> assertThat(TestRuleSet.RULES.resolve(f)).isRegularFile());
  }

  @Test
  void anEntryThatWouldLandOutsideTheFolderIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("../buiten.txt"));
      zip.write('x');
      zip.closeEntry();
    }
    Path into = Files.createDirectories(dir.resolve("uitgepakt"));
    assertThatThrownBy(() -> RulesFolder.unzip(new ByteArrayInputStream(bytes.toByteArray()), into))
        .isInstanceOf(IOException.class).hasMessageContaining("outside the folder");
    assertThat(dir.resolve("buiten.txt")).doesNotExist();
  }
}
