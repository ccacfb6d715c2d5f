package nl.routetoets.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.routetoets.model.Finding;
import nl.routetoets.ruleset.LawParameters;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.ruleset.RuleInfo;
import nl.routetoets.ruleset.RuleSet;

/**
 * What the report's sections on the law and the passage take from the rule set: which rules are rules
 * of the law, from which day every route meets the law, and the law's leerweg–level matrix. Read once
 * per run; the report never holds a date or a table of its own.
 */
final class LawView {
  /** The regime of the structural law of 2020, as regimes.json names it. */
  static final String LAW = "LAW_2020";

  private final Set<String> lawRules;
  private final LocalDate allRoutesFrom;
  private final LawParameters law;

  private LawView(Set<String> lawRules, LocalDate allRoutesFrom, LawParameters law) {
    this.lawRules = lawRules;
    this.allRoutesFrom = allRoutesFrom;
    this.law = law;
  }

  static LawView of(RuleSet ruleSet) {
    Set<String> lawRules = new HashSet<>();
    for (RuleInfo info : ruleSet.rules().values()) {
      if (info.regimes() != null && info.regimes().contains(LAW)) {
        lawRules.add(info.name());
      }
    }
    LocalDate from = null;
    for (Parameters.Regime r : ruleSet.parameters().regimes()) {
      if (LAW.equals(r.id())) {
        from = r.allRoutesFrom();
      }
    }
    return new LawView(Set.copyOf(lawRules), from, ruleSet.parameters().law());
  }

  /** Whether a finding comes from a rule of the law (a rule whose regimes name {@value #LAW}). */
  boolean ofTheLaw(Finding f) {
    return lawRules.contains(f.rule());
  }

  /** The day from which every route, experiment routes included, meets the law (regimes.json, N-TRANS-2); null when not set. */
  LocalDate allRoutesFrom() {
    return allRoutesFrom;
  }

  /** Whether the law's matrix lets a DLR lead from this leerweg to this level; null when either is unknown. */
  Boolean inMatrix(String leerweg, Integer level) {
    return law == null ? null : law.leerwegLeadsTo(leerweg, level);
  }
}
