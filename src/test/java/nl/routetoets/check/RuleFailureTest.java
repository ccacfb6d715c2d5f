package nl.routetoets.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.routetoets.RuleTraps;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import nl.routetoets.ruleset.Limits;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.ruleset.RuleSetLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rule that loops or throws for one document costs that document an ERROR result naming the rule;
 * the documents around it are checked as usual, on the same thread.
 */
class RuleFailureTest {
  /** Far more than any check takes, so that the test can only fail, never hang, when a check is not stopped. */
  private static final Duration HANG = Duration.ofSeconds(120);
  private static final Limits SHORT = new Limits(Duration.ofMillis(500), 1_000);

  @TempDir static Path dir;
  private static RuleSet traps;

  @BeforeAll
  static void load() throws Exception {
    traps = RuleSetLoader.load(RuleTraps.rulesWithTraps(dir)).withLimits(SHORT);
  }

  private static List<SourcedDocument> read(String jsonLines) {
    List<SourcedDocument> docs = new ArrayList<>();
    Iterator<SourcedDocument> it = DocumentReader.readJsonLines("stroom.jsonl", new StringReader(jsonLines));
    it.forEachRemaining(docs::add);
    return docs;
  }

  /** A result as JSON without the rule-set reference, which differs between the two rule sets. */
  private static String withoutRuleSet(Result r) {
    ObjectNode json = (ObjectNode) Json.MAPPER.valueToTree(r);
    json.remove("ruleSet");
    return json.toString();
  }

  @Test
  void eachTrapGivesItsDocumentAnErrorNamingTheRuleAndTheOtherDocumentsAreCheckedAsUsual() throws IOException {
    List<String> normal = Files.readAllLines(Path.of("demo", "trajecten.jsonl")).stream().filter(l -> !l.isBlank()).limit(3).toList();
    List<String> lines = new ArrayList<>();
    lines.add(normal.get(0));
    lines.add(RuleTraps.trajectory(RuleTraps.ACTIVATION_LOOP_ID));
    lines.add(normal.get(1));
    lines.add(RuleTraps.trajectory(RuleTraps.ACTION_LOOP_ID));
    lines.add(RuleTraps.trajectory(RuleTraps.THROWS_ID));
    lines.add(normal.get(2));
    lines.add(RuleTraps.trajectory(RuleTraps.THROWS_IN_CONDITION_ID));
    lines.add(RuleTraps.trajectory(RuleTraps.CONDITION_LOOP_ID));
    lines.add(Files.readString(RuleTraps.TRAJECTORY).replace("\n", ""));
    List<SourcedDocument> docs = read(String.join("\n", lines) + "\n");

    List<Result> results = assertTimeoutPreemptively(HANG, () -> {
      Checker checker = new Checker(traps, null);
      List<Result> all = new ArrayList<>();
      docs.forEach(d -> all.add(checker.check(d)));
      return all;
    });

    Checker reference = new Checker(TestRuleSet.get(), null);
    for (int i : List.of(0, 2, 5, 8)) {
      assertThat(withoutRuleSet(results.get(i))).as("line " + (i + 1)).isEqualTo(withoutRuleSet(reference.check(docs.get(i))));
    }
    assertError(results.get(1), 2, "rule \"" + RuleTraps.ACTIVATION_LOOP + "\" kept firing: more than 1000 rule firings");
    assertError(results.get(3), 4, "rule \"" + RuleTraps.ACTION_LOOP + "\" did not finish within 500 ms of computing time");
    assertError(results.get(4), 5, "rule \"" + RuleTraps.THROWS + "\" failed in its action on this document: NumberFormatException");
    assertError(results.get(6), 7, "rule \"" + RuleTraps.THROWS_IN_CONDITION + "\" failed in a condition on this document: "
        + "NumberFormatException");
    assertError(results.get(7), 8, "rule \"" + RuleTraps.CONDITION_LOOP + "\" did not finish within 500 ms of computing time");
  }

  private static void assertError(Result r, int line, String problem) {
    assertThat(r.verdict()).as("line " + line).isEqualTo(Verdict.ERROR);
    assertThat(r.findings()).isEmpty();
    assertThat(r.routes()).isEmpty();
    assertThat(r.asOf()).isNotNull();
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).line()).isEqualTo(line);
    assertThat(r.errors().get(0).problem()).as("line " + line).contains(problem);
  }

  @Test
  void aThreadStoppedInALoopingRuleChecksTheNextDocument() throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      Checker checker = new Checker(traps, null);
      List<SourcedDocument> docs = read(RuleTraps.trajectory(RuleTraps.ACTION_LOOP_ID) + "\n"
          + RuleTraps.trajectory(RuleTraps.CONDITION_LOOP_ID) + "\n"
          + Files.readString(RuleTraps.TRAJECTORY).replace("\n", "") + "\n");
      List<String> threads = new ArrayList<>();
      List<Boolean> interrupted = new ArrayList<>();
      List<Result> results = new ArrayList<>();
      for (SourcedDocument d : docs) {
        results.add(assertTimeoutPreemptively(HANG, () -> one.submit(() -> {
          threads.add(Thread.currentThread().getName());
          Result r = checker.check(d);
          // a flag left set would make the thread's next blocking I/O fail (a servlet thread drops its connection)
          interrupted.add(Thread.currentThread().isInterrupted());
          return r;
        }).get()));
      }
      assertThat(results).extracting(Result::verdict).containsExactly(Verdict.ERROR, Verdict.ERROR, Verdict.COMPLIANT);
      assertThat(threads).containsOnly(threads.get(0));
      assertThat(interrupted).containsOnly(false);
    } finally {
      one.shutdownNow();
    }
  }
}
