package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} without a server for its help. A service whose rules or fixtures folder is named but cannot be used does not start: one sentence on standard
 * error and exit status 2, before the web server or the database is made.
 */
class ServeCommandTest {
  @TempDir Path dir;

  private static CheckCommandTest.Run serve(String... settings) {
    String[] args = new String[settings.length + 4];
    args[0] = "serve";
    args[1] = "--server.port=0";
    args[2] = "--spring.datasource.url=jdbc:h2:mem:serve-refused;DB_CLOSE_DELAY=-1";
    args[3] = "--logging.config=classpath:logback.xml";
    System.arraycopy(settings, 0, args, 4, settings.length);
    return CheckCommandTest.run(args);
  }

  @Test
  void serveIsACommandWhoseHelpNeedsNoServer() {
    CheckCommandTest.Run help = CheckCommandTest.run("serve", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--server.port=9090", "ROUTETOETS_ADMIN_USER");
    assertThat(CheckCommandTest.run("--help").out()).contains("serve");
  }

  @Test
  void aRulesFolderSetButMissingIsOneSentenceAndExitTwo() {
    Path missing = dir.resolve("regels");
    CheckCommandTest.Run r = serve("--routetoets.rules=" + missing);
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("routetoets serve: the rules folder " + missing + " (set by routetoets.rules or ROUTETOETS_RULES) does"
        + " not exist; leave out routetoets.rules and ROUTETOETS_RULES to use the rules bundled with this program\n");
  }

  @Test
  void anIncompleteRulesFolderOrAMissingFixturesFolderIsOneSentenceToo() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("leeg"));
    CheckCommandTest.Run incomplete = serve("--routetoets.rules=" + empty);
    assertThat(incomplete.exit()).isEqualTo(Main.USAGE);
    assertThat(incomplete.err()).isEqualTo("routetoets serve: the rules folder " + empty + " (set by routetoets.rules or ROUTETOETS_RULES)"
        + " is not a complete rules folder: it has no ruleset.json\n");

    Path fixtures = dir.resolve("geen-fixtures");
    CheckCommandTest.Run noFixtures = serve("--routetoets.fixtures=" + fixtures);
    assertThat(noFixtures.exit()).isEqualTo(Main.USAGE);
    assertThat(noFixtures.err()).isEqualTo("routetoets serve: the fixtures folder " + fixtures + " (set by routetoets.fixtures or"
        + " ROUTETOETS_FIXTURES) does not exist; leave out routetoets.fixtures and ROUTETOETS_FIXTURES to use the fixtures bundled"
        + " with this program\n");
  }
}
