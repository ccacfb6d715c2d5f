package nl.routetoets.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The leerwegen of a route that an article does not allow, for the rules of art. 2 (one helper for both decree texts). */
public final class Leerwegen {
  private Leerwegen() {}

  /** The leerwegen that are not among those allowed, in the route's order; empty when all are allowed or none are known. */
  public static List<String> outside(List<String> leerwegen, String... allowed) {
    List<String> bad = new ArrayList<>();
    if (leerwegen != null) {
      Set<String> ok = Set.of(allowed);
      for (String leerweg : leerwegen) {
        if (!ok.contains(leerweg)) {
          bad.add(leerweg);
        }
      }
    }
    return bad;
  }
}
