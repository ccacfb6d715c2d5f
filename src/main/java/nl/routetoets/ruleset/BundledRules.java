package nl.routetoets.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.kie.api.KieBase;

/**
 * Run by the build (after the classes are compiled): compiles the project's rules into the program, beside the
 * fingerprint of its classes ({@link RuleCache#BUNDLED}, {@link RuleCache#CODE}), so that the rules the jar
 * carries are never compiled at run time, and the tests, which run from the same classes, take them too. Does
 * nothing when the copy there is already of these rules and classes.
 *
 * <p>{@code java -cp … nl.routetoets.ruleset.BundledRules RULES_FOLDER CLASSES_FOLDER}
 */
public final class BundledRules {
  private BundledRules() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: BundledRules RULES_FOLDER CLASSES_FOLDER");
      System.exit(2);
    }
    Path rules = Path.of(args[0]).toAbsolutePath().normalize();
    Path classes = Path.of(args[1]).toAbsolutePath().normalize();
    String code = RuleCache.classesFingerprint(classes);
    write(classes.resolve(RuleCache.CODE), code.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(rules)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    RuleCache.Key key = new RuleCache.Key(RuleSetLoader.sha256(rules, files), RuleCache.droolsVersion(), Runtime.version().feature(), code);
    Path target = classes.resolve(RuleCache.BUNDLED);
    if (Files.isRegularFile(target) && RuleCache.contents(Files.readAllBytes(target), key, target.toString()).isPresent()) {
      System.out.println("[routetoets] " + target + " is up to date");
      System.exit(0);
    }
    KieBase kieBase;
    try {
      kieBase = RuleSetLoader.compile(rules, rules, files.stream().filter(p -> p.toString().endsWith(".drl")).toList());
    } catch (RuleSetException e) {
      System.err.println("[routetoets] the rules do not compile:\n  " + String.join("\n  ", e.problems()));
      System.exit(1);
      return;
    }
    write(target, RuleCache.encode(key, kieBase));
    System.out.println("[routetoets] compiled the rules into " + target);
    System.exit(0); // Drools leaves threads behind
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".writing-", ".tmp");
    Files.write(temporary, bytes);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
