package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {
  @Test
  void serveIsACommandWhoseHelpNeedsNoServer() {
    CheckCommandTest.Run help = CheckCommandTest.run("serve", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--server.port=9090", "ROUTETOETS_ADMIN_USER");
    assertThat(CheckCommandTest.run("--help").out()).contains("serve");
  }
}
