package nl.routetoets.ruleset;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result.RuleSetRef;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * A compiled, immutable rule set. Safe to share between threads: each evaluation takes a session of
 * its own from the pool and gives it back.
 */
public final class RuleSet {
  private final RuleSetRef ref;
  private final KieSessionsPool pool;
  private final Map<String, RuleInfo> rules;
  private final Parameters parameters;
  private final Reference reference;
  private final NormCatalogue norms;
  private final AgendaFilter filter;

  RuleSet(
      RuleSetRef ref, KieSessionsPool pool, Map<String, RuleInfo> rules, Parameters parameters,
      Reference reference, NormCatalogue norms, AgendaFilter filter) {
    this.ref = ref;
    this.pool = pool;
    this.rules = rules;
    this.parameters = parameters;
    this.reference = reference;
    this.norms = norms;
    this.filter = filter;
  }

  /** The same rule set firing only the rules the filter accepts: to see what a fixture notices when a rule is gone. */
  public RuleSet filtered(AgendaFilter only) {
    return new RuleSet(ref, pool, rules, parameters, reference, norms, only);
  }

  /** Fires every rule over the facts and returns the findings, sorted. */
  public List<Finding> evaluate(Collection<?> facts) {
    KieSession session = pool.newKieSession();
    try {
      FindingCollector out = new FindingCollector(rules);
      session.setGlobal("out", out);
      session.setGlobal("params", parameters);
      session.setGlobal("reference", reference);
      for (Object fact : facts) {
        session.insert(fact);
      }
      if (filter == null) {
        session.fireAllRules();
      } else {
        session.fireAllRules(filter);
      }
      return out.findings();
    } finally {
      session.dispose();
    }
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

  public Reference reference() {
    return reference;
  }

  public NormCatalogue norms() {
    return norms;
  }
}
