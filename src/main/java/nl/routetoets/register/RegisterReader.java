package nl.routetoets.register;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import nl.routetoets.document.Utf8;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a register file into trajectory documents, one per student, in student-id order. The
 * rows are sorted first (see {@link ExternalSorter}); a row that cannot be read makes its
 * student's record an error naming the line and column, and the other students are still read.
 */
public final class RegisterReader implements Closeable {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
  private final String file;
  private final boolean[] present;
  private final ExternalSorter sorter;
  private final Iterator<Row> rows;
  private final long bytes;
  private Row pending;

  private RegisterReader(String file, boolean[] present, ExternalSorter sorter, Iterator<Row> rows, long bytes) {
    this.file = file;
    this.present = present;
    this.sorter = sorter;
    this.rows = rows;
    this.bytes = bytes;
  }

  /**
   * Reads and sorts the whole file, spilling sorted chunks of {@code chunkRows} rows to {@code tempDir}.
   *
   * @param cancelled polled per row: when true, reading stops and the rows read so far are returned
   */
  public static RegisterReader open(Path path, int chunkRows, Path tempDir, BooleanSupplier cancelled)
      throws IOException, RegisterException {
    String file = path.toString();
    InputStream in = Files.newInputStream(path);
    ExternalSorter sorter = null;
    try (BufferedReader reader = new BufferedReader(Utf8.reader(file, in), 1 << 16);
        CSVParser parser = FORMAT.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      boolean[] present = columns(file, header);
      int[] index = new int[Column.ALL.size()];
      for (Column c : Column.ALL) {
        index[c.ordinal()] = header.indexOf(c.header);
      }
      sorter = new ExternalSorter(chunkRows, tempDir, present);
      long lineBefore = parser.getCurrentLineNumber();
      Iterator<CSVRecord> it = parser.iterator();
      while (!cancelled.getAsBoolean() && hasNext(it, file, lineBefore)) {
        CSVRecord rec = it.next();
        long line = lineBefore + 1;
        lineBefore = parser.getCurrentLineNumber();
        sorter.add(row(rec, line, header.size(), index));
      }
      return new RegisterReader(file, present, sorter, sorter.sorted(), Files.size(path));
    } catch (IOException | RegisterException | RuntimeException e) {
      if (sorter != null) {
        sorter.close();
      }
      throw e;
    }
  }

  private static boolean hasNext(Iterator<CSVRecord> it, String file, long lineBefore) throws RegisterException {
    try {
      return it.hasNext();
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof Utf8.Invalid bad) {
        throw new RegisterException(bad.getMessage() + "; the register is read as UTF-8");
      }
      throw new RegisterException(file + ":" + (lineBefore + 1) + ": the CSV cannot be read from here on: " + e.getCause().getMessage());
    }
  }

  private static boolean[] columns(String file, List<String> header) throws RegisterException {
    boolean[] present = new boolean[Column.ALL.size()];
    for (String h : header) {
      Column c = Column.byHeader(h);
      if (c == null) {
        throw new RegisterException(file + ":1: unknown column \"" + h + "\"; the columns are " + Column.ALL.stream().map(x -> x.header).toList());
      }
      present[c.ordinal()] = true;
    }
    for (Column c : Column.ALL) {
      if (c.required && !present[c.ordinal()]) {
        throw new RegisterException(file + ":1: column \"" + c.header + "\" is missing");
      }
    }
    return present;
  }

  private static Row row(CSVRecord rec, long line, int width, int[] index) {
    String[] cells = new String[index.length];
    if (rec.size() != width) {
      String id = rec.size() > index[Column.LEERLING_ID.ordinal()] ? rec.get(index[Column.LEERLING_ID.ordinal()]) : null;
      cells[Column.LEERLING_ID.ordinal()] = id == null || id.isBlank() ? null : id.trim();
      return new Row(line, cells, "the row has " + rec.size() + " fields, the header " + width);
    }
    for (int i = 0; i < index.length; i++) {
      cells[i] = index[i] < 0 ? null : rec.get(index[i]);
    }
    String id = cells[Column.LEERLING_ID.ordinal()];
    cells[Column.LEERLING_ID.ordinal()] = id == null || id.isBlank() ? null : id.trim();
    return new Row(line, cells, cells[Column.LEERLING_ID.ordinal()] == null ? "leerling_id: is required" : null);
  }

  /** The next student, or null at the end. Rows without a student id come first, each on its own. */
  public RegisterRecord next() {
    Row first = pending != null ? pending : rows.hasNext() ? rows.next() : null;
    pending = null;
    if (first == null) {
      return null;
    }
    List<Row> group = new ArrayList<>();
    group.add(first);
    String id = first.get(Column.LEERLING_ID);
    while (id != null && rows.hasNext()) {
      Row r = rows.next();
      if (!id.equals(r.get(Column.LEERLING_ID))) {
        pending = r;
        break;
      }
      group.add(r);
    }
    return new TrajectoryBuilder(file, present).build(group);
  }

  /** How many sorted chunks were spilled to disk (0: sorted in memory). */
  public int spilledChunks() {
    return sorter.spilledFiles();
  }

  public long size() {
    return bytes;
  }

  @Override
  public void close() throws IOException {
    sorter.close();
  }
}
