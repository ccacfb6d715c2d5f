package nl.routetoets.ruleset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result.RuleSetRef;
import org.drools.base.base.ValueResolver;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A compiled, immutable rule set. Safe to share between threads: each evaluation takes a session of
 * its own and gives it back.
 *
 * <p>A session is given back emptied by deleting the facts it was given, and kept for the next
 * evaluation. That is much cheaper than a session reset, which clears the memory of every
 * node of the network (a third of the time of a trajectory in a profile). It is sound while no
 * rule inserts facts of its own: with its facts gone, a session is as it was; a session that still
 * holds facts afterwards is disposed, as is one whose evaluation failed.
 *
 * <p>An evaluation is bounded by its {@link Limits}: a rule that throws, keeps firing or does not
 * finish in time ends the evaluation with a {@link RuleFailure} naming the rule, and the thread is free
 * for the next document.
 */
public final class RuleSet {
  /** The package of the facts the checker builds from a document: only they are left out of a session (MatchableFacts). */
  private static final String DOCUMENT_FACTS = "nl.routetoets.facts";
  /** Rule firings watched after the firing limit, to see which rules keep firing. */
  private static final int SAMPLE = 100;

  private final RuleSetRef ref;
  private final KieBase kieBase;
  private final Map<String, RuleInfo> rules;
  private final Parameters parameters;
  private final Reference reference;
  private final Derivations derivations;
  private final NormCatalogue norms;
  private final AgendaFilter filter;
  /** Idle sessions, last given back first: a thread that gives one back and asks again gets the same one, whose memory is still in its cache. */
  private final Deque<KieSession> idle;
  private final Map<String, FindingCollector.Messages> messages;
  private final Limits limits;
  private final Watchdog.Bounds bounds;
  private final Map<String, List<String>> regimesByRuleName;
  private final MatchableFacts matchable;

  RuleSet(
      RuleSetRef ref, KieBase kieBase, Map<String, RuleInfo> rules, Parameters parameters,
      Reference reference, NormCatalogue norms, AgendaFilter filter) {
    this(ref, kieBase, rules, parameters, reference, norms, filter, new ConcurrentLinkedDeque<>(), Limits.DEFAULT);
  }

  private RuleSet(
      RuleSetRef ref, KieBase kieBase, Map<String, RuleInfo> rules, Parameters parameters,
      Reference reference, NormCatalogue norms, AgendaFilter filter, Deque<KieSession> idle, Limits limits) {
    this.idle = idle;
    this.ref = ref;
    this.kieBase = kieBase;
    this.rules = rules;
    this.parameters = parameters;
    this.reference = reference;
    this.derivations = new Derivations(parameters, reference);
    this.norms = norms;
    this.filter = filter;
    this.messages = messages(rules);
    this.limits = limits;
    this.matchable = new MatchableFacts(kieBase, DOCUMENT_FACTS);
    this.regimesByRuleName = rules.values().stream().collect(Collectors.toUnmodifiableMap(RuleInfo::name, RuleInfo::regimes, (a, b) -> a));
    this.bounds = Watchdog.Bounds.of(limits,
        kieBase.getKiePackages().stream().map(KiePackage::getName).collect(Collectors.toSet()),
        rules.values().stream().map(RuleInfo::name).toList());
    Watchdog.INSTANCE.serve(limits);
  }

  private static Map<String, FindingCollector.Messages> messages(Map<String, RuleInfo> rules) {
    Map<String, FindingCollector.Messages> byKey = new HashMap<>();
    rules.forEach((key, info) -> byKey.put(key, FindingCollector.Messages.of(info)));
    return Map.copyOf(byKey);
  }

  /** The same rule set firing only the rules the filter accepts: to see what a fixture notices when a rule is gone. */
  public RuleSet filtered(AgendaFilter only) {
    return new RuleSet(ref, kieBase, rules, parameters, reference, norms, only, idle, limits);
  }

  /** The same rule set, each evaluation bounded by these limits. */
  public RuleSet withLimits(Limits bounds) {
    return new RuleSet(ref, kieBase, rules, parameters, reference, norms, filter, idle, bounds);
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Fires every rule over the facts and returns the findings, sorted.
   *
   * @throws RuleFailure when a rule throws, keeps firing past the firing limit, or the rules do not finish
   *     within the time limit; the session is disposed and the thread is free again
   */
  public List<Finding> evaluate(Collection<?> facts) {
    return evaluate(facts, true);
  }

  /**
   * {@code select}: leave out the facts no rule that can still fire could match (MatchableFacts). That holds while the
   * rules' actions insert none of the checker's facts; when an action inserted or deleted a fact, the document is
   * evaluated again with all its facts.
   */
  @SuppressWarnings("removal") // ThreadDeath: how the watchdog takes the thread back from a rule that never ends
  private List<Finding> evaluate(Collection<?> facts, boolean select) {
    boolean again = false;
    KieSession session = idle.pollFirst();
    if (session == null) {
      session = kieBase.newKieSession();
      session.setGlobal("params", parameters);
      session.setGlobal("reference", reference);
    }
    Watchdog.Watch watch = Watchdog.INSTANCE.watch();
    boolean reusable = false;
    watch.begin(session, bounds);
    try {
      FindingCollector out = new FindingCollector(messages);
      RuleFailure failure = null;
      Throwable caught = null;
      try {
        session.setGlobal("out", out);
        List<FactHandle> handles = new ArrayList<>(facts.size());
        for (Object fact : select ? matchable.select(facts, (ValueResolver) session) : facts) {
          handles.add(session.insert(fact));
        }
        int fired = filter == null ? session.fireAllRules(limits.maxFirings()) : session.fireAllRules(filter, limits.maxFirings());
        if (fired >= limits.maxFirings()) {
          failure = keptFiring(session);
        }
        again = failure == null && select && session.getFactCount() != handles.size();
        if (failure == null && !again) {
          for (FactHandle h : handles) {
            session.delete(h);
          }
          reusable = session.getFactCount() == 0;
        }
      } catch (ThreadDeath death) {
        throw death;
      } catch (Throwable e) {
        caught = e;
        reusable = false;
      }
      boolean onTime = watch.end(caught);
      if (caught instanceof VirtualMachineError && !(caught instanceof StackOverflowError)) {
        throw (VirtualMachineError) caught; // out of memory is not one document's problem
      }
      if (!onTime) {
        reusable = false;
        throw RuleFailure.timedOut(watch.rule(), watch.limitPassed());
      }
      if (caught != null) {
        throw threw(session, caught);
      }
      if (failure != null) {
        throw failure;
      }
      if (!again) {
        return out.findings();
      }
    } catch (ThreadDeath death) {
      reusable = false;
      if (!watch.stoppedByWatchdog()) {
        throw death;
      }
      throw RuleFailure.timedOut(watch.rule(), watch.limitPassed());
    } finally {
      if (reusable) {
        idle.offerFirst(session);
      } else {
        disposeQuietly(session);
      }
    }
    return evaluate(facts, false);
  }

  /**
   * After the firing limit: fires a few more with a filter that counts them, and names the rules that
   * fired most. None when the agenda was in fact empty (exactly the limit was needed).
   */
  private RuleFailure keptFiring(KieSession session) {
    Map<String, Integer> counts = new HashMap<>();
    AgendaFilter counting = match -> {
      boolean fires = filter == null || filter.accept(match);
      if (fires) {
        counts.merge(match.getRule().getName(), 1, Integer::sum);
      }
      return fires;
    };
    session.fireAllRules(counting, SAMPLE);
    if (counts.isEmpty()) {
      return null;
    }
    int most = Collections.max(counts.values());
    List<String> looping = counts.entrySet().stream()
        .filter(e -> e.getValue() * 4 >= most)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
    return RuleFailure.keptFiring(looping, limits);
  }

  /** Which rule threw: Drools names it for an action; for a condition its message quotes the rules that share it. */
  private RuleFailure threw(KieSession session, Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getRule() != null) {
        return RuleFailure.threw(ce.getRule().getName(), false, e);
      }
      if (c instanceof org.drools.base.rule.consequence.ConsequenceException ce && ce.getRule() != null) {
        return RuleFailure.threw(ce.getRule().getName(), false, e);
      }
    }
    String inAction = Watchdog.ruleInAction(session);
    if (inAction != null) {
      return RuleFailure.threw(inAction, false, e);
    }
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String text = c.getMessage();
      if (text == null) {
        continue;
      }
      for (RuleInfo info : rules.values()) {
        if (text.contains("\"" + info.name() + "\"")) {
          return RuleFailure.threw(info.name(), true, e);
        }
      }
    }
    return RuleFailure.threw(null, true, e);
  }

  /**
   * Drops a session for good: one stopped halfway through a rule is not to be trusted again. (Sessions
   * come from the rule base, not from a Drools pool, whose dispose would reset them and hand them out again.)
   */
  private static void disposeQuietly(KieSession session) {
    try {
      session.dispose();
    } catch (RuntimeException e) {
      // a session that failed halfway may not dispose cleanly; it is dropped either way
    }
  }
  /** The regimes a rule is written for (its {@code @regime}), by its name, which is unique in a rule set; none for an unknown name. */
  public List<String> regimesOfRule(String ruleName) {
    return regimesByRuleName.getOrDefault(ruleName, List.of());
  }

  public RuleSetRef ref() {
    return ref;
  }

  /** Every rule with its metadata, keyed by package and name, in a stable order. */
  public Map<String, RuleInfo> rules() {
    return rules;
  }

  public Parameters parameters() {
    return parameters;
  }

  /** What the checker derives from documents on this rule set's parameters, before the rules see them. */
  public Derivations derivations() {
    return derivations;
  }

  public Reference reference() {
    return reference;
  }

  public NormCatalogue norms() {
    return norms;
  }
}
