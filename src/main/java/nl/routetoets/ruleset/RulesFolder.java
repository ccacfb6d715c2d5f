package nl.routetoets.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where the rule files come from: a folder someone names ({@code --rules}, {@code ROUTETOETS_RULES}), the
 * working folder's {@code rules/}, or the copy of the project's {@code rules/} that the build bundles
 * into the program ({@code bundled/rules.zip} on the class path), so that the program works from any
 * folder. The same for the fixtures ({@code test-fixtures/}). A bundled copy is unpacked into a fresh
 * temporary folder, readable only by its owner, once per run and removed when the program ends; the
 * loader then reads it as any folder, so its sha256 is that of the folder it was made from.
 *
 * <p>A folder someone named must exist and look like a rules folder; otherwise {@link Unusable} says so
 * in one sentence. Nothing here compiles or checks the rules: that is {@link RuleSetLoader}'s work.
 */
public final class RulesFolder {
  /** The environment variable that names the rules folder when {@code --rules} is not given. */
  public static final String ENVIRONMENT = "ROUTETOETS_RULES";

  /** Where a folder came from, in the words a message uses. */
  public enum Source {
    OPTION("given with --rules"),
    FIXTURES_OPTION("given with --fixtures"),
    ENVIRONMENT("named by " + RulesFolder.ENVIRONMENT),
    PROPERTY("set by routetoets.rules or " + RulesFolder.ENVIRONMENT),
    FIXTURES_PROPERTY("set by routetoets.fixtures or ROUTETOETS_FIXTURES"),
    WORKING_FOLDER("in the working folder"),
    BUNDLED("bundled with this program");

    public final String words;

    Source(String words) {
      this.words = words;
    }
  }

  /**
   * A folder to read, where it came from, and how to name it to people: the bundled copy as {@code rules}
   * or {@code test-fixtures} (its temporary location means nothing to them), any other as given.
   */
  public record Folder(Path path, Source source, String shownAs) {
    public boolean bundled() {
      return source == Source.BUNDLED;
    }

    /** A file of this folder as people should read its name: {@code rules/EXP_ALL/x.drl} for the bundled copy. */
    public String show(String file) {
      if (!bundled()) {
        return file;
      }
      Path p = Path.of(file).toAbsolutePath().normalize();
      Path root = path.toAbsolutePath().normalize();
      return p.startsWith(root) ? shownAs + "/" + root.relativize(p).toString().replace('\\', '/') : file;
    }
  }

  /** A folder that was named but cannot be used; the message is one sentence that says which and why. */
  public static final class Unusable extends Exception {
    public Unusable(String message) {
      super(message);
    }
  }

  static final String RULES = "rules";
  static final String FIXTURES = "test-fixtures";
  private static final Map<String, Path> UNPACKED = new HashMap<>();

  private RulesFolder() {}

  /**
   * The rules folder: {@code option} when given, else the one {@code environment} names (the value of
   * {@link #ENVIRONMENT}; null or blank when unset), else {@code rules/} in the working folder when there
   * is one, else the rules bundled with the program.
   */
  public static Folder rules(Path option, String environment) throws Unusable {
    if (option != null) {
      return named(option, Source.OPTION);
    }
    if (environment != null && !environment.isBlank()) {
      return named(Path.of(environment.strip()), Source.ENVIRONMENT);
    }
    return rulesNamedBy(null, Source.OPTION);
  }

  /**
   * The rules folder {@code named} from {@code source} (the service's {@link Source#PROPERTY}) when it is not null,
   * else {@code rules/} in the working folder when there is one, else the rules bundled with the program.
   */
  public static Folder rulesNamedBy(Path named, Source source) throws Unusable {
    if (named != null) {
      return named(named, source);
    }
    Path here = Path.of(RULES);
    if (Files.isDirectory(here)) {
      return named(here, Source.WORKING_FOLDER);
    }
    return new Folder(unpacked(RULES), Source.BUNDLED, RULES);
  }

  /** The fixtures folder: {@code option} when given, else {@code test-fixtures/} in the working folder, else the bundled fixtures. */
  public static Folder fixtures(Path option) throws Unusable {
    return fixturesNamedBy(option, Source.FIXTURES_OPTION);
  }

  /** The fixtures folder {@code named} from {@code source} when it is not null, else as {@link #fixtures(Path)}. */
  public static Folder fixturesNamedBy(Path named, Source source) throws Unusable {
    if (named != null) {
      return existing(named, source, "fixtures folder");
    }
    Path here = Path.of(FIXTURES);
    if (Files.isDirectory(here)) {
      return new Folder(here, Source.WORKING_FOLDER, here.toString());
    }
    return new Folder(unpacked(FIXTURES), Source.BUNDLED, FIXTURES);
  }

  /** A rules folder someone named: it must exist and hold what every rule set has, else one sentence says what is missing. */
  private static Folder named(Path folder, Source source) throws Unusable {
    Folder f = existing(folder, source, "rules folder");
    for (String required : required()) {
      if (!Files.isRegularFile(folder.resolve(required))) {
        throw new Unusable("the rules folder " + folder + " (" + source.words + ") is not a complete rules folder: it has no "
            + required + (source == Source.WORKING_FOLDER ? "; give --rules, or run from another folder to use the rules bundled"
            + " with this program" : ""));
      }
    }
    return f;
  }

  private static Folder existing(Path folder, Source source, String what) throws Unusable {
    if (!Files.exists(folder)) {
      throw new Unusable("the " + what + " " + folder + " (" + source.words + ") does not exist" + switch (source) {
        case OPTION, ENVIRONMENT -> "; leave out --rules and " + ENVIRONMENT + " to use the rules bundled with this program";
        case PROPERTY -> "; leave out routetoets.rules and " + ENVIRONMENT + " to use the rules bundled with this program";
        case FIXTURES_PROPERTY -> "; leave out routetoets.fixtures and ROUTETOETS_FIXTURES to use the fixtures bundled with this program";
        default -> "";
      });
    }
    if (!Files.isDirectory(folder)) {
      throw new Unusable("the " + what + " " + folder + " (" + source.words + ") is a file, not a folder");
    }
    return new Folder(folder, source, folder.toString());
  }

  /** The files every rules folder holds, relative to it. */
  static List<String> required() {
    return Stream.concat(
        Stream.of(RuleSetLoader.RULESET_FILE, RuleSetLoader.NORMS_FILE),
        Stream.concat(Parameters.FILES.stream().map(f -> "parameters/" + f), Reference.FILES.stream().map(f -> "reference/" + f)))
        .toList();
  }

  /** The bundled copy of {@code name}, unpacked once per run into a temporary folder that goes when the program ends. */
  static synchronized Path unpacked(String name) throws Unusable {
    Path dir = UNPACKED.get(name);
    if (dir != null) {
      return dir;
    }
    try (InputStream zip = RulesFolder.class.getResourceAsStream("/bundled/" + name + ".zip")) {
      if (zip == null) {
        throw new Unusable("there is no " + name + " folder here and this build of the program carries no bundled copy;"
            + " give the folder with " + (name.equals(RULES) ? "--rules" : "--fixtures"));
      }
      dir = Files.createTempDirectory("routetoets-" + name + "-");
      unzip(zip, dir);
    } catch (IOException e) {
      throw new Unusable("the " + name + " bundled with this program cannot be unpacked into a temporary folder: " + e.getMessage());
    }
    Path remove = dir;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(remove), "remove-unpacked-" + name));
    UNPACKED.put(name, dir);
    return dir;
  }

  static void unzip(InputStream zip, Path into) throws IOException {
    Path root = into.toAbsolutePath().normalize();
    try (ZipInputStream in = new ZipInputStream(zip)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path target = root.resolve(e.getName()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
          throw new IOException("an entry outside the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // the temporary folder stays; the system's clean-up of temporary files takes it
    }
  }
}
