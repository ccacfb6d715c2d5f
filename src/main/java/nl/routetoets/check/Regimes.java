package nl.routetoets.check;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.routetoets.model.Finding;
import nl.routetoets.ruleset.RuleSet;

/**
 * Which regimes decided a document (interpretations.md I-89): the regimes its facts were judged under, and
 * those of the rules that found something. A rule written for several regimes (EXP_ALL) counts for those
 * of them the facts were judged under; only where none was does it count for all of its own. Sorted, so
 * that the same input gives the same bytes.
 */
final class Regimes {
  private Regimes() {}

  /** The regimes of a document whose facts are all judged under one regime; none when it is null. */
  static SortedSet<String> judged(String regime) {
    SortedSet<String> judged = new TreeSet<>();
    if (regime != null) {
      judged.add(regime);
    }
    return judged;
  }

  static List<String> decided(SortedSet<String> judged, List<Finding> findings, RuleSet ruleSet) {
    SortedSet<String> decided = new TreeSet<>(judged);
    for (Finding f : findings) {
      List<String> own = ruleSet.regimesOfRule(f.rule());
      List<String> shared = own.stream().filter(judged::contains).toList();
      decided.addAll(shared.isEmpty() ? own : shared);
    }
    return new ArrayList<>(decided);
  }
}
