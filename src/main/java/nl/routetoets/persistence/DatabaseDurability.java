package nl.routetoets.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A 2xx answer promises that the write survives a crash, so the service checks at start, before it
 * takes a request, that the database writes a commit before it says the commit is done. H2 delays
 * writing by 500 ms unless told otherwise ({@code WRITE_DELAY}): the service sets it to 0, which H2
 * keeps in the database. A PostgreSQL with {@code fsync}, {@code synchronous_commit} or
 * {@code full_page_writes} off can lose or corrupt committed data in a crash: the service refuses to
 * start on it, unless {@code routetoets.storage.allow-non-durable=true}, which logs a warning instead.
 */
@Component
public class DatabaseDurability {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseDurability.class);
  public static final String ALLOW_PROPERTY = "routetoets.storage.allow-non-durable";

  /** The database may lose commits it acknowledged; the message says why and what to change. */
  public static final class NonDurableDatabaseException extends IllegalStateException {
    private final List<String> problems;

    NonDurableDatabaseException(List<String> problems) {
      super("The database may lose writes the service has confirmed: " + String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  public DatabaseDurability(DataSource dataSource, @Value("${spring.datasource.url:}") String url,
      @Value("${" + ALLOW_PROPERTY + ":false}") boolean allowNonDurable) throws SQLException {
    List<String> problems;
    try (Connection c = dataSource.getConnection()) {
      problems = check(c, url);
    }
    if (problems.isEmpty()) {
      return;
    }
    if (!allowNonDurable) {
      throw new NonDurableDatabaseException(problems);
    }
    problems.forEach(p -> LOG.warn("{} ({}=true: starting anyway; a crash can lose writes that were answered 2xx)", p, ALLOW_PROPERTY));
  }

  /** What makes this database lose acknowledged commits in a crash; empty when nothing does. Makes H2 durable on the way. */
  static List<String> check(Connection c, String url) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName();
    if ("H2".equals(product)) {
      return checkH2(c, url);
    }
    if ("PostgreSQL".equals(product)) {
      return checkPostgresql(c);
    }
    LOG.warn("{} is neither H2 nor PostgreSQL: the service cannot check that it writes commits durably", product);
    return List.of();
  }

  private static List<String> checkH2(Connection c, String url) throws SQLException {
    String inUrl = urlSetting(url, "WRITE_DELAY");
    if (inUrl != null && !inUrl.equals("0")) {
      // H2 applies a URL setting again on every new connection, so the service cannot override it
      return new ArrayList<>(List.of("the H2 URL sets WRITE_DELAY=" + inUrl + ": H2 then writes a commit to its file up to "
          + inUrl + " ms after the service has answered; leave WRITE_DELAY out of spring.datasource.url or set it to 0"));
    }
    int delay = writeDelay(c);
    if (delay != 0) {
      try (Statement s = c.createStatement()) {
        s.execute("SET WRITE_DELAY 0");
      } catch (SQLException e) {
        return new ArrayList<>(List.of("H2 writes a commit up to " + delay + " ms after it, and the database user may not change that ("
            + e.getMessage() + "); add ;WRITE_DELAY=0 to spring.datasource.url"));
      }
      LOG.info("H2 WRITE_DELAY was {} ms; set to 0, so that every commit is in the database file before the service answers", delay);
    }
    return new ArrayList<>();
  }

  private static List<String> checkPostgresql(Connection c) throws SQLException {
    List<String> problems = new ArrayList<>();
    if (!"on".equals(show(c, "fsync"))) {
      problems.add("PostgreSQL runs with fsync=off: after a power cut or an operating system crash, committed data may be lost or"
          + " corrupt; set fsync=on");
    }
    if ("off".equals(show(c, "synchronous_commit"))) {
      problems.add("PostgreSQL runs with synchronous_commit=off: it answers a commit before the commit is on disk, and a crash loses"
          + " the last ones; set synchronous_commit=on (for the server, this database or this user)");
    }
    if (!"on".equals(show(c, "full_page_writes"))) {
      problems.add("PostgreSQL runs with full_page_writes=off: a crash during a write can leave pages that recovery cannot repair;"
          + " set full_page_writes=on");
    }
    return problems;
  }

  static int writeDelay(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      return r.next() ? Integer.parseInt(r.getString(1).trim()) : 0;
    }
  }

  private static String show(Connection c, String setting) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW " + setting)) {
      r.next();
      return r.getString(1).trim().toLowerCase(Locale.ROOT);
    }
  }

  /** The value of a {@code ;KEY=VALUE} setting in an H2 URL, or null. */
  static String urlSetting(String url, String key) {
    String[] parts = url.split(";");
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].indexOf('=');
      if (eq > 0 && parts[i].substring(0, eq).trim().equalsIgnoreCase(key)) {
        return parts[i].substring(eq + 1).trim();
      }
    }
    return null;
  }
}
