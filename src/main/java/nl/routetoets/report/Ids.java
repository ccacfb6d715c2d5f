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

  void add(String id) {
    count++;
    if (first.size() < limit) {
      first.add(id);
    }
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
