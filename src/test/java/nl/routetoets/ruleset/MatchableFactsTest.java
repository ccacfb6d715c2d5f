package nl.routetoets.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.drools.base.base.ValueResolver;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;

/**
 * The session is given only the facts a rule that can still fire could match, and fires exactly as it does with all
 * the facts: for joins, {@code not}, {@code exists}, {@code collect}, {@code or}, a query, hashed and range-indexed
 * tests, a test reading a global, a pattern over {@code Object} and a type the rules declare.
 */
public class MatchableFactsTest {
  /** Facts of the test's own rules, standing for the checker's document facts: this class's package is the document package here. */
  public record Probe(String kind, int n) {}

  public record Other(String kind, int n) {}

  public static final class Limit {
    public int max() {
      return 100;
    }
  }

  private static final String DRL = """
      package t;
      import %1$s.Probe;
      import %1$s.Other;
      global %1$s.Limit limit;
      global java.util.List fired;

      declare Mark
        n : int
      end

      rule "plain" when Probe(kind == "plain", n > 5) then fired.add("plain"); end
      rule "global" when Probe(kind == "global", n > limit.max()) then fired.add("global"); end
      rule "join" when $p : Probe(kind == "left", n > 0) Other(kind == "right", n == $p.n) then fired.add("join " + $p.n()); end
      rule "not" when $p : Probe(kind == "left", n > 5) not Other(kind == "right", n == $p.n) then fired.add("not " + $p.n()); end
      rule "exists" when $o : Other(kind == "wide") exists Probe(kind == "plain", n < 0) then fired.add("exists " + $o.n()); end
      rule "collect" when $o : Other(kind == "count") $l : java.util.List(size < 2) from collect(Probe(kind == "left")) then fired.add("collect " + $l.size()); end
      rule "or" when Other(kind == "either") or Probe(kind == "either") then fired.add("or"); end
      rule "mark" when Probe(kind == "mark") then insert(new Mark(1)); end
      rule "marked" when Mark() Other(kind == "marked") then fired.add("marked"); end
      rule "anything" when Object(this == "anything") then fired.add("anything"); end
      query sameN(int $n) Other(kind == "query", n == $n) end
      rule "query" when $p : Probe(kind == "asks", $n : n) sameN($n;) then fired.add("query " + $n); end
      %2$s
      %3$s
      """;

  private static final List<String> KINDS =
      List.of("plain", "global", "left", "right", "wide", "count", "either", "mark", "marked", "query", "asks", "h0", "h3", "r", "none");
  private static final int[] NUMBERS = {-1, 0, 3, 6, 101, 250, 999};

  private final KieBase kieBase = build();
  private final MatchableFacts matchable = new MatchableFacts(kieBase, MatchableFactsTest.class.getPackageName());

  @Test
  void aSessionGivenOnlyTheSelectedFactsFiresAsOneGivenAllOfThem() {
    Random random = new Random(14);
    for (int round = 0; round < 3000; round++) {
      List<Object> facts = new ArrayList<>();
      int count = random.nextInt(6);
      for (int i = 0; i < count; i++) {
        String kind = KINDS.get(random.nextInt(KINDS.size()));
        int n = NUMBERS[random.nextInt(NUMBERS.length)];
        facts.add(random.nextBoolean() ? new Probe(kind, n) : new Other(kind, n));
      }
      if (random.nextInt(10) == 0) {
        facts.add("anything");
      }
      assertEquals(fired(facts, false), fired(facts, true), facts.toString());
    }
  }

  @Test
  void leavesOutAFactWhoseRuleLacksAnotherRequiredFact() {
    Probe left = new Probe("left", 6);
    Other right = new Other("right", 6);
    // "join" needs both; "not" fires on the left one alone, and must see the right one when it is there
    assertEquals(List.of(left), selected(List.of(left)));
    assertEquals(List.of(left, right), selected(List.of(left, right)));
    assertEquals(List.of(), selected(List.of(right)));
    // the query's fact goes in only with a fact of the rule that asks
    assertEquals(List.of(), selected(List.of(new Other("query", 6))));
    assertEquals(2, selected(List.of(new Probe("asks", 6), new Other("query", 6))).size());
    // exists needs its fact as a join does
    assertEquals(List.of(), selected(List.of(new Other("wide", 1))));
    assertEquals(2, selected(List.of(new Other("wide", 1), new Probe("plain", -1))).size());
    // a rule action may insert a declared type: a pattern over it never makes the rule impossible
    assertEquals(List.of(new Other("marked", 1)), selected(List.of(new Other("marked", 1))));
  }

  @Test
  void theTestsNetworkHashesAndIndexesByRange() {
    var nodes = ((org.drools.core.impl.InternalRuleBase) kieBase).getRete()
        .getEntryPointNode(org.drools.base.rule.EntryPointId.DEFAULT).getObjectTypeNodes();
    var probe = (org.drools.core.reteoo.CompositeObjectSinkAdapter) nodes.get(new org.drools.base.base.ClassObjectType(Probe.class))
        .getObjectSinkPropagator();
    assertTrue(probe.getHashedFieldIndexes().stream().anyMatch(org.drools.core.reteoo.CompositeObjectSinkAdapter.FieldIndex::isHashed));
    assertTrue(probe.getRangeIndexMap().keySet().stream().anyMatch(org.drools.core.reteoo.CompositeObjectSinkAdapter.FieldIndex::isRangeIndexed));
  }

  private List<Object> selected(List<Object> facts) {
    KieSession session = session(new ArrayList<>());
    try {
      return matchable.select(facts, (ValueResolver) session);
    } finally {
      session.dispose();
    }
  }

  private List<String> fired(List<Object> facts, boolean onlySelected) {
    List<String> fired = new ArrayList<>();
    KieSession session = session(fired);
    try {
      for (Object fact : onlySelected ? matchable.select(facts, (ValueResolver) session) : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
      fired.sort(null);
      return fired;
    } finally {
      session.dispose();
    }
  }

  private KieSession session(List<String> fired) {
    KieSession session = kieBase.newKieSession();
    session.setGlobal("limit", new Limit());
    session.setGlobal("fired", fired);
    return session;
  }

  private static KieBase build() {
    // four rules testing the same field for equality: Drools hashes them instead of testing each
    String hashed = String.join("\n", IntStream.range(0, 4)
        .mapToObj(i -> "rule \"hashed " + i + "\" when Probe(kind == \"h" + i + "\", n == 6) Other(kind == \"h" + i + "\") "
            + "then fired.add(\"h" + i + "\"); end")
        .toList());
    // ten rules comparing the same field with a bound: Drools indexes them by range
    String ranged = String.join("\n", IntStream.range(0, 10)
        .mapToObj(i -> "rule \"range " + i + "\" when Probe(n > " + (i * 100) + ", kind == \"r\") then fired.add(\"r" + i + "\"); end")
        .toList());
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.write("src/main/resources/t/t.drl", String.format(DRL, MatchableFactsTest.class.getName(), hashed, ranged));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(builder.getResults().toString());
    }
    return ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
  }
}
