package nl.routetoets.register;

import java.util.Comparator;

/**
 * One register row: its line and its cells in {@link Column} order (null for a column the file
 * lacks), or the problem that kept the row from being read as such. Sorted by student, school year and line, so a student's rows come together in order.
 */
record Row(long line, String[] cells, String error) {
  static final Comparator<Row> ORDER = Comparator
      .comparing((Row r) -> r.get(Column.LEERLING_ID), Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(r -> r.get(Column.SCHOOLJAAR), Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(Row::line);

  String get(Column c) {
    return cells[c.ordinal()];
  }
}
