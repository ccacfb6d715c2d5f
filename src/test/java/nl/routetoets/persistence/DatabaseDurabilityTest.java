package nl.routetoets.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import nl.routetoets.persistence.DatabaseDurability.NonDurableDatabaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The start-up check: H2 is made to write every commit at once, a PostgreSQL that may lose commits is refused. */
class DatabaseDurabilityTest {
  @TempDir Path dir;

  private static DatabaseDurability check(String url, String user, boolean allow) throws Exception {
    return new DatabaseDurability(new DriverManagerDataSource(url, user, ""), url, allow);
  }

  @Test
  void anH2FileDatabaseGetsWriteDelayZeroAndKeepsIt() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db");
    try (Connection c = DriverManager.getConnection(url, "routetoets", "")) {
      assertThat(DatabaseDurability.writeDelay(c)).as("H2's own default").isEqualTo(500);
    }
    check(url, "routetoets", false);
    try (Connection c = DriverManager.getConnection(url, "routetoets", "")) {
      assertThat(DatabaseDurability.writeDelay(c)).as("after the check, and after the database was closed and opened again").isZero();
    }
  }

  @Test
  void anH2UrlThatDelaysWritesIsRefusedUnlessAllowed() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";write_delay=500";
    assertThatThrownBy(() -> check(url, "routetoets", false))
        .isInstanceOf(NonDurableDatabaseException.class)
        .hasMessageContaining("WRITE_DELAY=500").hasMessageContaining("spring.datasource.url");
    check(url, "routetoets", true);
    check("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0", "routetoets", false);
  }

  @Test
  void aPostgresqlWithSynchronousCommitOffIsRefusedUnlessAllowed() throws Exception {
    PostgresServer server = PostgresServer.shared();
    String durable = server.newDatabase("durable");
    check(durable, "postgres", false);

    String url = server.newDatabase("async");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("alter database " + url.substring(url.lastIndexOf('/') + 1, url.indexOf('?')) + " set synchronous_commit = off");
    }
    assertThatThrownBy(() -> check(url, "postgres", false))
        .isInstanceOf(NonDurableDatabaseException.class)
        .hasMessageContaining("synchronous_commit=off")
        .satisfies(e -> assertThat(((NonDurableDatabaseException) e).problems()).hasSize(1));
    check(url, "postgres", true);
  }

  @Test
  void aRefusedStartSaysWhatIsWrongAndWhatToChange() throws Exception {
    Exception refused = org.junit.jupiter.api.Assertions.assertThrows(NonDurableDatabaseException.class,
        () -> check("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=1000", "routetoets", false));
    FailureAnalysis analysis = new NonDurableDatabaseFailureAnalyzer()
        .analyze(new BeanCreationException("databaseDurability", "failed", refused));
    assertThat(analysis.getDescription()).contains("WRITE_DELAY=1000");
    assertThat(analysis.getAction()).contains("routetoets.storage.allow-non-durable=true");
  }
}
