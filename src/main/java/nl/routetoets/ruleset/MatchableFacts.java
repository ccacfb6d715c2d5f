package nl.routetoets.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.BaseNode;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AbstractTerminalNode;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.CompositeObjectSinkAdapter;
import org.drools.core.reteoo.ExistsNode;
import org.drools.core.reteoo.JoinNode;
import org.drools.core.reteoo.LeftInputAdapterNode;
import org.drools.core.reteoo.LeftTupleNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.QueryElementNode;
import org.drools.core.reteoo.QueryTerminalNode;
import org.drools.core.reteoo.TerminalNode;
import org.drools.core.reteoo.TupleToObjectNode;
import org.drools.core.util.index.AlphaRangeIndex;
import org.kie.api.KieBase;

/**
 * The facts of a document that a rule which can still fire could match; the session is given only those.
 *
 * <p>A rule fires only if each of its patterns that stands on its own (not under {@code not}, {@code collect},
 * {@code accumulate} or {@code from}) matches a fact, and {@code exists} over one pattern needs one too. Whether a
 * fact passes a pattern's tests that need no other fact is decided by the rule base's own compiled tree of those
 * tests (the alpha network), walked here as the session would walk it on inserting the fact. When a required pattern
 * over a class the checker builds from documents matches no fact of the document, its rule cannot fire, and a fact
 * that only such rules could match cannot change a finding: a fact goes into the session exactly when its walk leads
 * into a rule (or a query a rule calls) whose every required pattern has a fact. A rule written the way
 * {@code rules/README.md} asks, with the test that makes its finding on a pattern of its own, then costs a compliant
 * document only those tests; inserting a document's facts and deleting them again cost more than the rules that test
 * them (docs/performance.md, issue 14).
 *
 * <p>A pattern over a class outside {@code documentPackage} (the engine's own start fact, a type a rule file
 * declares, {@code Object}) never makes a rule impossible: a rule's action may insert such a fact. A fact that
 * reaches a kind of node the walk does not know always goes in. Safe to use from several threads.
 */
final class MatchableFacts {
  /**
   * One propagator of the alpha network, as the walk needs it: the tests below it (hashed ones by field, range-indexed
   * ones by index, the rest one by one) with what each leads to, and the sinks it reaches at once.
   */
  private record Fork(
      CompositeObjectSinkAdapter.FieldIndex[] hashedFields, Map<CompositeObjectSinkAdapter.HashKey, Fork> hashed,
      AlphaRangeIndex[] ranges, Map<AlphaNode, Fork> ranged, AlphaNode[] tests, Fork[] passed, int[] sinks, boolean unknown) {}

  /** A rule's or a query's end: the sinks of the patterns it needs a document's fact for; for a query, the ends that call it. */
  private record End(int[] required, boolean query, int[] callers) {}

  private static final int[] NONE = new int[0];
  /** The ends of a sink that belongs to no end: a fact that reaches it goes in. */
  private static final int[] ALWAYS = {-1};
  private static final byte UNDECIDED = 0;
  private static final byte LIVE = 1;
  private static final byte DEAD = 2;
  private static final byte DECIDING = 3;

  private final Map<ObjectType, ObjectTypeNode> objectTypeNodes;
  /** The walk's copy of each propagator below an object-type node, compiled once. */
  private final Map<ObjectSinkPropagator, Fork> roots = new IdentityHashMap<>();
  /** Where the facts of each class enter: the forks below the object-type nodes the class belongs to. */
  private final Map<Class<?>, Fork[]> entries = new ConcurrentHashMap<>();
  /** The ends below each sink (a rule's first pattern, or the right input of a join, not, exists, collect, ...), by sink index. */
  private final int[][] sinkEnds;
  private final End[] ends;

  /** {@code documentPackage}: the package of the facts the checker builds from a document, e.g. {@code nl.routetoets.facts}. */
  MatchableFacts(KieBase kieBase, String documentPackage) {
    InternalRuleBase ruleBase = (InternalRuleBase) kieBase;
    this.objectTypeNodes = ruleBase.getRete().getEntryPointNode(EntryPointId.DEFAULT).getObjectTypeNodes();
    List<AbstractTerminalNode> terminals = new ArrayList<>();
    for (TerminalNode[] byRule : ruleBase.getReteooBuilder().getTerminalNodes().values()) {
      for (TerminalNode t : byRule) {
        terminals.add((AbstractTerminalNode) t);
      }
    }
    Map<ObjectSink, Integer> sinks = new IdentityHashMap<>();
    Map<AlphaNode, Fork> compiled = new IdentityHashMap<>();
    for (ObjectTypeNode otn : objectTypeNodes.values()) {
      ObjectSinkPropagator root = otn.getObjectSinkPropagator();
      roots.put(root, compile(root, sinks, compiled));
    }
    this.sinkEnds = new int[sinks.size()][];
    for (Map.Entry<ObjectSink, Integer> e : sinks.entrySet()) {
      List<Integer> below = new ArrayList<>();
      for (int t = 0; t < terminals.size(); t++) {
        if (((BaseNode) e.getKey()).hasAssociatedTerminal(terminals.get(t))) {
          below.add(t);
        }
      }
      // a sink that belongs to no end is one the walk cannot place: a fact that reaches it goes in
      sinkEnds[e.getValue()] = below.isEmpty() ? ALWAYS : ints(below);
    }
    this.ends = ends(terminals, sinks, documentPackage);
  }

  /** The facts, in their order, that a rule which can still fire could match; {@code resolver} gives the globals a test reads (the session). */
  List<Object> select(Collection<?> facts, ValueResolver resolver) {
    int[][] reached = new int[facts.size()][];
    BitSet reachedSinks = new BitSet(sinkEnds.length);
    boolean[] unknown = new boolean[facts.size()];
    IntList into = new IntList();
    int i = 0;
    for (Object fact : facts) {
      into.clear();
      DefaultFactHandle handle = new DefaultFactHandle(0, fact);
      for (Fork root : entry(fact.getClass())) {
        unknown[i] |= walk(root, handle, fact, resolver, into);
      }
      reached[i] = into.toArray();
      for (int s : reached[i]) {
        reachedSinks.set(s);
      }
      i++;
    }
    byte[] alive = new byte[ends.length];
    List<Object> selected = new ArrayList<>(facts.size());
    i = 0;
    for (Object fact : facts) {
      if (unknown[i] || leadsToALiveEnd(reached[i], reachedSinks, alive)) {
        selected.add(fact);
      }
      i++;
    }
    return selected;
  }

  private boolean leadsToALiveEnd(int[] reached, BitSet reachedSinks, byte[] alive) {
    for (int s : reached) {
      for (int t : sinkEnds[s]) {
        if (t < 0 || alive(t, reachedSinks, alive)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the end can still be reached: every pattern it needs a document's fact for has one; a query's, when a live end calls it. */
  private boolean alive(int t, BitSet reachedSinks, byte[] alive) {
    if (alive[t] == LIVE || alive[t] == DECIDING) {
      return true; // a query met again while its callers are decided counts as live
    }
    if (alive[t] == DEAD) {
      return false;
    }
    End end = ends[t];
    boolean live = true;
    for (int s : end.required()) {
      if (!reachedSinks.get(s)) {
        live = false;
        break;
      }
    }
    if (live && end.query()) {
      alive[t] = DECIDING;
      live = false;
      for (int caller : end.callers()) {
        if (alive(caller, reachedSinks, alive)) {
          live = true;
          break;
        }
      }
    }
    alive[t] = live ? LIVE : DEAD;
    return live;
  }

  /**
   * For each rule's end: the sinks of its patterns on the path from its first pattern to its end (not those inside a
   * {@code not}, {@code exists} or {@code accumulate} over several patterns) that need a fact of the document: the
   * first pattern, the right input of a join, and the right input of an {@code exists} over one pattern.
   */
  private static End[] ends(List<AbstractTerminalNode> terminals, Map<ObjectSink, Integer> sinks, String documentPackage) {
    Map<String, List<Integer>> callersByQuery = new HashMap<>();
    for (int t = 0; t < terminals.size(); t++) {
      Set<String> called = new LinkedHashSet<>();
      terminals.get(t).visitLeftTupleNodes(node -> {
        if (node instanceof QueryElementNode q) {
          called.add(q.getQueryElement().getQueryName());
        }
      });
      for (String query : called) {
        callersByQuery.computeIfAbsent(query, k -> new ArrayList<>()).add(t);
      }
    }
    End[] result = new End[terminals.size()];
    for (int t = 0; t < terminals.size(); t++) {
      AbstractTerminalNode terminal = terminals.get(t);
      List<Integer> required = new ArrayList<>();
      for (LeftTupleNode node : terminal.getPathNodes()) {
        ObjectSink slot = null;
        if (node instanceof LeftInputAdapterNode first) {
          slot = first;
        } else if ((node instanceof JoinNode || node instanceof ExistsNode)
            && !(((BetaNode) node).getRightInput().getParent() instanceof TupleToObjectNode)) {
          slot = ((BetaNode) node).getRightInput();
        }
        Integer s = slot == null ? null : sinks.get(slot);
        if (s != null && ofDocument((BaseNode) slot, documentPackage)) {
          required.add(s);
        }
      }
      boolean query = terminal instanceof QueryTerminalNode;
      List<Integer> callers = new ArrayList<>();
      if (query) {
        String name = terminal.getRule().getName();
        callers.addAll(callersByQuery.getOrDefault(name, List.of()));
        callers.addAll(callersByQuery.getOrDefault(terminal.getRule().getPackageName() + "." + name, List.of()));
      }
      result[t] = new End(ints(required), query, ints(callers));
    }
    return result;
  }

  /** Whether only a document's fact can match the pattern of this slot: its class is one the checker builds. */
  private static boolean ofDocument(BaseNode slot, String documentPackage) {
    ObjectTypeNode otn = slot.getObjectTypeNode();
    return otn != null && otn.getObjectType() instanceof ClassObjectType type
        && type.getClassType().getPackageName().equals(documentPackage);
  }

  private Fork[] entry(Class<?> type) {
    Fork[] forks = entries.get(type);
    if (forks == null) {
      List<Fork> found = new ArrayList<>();
      for (Map.Entry<ObjectType, ObjectTypeNode> e : objectTypeNodes.entrySet()) {
        // a type that is not a class (a template) matches no record of the checker
        if (e.getKey() instanceof ClassObjectType classType && classType.getClassType().isAssignableFrom(type)) {
          found.add(roots.get(e.getValue().getObjectSinkPropagator()));
        }
      }
      forks = found.toArray(new Fork[0]);
      entries.put(type, forks);
    }
    return forks;
  }

  /** The walk's copy of a propagator, read as {@link CompositeObjectSinkAdapter#propagateAssertObject} reads it; numbers the sinks it meets. */
  private static Fork compile(ObjectSinkPropagator propagator, Map<ObjectSink, Integer> sinks, Map<AlphaNode, Fork> compiled) {
    CompositeObjectSinkAdapter.FieldIndex[] hashedFields = {};
    Map<CompositeObjectSinkAdapter.HashKey, Fork> hashed = Map.of();
    List<AlphaRangeIndex> ranges = new ArrayList<>();
    Map<AlphaNode, Fork> ranged = new IdentityHashMap<>();
    List<ObjectSink> others = new ArrayList<>();
    if (propagator instanceof CompositeObjectSinkAdapter composite) {
      if (composite.getHashedFieldIndexes() != null) {
        hashedFields = composite.getHashedFieldIndexes().stream()
            .filter(CompositeObjectSinkAdapter.FieldIndex::isHashed).toArray(CompositeObjectSinkAdapter.FieldIndex[]::new);
        hashed = new HashMap<>();
        if (composite.getHashedSinkMap() != null) {
          for (Map.Entry<CompositeObjectSinkAdapter.HashKey, AlphaNode> e : composite.getHashedSinkMap().entrySet()) {
            hashed.put(e.getKey(), below(e.getValue(), sinks, compiled));
          }
        }
      }
      if (composite.getRangeIndexMap() != null) {
        for (Map.Entry<CompositeObjectSinkAdapter.FieldIndex, AlphaRangeIndex> range : composite.getRangeIndexMap().entrySet()) {
          if (range.getKey().isRangeIndexed()) {
            ranges.add(range.getValue());
            for (AlphaNode alpha : range.getValue().getAllValues()) {
              ranged.put(alpha, below(alpha, sinks, compiled));
            }
          }
        }
      }
      addAll(composite.getHashableSinks(), others);
      addAll(composite.getRangeIndexableSinks(), others);
      addAll(composite.getOthers(), others);
    } else {
      others.addAll(Arrays.asList(propagator.getSinks()));
    }
    List<AlphaNode> tests = new ArrayList<>();
    List<Fork> passed = new ArrayList<>();
    List<Integer> reached = new ArrayList<>();
    boolean unknown = false;
    for (ObjectSink sink : others) {
      if (sink instanceof AlphaNode alpha) {
        tests.add(alpha);
        passed.add(below(alpha, sinks, compiled));
      } else if (sink instanceof BaseNode) {
        reached.add(sinks.computeIfAbsent(sink, k -> sinks.size()));
      } else {
        unknown = true;
      }
    }
    return new Fork(hashedFields, hashed, ranges.toArray(new AlphaRangeIndex[0]), ranged, tests.toArray(new AlphaNode[0]),
        passed.toArray(new Fork[0]), ints(reached), unknown);
  }

  private static Fork below(AlphaNode alpha, Map<ObjectSink, Integer> sinks, Map<AlphaNode, Fork> compiled) {
    Fork fork = compiled.get(alpha);
    if (fork == null) {
      fork = compile(alpha.getObjectSinkPropagator(), sinks, compiled);
      compiled.put(alpha, fork);
    }
    return fork;
  }

  private static void addAll(Collection<? extends ObjectSink> sinks, List<ObjectSink> into) {
    if (sinks != null) {
      into.addAll(sinks);
    }
  }

  /** As the session walks the tests on inserting the fact: the sinks it reaches go into {@code into}. True when it meets a node the walk does not know. */
  private static boolean walk(Fork fork, DefaultFactHandle handle, Object fact, ValueResolver resolver, IntList into) {
    boolean unknown = fork.unknown();
    into.addAll(fork.sinks());
    for (CompositeObjectSinkAdapter.FieldIndex index : fork.hashedFields()) {
      Fork hit = fork.hashed().get(new CompositeObjectSinkAdapter.HashKey(index, fact));
      if (hit != null) {
        unknown |= walk(hit, handle, fact, resolver, into); // the hash stands for the equality test
      }
    }
    for (AlphaRangeIndex range : fork.ranges()) {
      for (AlphaNode hit : range.getMatchingAlphaNodes(fact)) {
        unknown |= walk(fork.ranged().get(hit), handle, fact, resolver, into);
      }
    }
    AlphaNode[] tests = fork.tests();
    for (int i = 0; i < tests.length; i++) {
      if (tests[i].getConstraint().isAllowed(handle, resolver)) {
        unknown |= walk(fork.passed()[i], handle, fact, resolver, into);
      }
    }
    return unknown;
  }

  private static int[] ints(List<Integer> values) {
    return values.isEmpty() ? NONE : values.stream().mapToInt(Integer::intValue).toArray();
  }

  /** A growable list of ints, without boxing. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    void addAll(int[] more) {
      for (int v : more) {
        add(v);
      }
    }

    void clear() {
      size = 0;
    }

    int[] toArray() {
      return size == 0 ? NONE : Arrays.copyOf(values, size);
    }
  }
}
