package nl.routetoets.ruleset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.CompositeObjectSinkAdapter;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.util.index.AlphaRangeIndex;
import org.kie.api.KieBase;

/**
 * Which facts of a document some pattern of the rule set can match: a fact whose every pattern's
 * one-fact tests (the alpha network) fail reaches no join, no {@code not}, no {@code collect} and no
 * rule's first pattern, so it cannot change what any rule sees and is left out of the session.
 *
 * <p>A rule written the way {@code rules/README.md} asks, with the test that makes its finding on its
 * first pattern, is matched only by facts that break its norm; most facts of a compliant document match
 * no pattern at all, and inserting them into a session and deleting them again cost more than the rules
 * that test them (docs/performance.md, issue 14). The test is the rule base's own: the same compiled
 * constraints, in the same tree, that the session would evaluate on inserting the fact; a fact the walk
 * cannot judge (an unknown kind of node) counts as matchable.
 *
 * <p>Safe to use from several threads.
 */
final class MatchableFacts {
  /** Where a fact class enters the network: the sinks of every object-type node it belongs to. */
  private record Entry(ObjectSinkPropagator[] roots, boolean always) {}

  private final Map<ObjectType, ObjectTypeNode> objectTypeNodes;
  private final Map<Class<?>, Entry> entries = new ConcurrentHashMap<>();

  MatchableFacts(KieBase kieBase) {
    this.objectTypeNodes = ((InternalRuleBase) kieBase).getRete().getEntryPointNode(EntryPointId.DEFAULT).getObjectTypeNodes();
  }

  /** Whether some pattern can match the fact; {@code resolver} gives the globals a constraint reads (the session). */
  boolean matchable(Object fact, ValueResolver resolver) {
    Entry entry = entries.computeIfAbsent(fact.getClass(), this::entry);
    if (entry.always()) {
      return true;
    }
    DefaultFactHandle handle = new DefaultFactHandle(0, fact);
    for (ObjectSinkPropagator root : entry.roots()) {
      if (reaches(root, handle, fact, resolver)) {
        return true;
      }
    }
    return false;
  }

  private Entry entry(Class<?> type) {
    List<ObjectSinkPropagator> roots = new ArrayList<>();
    boolean always = false;
    for (Map.Entry<ObjectType, ObjectTypeNode> e : objectTypeNodes.entrySet()) {
      if (!(e.getKey() instanceof ClassObjectType classType)) {
        always = true; // a template or event type: not judged here
      } else if (classType.getClassType().isAssignableFrom(type)) {
        ObjectSinkPropagator root = e.getValue().getObjectSinkPropagator();
        roots.add(root);
        for (ObjectSink sink : root.getSinks()) {
          always |= !(sink instanceof AlphaNode); // a pattern without one-fact tests: every fact of the class
        }
      }
    }
    return new Entry(roots.toArray(new ObjectSinkPropagator[0]), always);
  }

  /** As {@link CompositeObjectSinkAdapter#propagateAssertObject} walks, stopping at the first node that is not a one-fact test. */
  private static boolean reaches(ObjectSinkPropagator propagator, DefaultFactHandle handle, Object fact, ValueResolver resolver) {
    if (!(propagator instanceof CompositeObjectSinkAdapter composite)) {
      return anyPasses(List.of(propagator.getSinks()), handle, fact, resolver);
    }
    if (composite.getHashedFieldIndexes() != null) {
      for (CompositeObjectSinkAdapter.FieldIndex index : composite.getHashedFieldIndexes()) {
        if (index.isHashed()) {
          AlphaNode sink = composite.getHashedSinkMap().get(new CompositeObjectSinkAdapter.HashKey(index, fact));
          if (sink != null && reaches(sink.getObjectSinkPropagator(), handle, fact, resolver)) {
            return true; // the hash stands for the equality test, as in the session
          }
        }
      }
    }
    if (composite.getRangeIndexMap() != null) {
      for (Map.Entry<CompositeObjectSinkAdapter.FieldIndex, AlphaRangeIndex> range : composite.getRangeIndexMap().entrySet()) {
        if (!range.getKey().isRangeIndexed()) {
          continue;
        }
        for (AlphaNode sink : range.getValue().getMatchingAlphaNodes(fact)) {
          if (reaches(sink.getObjectSinkPropagator(), handle, fact, resolver)) {
            return true;
          }
        }
      }
    }
    return anyPasses(composite.getHashableSinks(), handle, fact, resolver)
        || anyPasses(composite.getRangeIndexableSinks(), handle, fact, resolver)
        || anyPasses(composite.getOthers(), handle, fact, resolver);
  }

  private static boolean anyPasses(Collection<? extends ObjectSink> sinks, DefaultFactHandle handle, Object fact, ValueResolver resolver) {
    if (sinks == null) {
      return false;
    }
    for (ObjectSink sink : sinks) {
      if (!(sink instanceof AlphaNode alpha)
          || alpha.getConstraint().isAllowed(handle, resolver) && reaches(alpha.getObjectSinkPropagator(), handle, fact, resolver)) {
        return true;
      }
    }
    return false;
  }
}
