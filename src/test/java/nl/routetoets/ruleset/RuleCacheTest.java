package nl.routetoets.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.routetoets.TestRuleSet;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import org.drools.base.common.DroolsObjectOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compiled rules kept between runs: a rule set is compiled once and then read from the cache; a changed rule is
 * compiled again; a damaged or foreign entry is passed over, compiled afresh and written again; two that fill the
 * cache at once leave one whole entry. Rule bases built earlier in the process are forgotten before each load that
 * must show what the cache on disk does. A small rule set (one DRL file) keeps the compiling short.
 */
class RuleCacheTest {
  private static final String DOCUMENT = "EXP_ALL/art05-jonger-dan-16/leerling-van-15-in-de-bbl";
  @TempDir Path dir;

  @AfterEach
  void forget() {
    RuleCache.forget();
  }

  private Path smallRules(String name) throws IOException {
    return TestRuleSet.smallRules(dir.resolve(name));
  }

  private RuleSet load(Path rules, RuleCache cache) throws RuleSetException {
    RuleCache.forget();
    return RuleSetLoader.load(rules, cache);
  }

  private static List<Path> entries(Path cache) throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(cache)) {
      return list.filter(p -> p.toString().endsWith(".kbase")).toList();
    }
  }

  private static List<Path> everything(Path cache) throws IOException {
    try (Stream<Path> list = Files.list(cache)) {
      return list.toList();
    }
  }

  /** What checking the fixture's document gives, as the command line prints it. */
  private static String check(RuleSet ruleSet) throws IOException {
    List<SourcedDocument> docs = new ArrayList<>();
    DocumentReader.readJson("x.json", new java.io.StringReader(TestRuleSet.fixture(DOCUMENT).json()), docs::add);
    return Json.MAPPER.writeValueAsString(new Checker(ruleSet, null).check(docs.get(0)));
  }

  @Test
  void aRuleSetIsCompiledOnceThenReadFromTheCacheAndChecksTheSame() throws Exception {
    Path rules = smallRules("rules");
    RuleCache cache = RuleCache.at(dir.resolve("cache"));
    long before = RuleSetLoader.compilations();
    RuleSet compiled = load(rules, cache);
    assertThat(RuleSetLoader.compilations()).isEqualTo(before + 1);
    assertThat(entries(dir.resolve("cache"))).hasSize(1);

    RuleSet read = load(rules, cache);
    assertThat(RuleSetLoader.compilations()).as("read from the cache, not compiled").isEqualTo(before + 1);
    assertThat(read.ref()).isEqualTo(compiled.ref());
    assertThat(read.rules()).isEqualTo(compiled.rules()).isNotEmpty();
    assertThat(check(read)).isEqualTo(check(compiled)).contains("N-PRG-6");
  }

  @Test
  void aChangedRuleIsCompiledAgain() throws Exception {
    Path rules = smallRules("rules");
    RuleCache cache = RuleCache.at(dir.resolve("cache"));
    load(rules, cache);
    long before = RuleSetLoader.compilations();
    Path drl = rules.resolve("EXP_ALL/art05-jonger-dan-16.drl");
    Files.writeString(drl, Files.readString(drl) + "\n// a comment is a change too\n");
    RuleSet changed = load(rules, cache);
    assertThat(RuleSetLoader.compilations()).isEqualTo(before + 1);
    assertThat(entries(dir.resolve("cache"))).hasSize(2);
    assertThat(check(changed)).contains("N-PRG-6");
  }

  enum Damage {
    CUT_SHORT, GARBLED_CONTENTS, GARBLED_HEADING, EMPTY, NOT_AN_ENTRY
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedEntryIsPassedOverCompiledAgainAndWrittenWhole(Damage damage) throws Exception {
    Path rules = smallRules("rules");
    RuleCache cache = RuleCache.at(dir.resolve("cache"));
    RuleSet compiled = load(rules, cache);
    Path entry = entries(dir.resolve("cache")).get(0);
    byte[] bytes = Files.readAllBytes(entry);
    switch (damage) {
      case CUT_SHORT -> Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      case GARBLED_CONTENTS -> {
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
          bytes[i] ^= 0x5a;
        }
        Files.write(entry, bytes);
      }
      case GARBLED_HEADING -> {
        bytes[3] ^= 0x5a;
        Files.write(entry, bytes);
      }
      case EMPTY -> Files.write(entry, new byte[0]);
      case NOT_AN_ENTRY -> Files.writeString(entry, "this is not what the cache wrote");
    }
    long before = RuleSetLoader.compilations();
    RuleSet again = load(rules, cache);
    assertThat(RuleSetLoader.compilations()).as("compiled again").isEqualTo(before + 1);
    assertThat(check(again)).isEqualTo(check(compiled));
    assertThat(Files.readAllBytes(entry)).as("written whole again").hasSize(bytes.length);

    load(rules, cache);
    assertThat(RuleSetLoader.compilations()).as("and read from the cache after that").isEqualTo(before + 1);
  }

  @Test
  void anEntryThatHoldsClassesTheCacheNeverWritesIsRefused() throws Exception {
    Path rules = smallRules("rules");
    RuleCache cache = RuleCache.at(dir.resolve("cache"));
    RuleSet compiled = load(rules, cache);
    Path entry = entries(dir.resolve("cache")).get(0);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(body)) {
      out.writeObject(new java.util.LinkedHashMap<String, byte[]>());
      out.writeObject(org.apache.commons.csv.CSVFormat.DEFAULT); // serializable, but nothing a rule set holds
    }
    Files.write(entry, RuleCache.entry(RuleCache.key(compiled.ref().sha256()), body.toByteArray()));
    long before = RuleSetLoader.compilations();
    assertThat(check(load(rules, cache))).isEqualTo(check(compiled));
    assertThat(RuleSetLoader.compilations()).isEqualTo(before + 1);
  }

  @Test
  void twoFillingTheCacheAtOnceLeaveOneWholeEntryAndNoTemporaryFile() throws Exception {
    Path rules = smallRules("rules");
    Path folder = dir.resolve("cache");
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      List<Future<RuleSet>> fills = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        fills.add(two.submit(() -> {
          go.await();
          return RuleSetLoader.load(rules, RuleCache.at(folder));
        }));
      }
      RuleCache.forget();
      go.countDown();
      for (Future<RuleSet> fill : fills) {
        assertThat(fill.get(5, TimeUnit.MINUTES).rules()).isNotEmpty();
      }
    } finally {
      two.shutdownNow();
    }
    assertThat(everything(folder)).hasSize(1).allMatch(p -> p.toString().endsWith(".kbase"));
    long before = RuleSetLoader.compilations();
    assertThat(check(load(rules, RuleCache.at(folder)))).contains("N-PRG-6");
    assertThat(RuleSetLoader.compilations()).as("the entry is whole").isEqualTo(before);
  }

  @Test
  void offKeepsNothingAndCompilesEachTime() throws Exception {
    Path rules = smallRules("rules");
    long before = RuleSetLoader.compilations();
    load(rules, RuleCache.off());
    load(rules, RuleCache.off());
    assertThat(RuleSetLoader.compilations()).isEqualTo(before + 2);
    assertThat(RuleCache.off().folder()).isEmpty();
  }

  @Test
  void theProjectsRulesComeCompiledWithTheProgram() throws Exception {
    long before = RuleSetLoader.compilations();
    RuleSet rules = load(TestRuleSet.RULES, RuleCache.at(dir.resolve("cache")));
    assertThat(RuleSetLoader.compilations()).as("the build compiled them (mvn process-classes)").isEqualTo(before);
    assertThat(rules.ref()).isEqualTo(TestRuleSet.get().ref());
    assertThat(dir.resolve("cache")).as("nothing to keep").doesNotExist();
  }

  @Test
  void theKeyIsTheRulesTheDroolsAndJavaVersionsAndTheProgramsClasses() {
    RuleCache.Key key = RuleCache.key("a".repeat(64));
    assertThat(key.drools()).matches("10\\.\\d+\\.\\d+.*");
    assertThat(key.code()).hasSize(64);
    assertThat(key.file()).isNotEqualTo(RuleCache.key("b".repeat(64)).file())
        .isNotEqualTo(new RuleCache.Key(key.rules(), "9.44.0", key.java(), key.code()).file())
        .isNotEqualTo(new RuleCache.Key(key.rules(), key.drools(), key.java() + 1, key.code()).file())
        .isNotEqualTo(new RuleCache.Key(key.rules(), key.drools(), key.java(), "c".repeat(64)).file());
  }

  @Test
  void aNoteIsKeptBesideTheEntryOfItsRuleSet() {
    RuleCache cache = RuleCache.at(dir.resolve("cache"));
    String sha = "d".repeat(64);
    assertThat(cache.note(sha, "gate-x")).isEmpty();
    cache.writeNote(sha, "gate-x", "{\"passed\":true}");
    assertThat(cache.note(sha, "gate-x")).contains("{\"passed\":true}");
    assertThat(cache.note("e".repeat(64), "gate-x")).isEmpty();
    cache.writeNote(sha, "../elsewhere", "no");
    assertThat(dir.resolve("elsewhere")).doesNotExist();
    assertThat(RuleCache.off().note(sha, "gate-x")).isEmpty();
  }

  @Test
  void theCacheFolderComesFromTheSettingThenTheSystemPropertyThenTheEnvironment() {
    assertThat(RuleCache.standard(dir.toString()).folder()).contains(dir);
    assertThat(RuleCache.standard(RuleCache.OFF).folder()).isEmpty();
    // the tests' own: TemporaryRuleCache sets the system property before any test runs
    assertThat(RuleCache.standard(null).folder()).contains(Path.of(System.getProperty(RuleCache.SYSTEM_PROPERTY)));
  }
}
