package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.routetoets.TestRuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** test-rules as policy staff meet it: what each fixture tests, and why one fails. */
class TestRulesCommandTest {
  @TempDir Path dir;

  /** A fixtures folder with the one baseline and, in t/, a fixture that changes it. */
  private Path fixtures(String change, String expected) throws IOException {
    Path root = TestRuleSet.builtFixtures("baseline", dir.resolve("fixtures/baseline")).getParent();
    Files.createDirectories(root.resolve("t"));
    Files.writeString(root.resolve("t/kort.json"), change);
    Files.writeString(root.resolve("t/kort.expected.json"), expected);
    return root;
  }

  @Test
  void listSaysPerFixtureItsBaseItsChangeAndItsExpectedFindings() {
    CheckCommandTest.Run r = CheckCommandTest.run("test-rules", "--list", "--only", "EXP_2015/art06-studieduur/vakmanschaproute-2-van-twee");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("EXP_2015/art06-studieduur/vakmanschaproute-2-van-twee-jaar-is-te-kort:"
        + " baseline/aanvraag-2016-vakmanschaproute-2-techniek with routes[0].design.years = 2"
        + " → NON_COMPLIANT: N-DUR-1 VIOLATION (routes[0].design.years)\n");
  }

  @Test
  void aFailingFixtureShowsWhatItTestsAndTheDiffOfExpectedAgainstActual() throws IOException {
    Path root = fixtures("{\"base\": \"baseline/aanvraag-2016-vakmanschaproute-2-techniek\", \"set\": {\"routes[0].design.years\": 2}}",
        "{\"description\": \"Twee jaar is te kort.\", \"verdict\": \"COMPLIANT\", \"routes\": {\"R1\": \"COMPLIANT\"}, \"findings\": []}");
    CheckCommandTest.Run r = CheckCommandTest.run("test-rules", "--fixtures", root.toString(), "--only", "t/");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("""
        FAIL t/kort — Twee jaar is te kort.
          baseline/aanvraag-2016-vakmanschaproute-2-techniek with routes[0].design.years = 2 (expected: kort.expected.json as -, actual as +)
          - verdict COMPLIANT
          - route R1 COMPLIANT
          + verdict NON_COMPLIANT
          + route R1 NON_COMPLIANT
          + N-DUR-1 VIOLATION routes[0].design.years: Studieduur vakmanschaproute niveau 2 (art. 6 onder a)
        0 passed, 1 failed
        """);
  }

  @Test
  void aChangeThatDoesNotFitItsBaseNamesTheFixtureAndThePath() throws IOException {
    Path root = fixtures("{\"base\": \"baseline/aanvraag-2016-vakmanschaproute-2-techniek\", \"set\": {\"routes[2].design.years\": 2}}",
        "{\"description\": \"x\", \"verdict\": \"COMPLIANT\", \"findings\": []}");
    CheckCommandTest.Run r = CheckCommandTest.run("test-rules", "--fixtures", root.toString(), "--list");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("routetoets test-rules: " + root.resolve("t/kort.json") + ": set \"routes[2].design.years\": index 2 is out of range:"
        + " routes has 1 element (an index equal to the size appends)\n");
  }
}
