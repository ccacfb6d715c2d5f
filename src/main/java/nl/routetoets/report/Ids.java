package nl.routetoets.report;

import java.util.ArrayList;
import java.util.List;

/** A count with the first few subject ids behind it: the drill-down of one figure, in bounded memory. */
final class Ids {
  private final int limit;
  private final List<String> first = new ArrayList<>();
  private long count;

  Ids(int limit) {
    this.limit = limit;
  }

  /** Counts the id; true when it is one of the first few, listed. */
  boolean add(String id) {
    count++;
    if (first.size() < limit) {
      first.add(id);
      return true;
    }
    return false;
  }

  long count() {
    return count;
  }

  List<String> first() {
    return first;
  }

  /** How many ids are counted but not listed. */
  long more() {
    return count - first.size();
  }
}
