package nl.routetoets.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;

/**
 * Backup and restore of the embedded H2 database, the folder that {@code serve} uses by default
 * ({@code routetoets-data/routetoets.mv.db}). A backup is H2's SQL script of the whole database,
 * zipped: it reads on any later H2 version, which a copy of the database file does not. Both need
 * the database to themselves, so the service must be stopped first: H2 locks the file while it is
 * open. Neither leaves a half-written file: each writes beside its target and renames at the end.
 */
public final class EmbeddedBackup {
  /** The database's name in its folder, as in the default {@code spring.datasource.url}. */
  public static final String DATABASE = "routetoets";
  private static final String FILE = DATABASE + ".mv.db";

  /** What the database holds, to say what was written or restored. */
  public record Contents(long accounts, long applications, long decisions, long auditEntries) {
    @Override
    public String toString() {
      return accounts + " accounts, " + applications + " applications, " + decisions + " decisions, " + auditEntries + " audit entries";
    }
  }

  /** Refused or failed, with one sentence for the user; nothing was changed. */
  public static final class BackupException extends Exception {
    BackupException(String message) {
      super(message);
    }

    BackupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private EmbeddedBackup() {}

  /** Writes the database in {@code data} to the new file {@code out} (a zipped SQL script). */
  public static Contents backup(Path data, Path out, String user, String password) throws BackupException {
    if (!Files.isRegularFile(data.resolve(FILE))) {
      throw new BackupException("no RouteToets database in " + data + " (" + FILE + " is missing)");
    }
    if (Files.exists(out)) {
      throw new BackupException(out + " exists; a backup never overwrites a file, so name a new one");
    }
    Path partial = null;
    try {
      Path folder = out.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      partial = Files.createTempFile(folder, "." + out.getFileName() + ".", ".partial");
      Files.delete(partial); // H2 writes the script itself, to a file that must not exist
      Contents contents;
      try (Connection c = open(data, user, password, true)) {
        contents = contents(c);
        try (PreparedStatement s = c.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
          s.setString(1, partial.toString());
          s.execute();
        }
      } catch (SQLException e) {
        throw new BackupException("the backup of " + data + " failed: " + reason(e), e);
      }
      force(partial);
      if (Files.exists(out)) {
        throw new BackupException(out + " appeared while the backup was written; it was left as it is");
      }
      Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
      force(folder);
      return contents;
    } catch (IOException e) {
      throw new BackupException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(partial);
    }
  }

  /**
   * Builds the database from {@code backup} in a new folder inside {@code data}, checks that it is a
   * RouteToets database, and only then moves it into place. An existing database is only replaced with
   * {@code replace}; it is kept beside the new one as {@code routetoets-replaced-<time>.mv.db}.
   */
  public static Contents restore(Path backup, Path data, boolean replace, String user, String password) throws BackupException {
    if (!Files.isRegularFile(backup)) {
      throw new BackupException("no backup file " + backup);
    }
    Path target = data.resolve(FILE);
    boolean exists = Files.exists(target);
    if (exists && !replace) {
      throw new BackupException(data + " already holds a database (" + FILE + "); restore into another folder, or add --force to"
          + " replace it (the old one is kept beside it)");
    }
    if (exists) {
      try (Connection c = open(data, user, password, true)) {
        // it opens, so no service has it; the connection closes again at once
      } catch (SQLException e) {
        throw new BackupException("cannot open the database in " + data + " to replace it: " + reason(e), e);
      }
    }
    Path work = null;
    try {
      Files.createDirectories(data);
      work = Files.createTempDirectory(data, ".restore-");
      Contents contents;
      try (Connection c = open(work, user, password, false)) {
        try (PreparedStatement s = c.prepareStatement("RUNSCRIPT FROM ? COMPRESSION ZIP")) {
          s.setString(1, backup.toAbsolutePath().toString());
          s.execute();
        } catch (SQLException e) {
          throw new BackupException(backup + " is not a backup that restores: " + reason(e), e);
        }
        try {
          contents = contents(c);
        } catch (SQLException e) {
          throw new BackupException(backup + " restores, but not to a RouteToets database: " + reason(e), e);
        }
        try (Statement s = c.createStatement()) {
          s.execute("SET WRITE_DELAY 0"); // as the service wants it (DatabaseDurability), also for a backup made without
        }
      } catch (SQLException e) {
        throw new BackupException("the restore into " + data + " failed: " + reason(e), e);
      }
      Path restored = work.resolve(FILE);
      force(restored);
      if (exists) {
        // a second name for the old database first: at every moment the target holds the old or the new one, whole
        String time = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        Files.createLink(data.resolve(DATABASE + "-replaced-" + time + ".mv.db"), target);
        Files.move(restored, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        if (Files.exists(target)) {
          throw new FileAlreadyExistsException(target + " appeared while the restore ran; it was left as it is");
        }
        Files.move(restored, target, StandardCopyOption.ATOMIC_MOVE);
      }
      force(data);
      return contents;
    } catch (IOException e) {
      throw new BackupException("cannot restore into " + data + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(work);
    }
  }

  /** The database in {@code folder}, or a refusal that says why it cannot be opened. */
  private static Connection open(Path folder, String user, String password, boolean mustExist) throws BackupException, SQLException {
    // TRACE_LEVEL_FILE=0: a refused open must not leave H2's routetoets.trace.db in the service's folder
    String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(DATABASE) + ";TRACE_LEVEL_FILE=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      switch (e.getErrorCode()) {
        case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
          throw new BackupException("the database in " + folder + " is in use, probably by a running service: stop it first", e);
        case ErrorCode.WRONG_USER_OR_PASSWORD ->
          throw new BackupException("wrong user or password for the database in " + folder
              + " (--user and --password, or SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD)", e);
        case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 -> throw new BackupException("no RouteToets database in " + folder, e);
        default -> throw e;
      }
    }
  }

  /** H2's message without the statement and error code it appends on further lines. */
  private static String reason(SQLException e) {
    String m = String.valueOf(e.getMessage());
    int statement = m.indexOf("; SQL statement:");
    return (statement >= 0 ? m.substring(0, statement) : m).lines().findFirst().orElse("").strip();
  }

  private static Contents contents(Connection c) throws SQLException {
    return new Contents(count(c, "account"), count(c, "application"), count(c, "decision"), count(c, "audit_log"));
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** On disk, not only in the operating system's cache, before the rename that makes it count. */
  private static void force(Path path) throws IOException {
    try (FileChannel f = FileChannel.open(path, StandardOpenOption.READ)) {
      f.force(true);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary file is harmless; the result is already in place or refused
    }
  }
}
