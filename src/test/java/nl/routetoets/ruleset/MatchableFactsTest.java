package nl.routetoets.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
 * A fact is left out of the session exactly when no pattern's one-fact tests let it through: checked against
 * what a session does with the same facts, for plain, hashed and range-indexed tests, a test reading a global,
 * a pattern under {@code not} and a pattern without tests.
 */
public class MatchableFactsTest {
  /** A fact of the test's own rules. */
  public record Probe(String kind, int n) {}

  /** A fact that one pattern takes without any test. */
  public record Always(String kind) {}

  /** A fact no rule names. */
  public record Unused(String kind) {}

  public static final class Limit {
    public int max() {
      return 100;
    }
  }

  private static final String DRL = """
      package t;
      import %1$s.Probe;
      import %1$s.Always;
      global %1$s.Limit limit;
      global java.util.List fired;

      rule "plain" when Probe(kind == "plain", n > 5) then fired.add("plain"); end
      rule "global" when Probe(kind == "global", n > limit.max()) then fired.add("global"); end
      rule "not" when Always(kind == "x") not Probe(kind == "absent", n < 0) then fired.add("not"); end
      rule "always" when Always() then fired.add("always"); end
      %2$s
      %3$s
      """;

  private final KieBase kieBase = build();
  private final MatchableFacts matchable = new MatchableFacts(kieBase);

  @Test
  void leavesOutExactlyTheFactsNoPatternLetsThrough() {
    List<Object> facts = new ArrayList<>();
    for (String kind : List.of("plain", "global", "absent", "other", "h0", "h1", "h2", "h3", "h7", "r")) {
      for (int n : new int[] {-1, 0, 3, 6, 12, 101, 250, 999}) {
        facts.add(new Probe(kind, n));
      }
    }
    facts.add(new Always("x"));
    facts.add(new Always("y"));
    facts.add(new Unused("x"));
    KieSession session = session();
    try {
      for (Object fact : facts) {
        assertEquals(reachesTheNetwork(fact), matchable.matchable(fact, (ValueResolver) session), fact.toString());
      }
    } finally {
      session.dispose();
    }
  }

  @Test
  void aSessionGivenOnlyTheMatchableFactsFiresTheSame() {
    List<Object> facts = new ArrayList<>();
    for (String kind : List.of("plain", "global", "absent", "h2", "r", "none")) {
      for (int n : new int[] {-1, 6, 101, 250}) {
        facts.add(new Probe(kind, n));
      }
    }
    facts.add(new Always("x"));
    assertEquals(fired(facts, false), fired(facts, true));
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

  @Test
  void knowsAFactWithoutTestsOrWithoutRules() {
    KieSession session = session();
    try {
      assertTrue(matchable.matchable(new Always("y"), (ValueResolver) session));
      assertFalse(matchable.matchable(new Unused("x"), (ValueResolver) session));
      assertFalse(matchable.matchable(new Probe("plain", 5), (ValueResolver) session));
      assertTrue(matchable.matchable(new Probe("plain", 6), (ValueResolver) session));
      assertTrue(matchable.matchable(new Probe("absent", -1), (ValueResolver) session));
      assertFalse(matchable.matchable(new Probe("global", 100), (ValueResolver) session));
      assertTrue(matchable.matchable(new Probe("global", 101), (ValueResolver) session));
    } finally {
      session.dispose();
    }
  }

  /** What the session itself says: a fact reached the network when some rule's match holds it. */
  private boolean reachesTheNetwork(Object fact) {
    if (fact instanceof Probe p) {
      return switch (p.kind()) {
        case "plain" -> p.n() > 5;
        case "global" -> p.n() > 100;
        case "absent" -> p.n() < 0;
        case "h0", "h1", "h2", "h3" -> p.n() == 6;
        case "r" -> p.n() > 0;
        default -> false;
      };
    }
    return fact instanceof Always;
  }

  @SuppressWarnings("unchecked")
  private List<String> fired(List<Object> facts, boolean onlyMatchable) {
    KieSession session = session();
    try {
      List<String> fired = new ArrayList<>();
      session.setGlobal("fired", fired);
      for (Object fact : facts) {
        if (!onlyMatchable || matchable.matchable(fact, (ValueResolver) session)) {
          session.insert(fact);
        }
      }
      session.fireAllRules();
      fired.sort(null);
      return fired;
    } finally {
      session.dispose();
    }
  }

  private KieSession session() {
    KieSession session = kieBase.newKieSession();
    session.setGlobal("limit", new Limit());
    session.setGlobal("fired", new ArrayList<>());
    return session;
  }

  private static KieBase build() {
    String prefix = MatchableFactsTest.class.getName();
    // four rules testing the same field for equality: Drools hashes them instead of testing each
    String hashed = String.join("\n", IntStream.range(0, 4)
        .mapToObj(i -> "rule \"hashed " + i + "\" when Probe(kind == \"h" + i + "\", n == 6) then fired.add(\"h" + i + "\"); end")
        .toList());
    // ten rules comparing the same field with a bound: Drools indexes them by range
    String ranged = String.join("\n", IntStream.range(0, 10)
        .mapToObj(i -> "rule \"range " + i + "\" when Probe(n > " + (i * 100) + ", kind == \"r\") then fired.add(\"r" + i + "\"); end")
        .toList());
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.write("src/main/resources/t/t.drl", String.format(DRL, prefix, hashed, ranged));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException(builder.getResults().toString());
    }
    return ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
  }
}
