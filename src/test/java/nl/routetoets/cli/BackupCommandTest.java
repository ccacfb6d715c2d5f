package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.routetoets.document.Json;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.AccountStore;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.ApplicationStore.DecisionRow;
import nl.routetoets.persistence.ApplicationStore.NewVersion;
import nl.routetoets.persistence.ApplicationStore.RouteRow;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.DecisionOutcome;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** backup and restore of the embedded database: everything comes back, and nothing is half-written or overwritten. */
class BackupCommandTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);
  private static final List<String> TABLES = List.of("account", "account_brin", "application", "application_version", "version_route",
      "decision", "audit_log", "\"flyway_schema_history\"");
  @TempDir Path dir;

  private static String url(Path data) {
    return "jdbc:h2:file:" + data.toAbsolutePath().resolve("routetoets");
  }

  /** A database as the service leaves it: migrated, with an account, an application, a decision and audit entries. */
  private static void serviceDatabase(Path data) {
    DataSource ds = new DriverManagerDataSource(url(data), "routetoets", "");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    OffsetDateTime now = OffsetDateTime.now(CLOCK);
    new AccountStore(jdbc).insert("school", "{bcrypt}hash", "SCHOOL", List.of("30AU"), now);
    ApplicationStore store = new ApplicationStore(jdbc);
    long app = store.insertApplication("APP-1", "30AU", "2016-2017", ApplicationStatus.DECIDED, now);
    Result result = new Result(new Result.Subject("application", "APP-1", null, null), Verdict.COMPLIANT, LocalDate.of(2016, 3, 1),
        "EXP_2015", new Result.RuleSetRef("2026.11.0", "abc"), List.of(), List.of(), List.of());
    long version = store.insertVersion(new NewVersion(app, 1, "{ \"id\": \"APP-1\" }\r\n".getBytes(StandardCharsets.UTF_8), "sha",
        result, "school", now), List.of(new RouteRow("R1", RouteType.BEROEPSROUTE, Verdict.COMPLIANT)));
    store.insertDecision(new DecisionRow(0, version, "R1", DecisionOutcome.APPROVED, "Voldoet.", List.of(),
        Json.MAPPER.readTree("{\"inputSha256\":\"sha\"}"), "reviewer", now, LocalDate.of(2026, 3, 2)));
    AuditLog audit = new AuditLog(jdbc, CLOCK);
    audit.append("school", AuditAction.APPLICATION_SUBMITTED, "application:APP-1", "version 1");
    audit.append("reviewer", AuditAction.DECISION_RECORDED, "application:APP-1", "route R1: APPROVED");
  }

  /** Every row of every table, in order, as text (bytes in hex). */
  private static String dump(Path data) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url(data) + ";IFEXISTS=TRUE", "routetoets", ""); Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet r = s.executeQuery("select * from " + table + " order by 1, 2")) {
          ResultSetMetaData meta = r.getMetaData();
          out.append(table).append('\n');
          while (r.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              Object v = r.getObject(i);
              out.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).append(" | ");
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  @Test
  void aBackupRestoredIntoAnEmptyFolderHoldsEverythingAndWorksAsBefore() throws Exception {
    Path data = dir.resolve("routetoets-data");
    serviceDatabase(data);
    Path backup = dir.resolve("backups/routetoets.zip");

    CheckCommandTest.Run b = CheckCommandTest.run("backup", "--data", data.toString(), "--out", backup.toString());
    assertThat(b.exit()).as(b.err()).isZero();
    assertThat(b.out()).contains("wrote " + backup, "1 accounts, 1 applications, 1 decisions, 2 audit entries");
    assertThat(backup).isRegularFile();
    try (Stream<Path> files = Files.list(backup.getParent())) {
      assertThat(files).as("nothing but the backup").containsExactly(backup);
    }

    Path restored = dir.resolve("restored");
    CheckCommandTest.Run r = CheckCommandTest.run("restore", "--data", restored.toString(), "--from", backup.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 accounts, 1 applications, 1 decisions, 2 audit entries");
    try (Stream<Path> files = Files.list(restored)) {
      assertThat(files).as("no work folder left").containsExactly(restored.resolve("routetoets.mv.db"));
    }
    assertThat(dump(restored)).isEqualTo(dump(data)).contains("APPROVED", "DECISION_RECORDED");

    // the service would start on it (its migrations match), it still refuses to change history, and writes commits at once
    DataSource ds = new DriverManagerDataSource(url(restored), "routetoets", "");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().validate();
    assertThatThrownBy(() -> JdbcClient.create(ds).sql("delete from audit_log").update()).hasMessageContaining("append-only");
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet w = s.executeQuery("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
      assertThat(w.next()).isTrue();
      assertThat(w.getString(1)).isEqualTo("0");
    }
  }

  @Test
  void nothingIsOverwrittenWithoutForceAndForceKeepsTheOldDatabase() throws Exception {
    Path data = dir.resolve("routetoets-data");
    serviceDatabase(data);
    Path backup = dir.resolve("routetoets.zip");
    assertThat(CheckCommandTest.run("backup", "--data", data.toString(), "--out", backup.toString()).exit()).isZero();
    byte[] first = Files.readAllBytes(backup);

    CheckCommandTest.Run again = CheckCommandTest.run("backup", "--data", data.toString(), "--out", backup.toString());
    assertThat(again.exit()).isEqualTo(Main.USAGE);
    assertThat(again.err()).isEqualTo("routetoets backup: " + backup + " exists; a backup never overwrites a file, so name a new one\n");
    assertThat(Files.readAllBytes(backup)).isEqualTo(first);

    Path other = dir.resolve("other");
    serviceDatabase(other);
    try (Connection c = DriverManager.getConnection(url(other), "routetoets", ""); Statement s = c.createStatement()) {
      s.execute("insert into audit_log (at, actor, action) values (current_timestamp, 'admin', 'ONLY_IN_OTHER')");
    }
    String before = dump(other);
    CheckCommandTest.Run refused = CheckCommandTest.run("restore", "--data", other.toString(), "--from", backup.toString());
    assertThat(refused.exit()).isEqualTo(Main.USAGE);
    assertThat(refused.err()).startsWith("routetoets restore: " + other + " already holds a database").contains("--force").hasLineCount(1);
    assertThat(dump(other)).isEqualTo(before);

    CheckCommandTest.Run forced = CheckCommandTest.run("restore", "--data", other.toString(), "--from", backup.toString(), "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(dump(other)).isEqualTo(dump(data)).doesNotContain("ONLY_IN_OTHER");
    Path kept;
    try (Stream<Path> files = Files.list(other)) {
      kept = files.filter(p -> p.getFileName().toString().matches("routetoets-replaced-\\d{8}T\\d{6}Z\\.mv\\.db")).findFirst().orElseThrow();
    }
    Files.createDirectories(dir.resolve("kept"));
    Files.move(kept, dir.resolve("kept/routetoets.mv.db"));
    assertThat(dump(dir.resolve("kept"))).as("the replaced database, kept whole").isEqualTo(before);
  }

  @Test
  void aBrokenBackupOrAMissingDatabaseIsRefusedAndLeavesNothing() throws Exception {
    Path notABackup = dir.resolve("not-a-backup.zip");
    Files.writeString(notABackup, "this is not a zip");
    Path target = dir.resolve("target");
    CheckCommandTest.Run r = CheckCommandTest.run("restore", "--data", target.toString(), "--from", notABackup.toString());
    assertThat(r.exit()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("routetoets restore: " + notABackup + " is not a backup that restores").hasLineCount(1);
    try (Stream<Path> files = Files.list(target)) {
      assertThat(files).as("no database and no work folder").isEmpty();
    }

    CheckCommandTest.Run none = CheckCommandTest.run("backup", "--data", dir.resolve("nothing").toString(), "--out",
        dir.resolve("b.zip").toString());
    assertThat(none.exit()).isEqualTo(Main.USAGE);
    assertThat(none.err()).isEqualTo("routetoets backup: no RouteToets database in " + dir.resolve("nothing")
        + " (routetoets.mv.db is missing)\n");
    assertThat(dir.resolve("b.zip")).doesNotExist();
  }

  /** A running service holds the database (another JVM, as in production): both commands say so and change nothing. */
  @Test
  void aDatabaseInUseIsRefusedWithOneSentence() throws Exception {
    Path data = dir.resolve("routetoets-data");
    serviceDatabase(data);
    Path backup = dir.resolve("routetoets.zip");
    assertThat(CheckCommandTest.run("backup", "--data", data.toString(), "--out", backup.toString()).exit()).isZero();

    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HoldOpen.class.getName(), url(data))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("open");

      CheckCommandTest.Run b = CheckCommandTest.run("backup", "--data", data.toString(), "--out", dir.resolve("b.zip").toString());
      assertThat(b.exit()).isEqualTo(Main.USAGE);
      assertThat(b.err()).isEqualTo("routetoets backup: the database in " + data + " is in use, probably by a running service: stop it"
          + " first\n");
      assertThat(dir.resolve("b.zip")).doesNotExist();

      CheckCommandTest.Run r = CheckCommandTest.run("restore", "--data", data.toString(), "--from", backup.toString(), "--force");
      assertThat(r.exit()).isEqualTo(Main.USAGE);
      assertThat(r.err()).contains("is in use, probably by a running service: stop it first").hasLineCount(1);
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
    try (Stream<Path> files = Files.list(data)) {
      assertThat(files).containsExactly(data.resolve("routetoets.mv.db"));
    }
  }

  /** Opens the database given as argument, says "open", and keeps it open until its standard input closes. */
  public static final class HoldOpen {
    public static void main(String[] args) throws Exception {
      try (Connection c = DriverManager.getConnection(args[0], "routetoets", "")) {
        System.out.println("open");
        System.out.flush();
        while (System.in.read() >= 0) {
          // wait
        }
      }
    }
  }
}
