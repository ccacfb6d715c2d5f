package nl.routetoets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.routetoets.ruleset.RuleCache;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The tests keep compiled rules in a temporary folder of their own, never in the developer's cache folder: set before
 * any test runs (however the tests are started: Maven, an IDE), removed when they end. A test that starts the program
 * in another process passes it on ({@link #folder}). Rule sets the tests compile are kept there for the rest of the
 * run, so each is compiled once; the project's own rules come compiled with the classes (RuleCache).
 */
public final class TemporaryRuleCache implements LauncherSessionListener {
  private Path made;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty(RuleCache.SYSTEM_PROPERTY) != null) {
      return;
    }
    try {
      made = Files.createTempDirectory("routetoets-test-cache-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty(RuleCache.SYSTEM_PROPERTY, made.toString());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (made == null) {
      return;
    }
    System.clearProperty(RuleCache.SYSTEM_PROPERTY);
    try (Stream<Path> walk = Files.walk(made)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // the system's clean-up of temporary files takes it
    }
  }

  /** The tests' cache folder, for a program started in another process ({@code -Droutetoets.cache=…}). */
  public static String folder() {
    String folder = System.getProperty(RuleCache.SYSTEM_PROPERTY);
    if (folder == null) {
      throw new IllegalStateException("the tests' rule cache is not set: is " + TemporaryRuleCache.class.getName() + " registered?");
    }
    return folder;
  }
}
