package nl.routetoets.register;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Sorts register rows in bounded memory: at most {@code chunkRows} rows are held; each full chunk
 * is sorted and spilled to a temporary file, and the files are merged k ways. A register that
 * fits in one chunk is sorted in memory and never touches the disk.
 */
final class ExternalSorter implements Closeable {
  private static final CSVFormat SPILL = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();
  private final int chunkRows;
  private final Path tempDir;
  private final boolean[] present;
  private final List<Row> chunk = new ArrayList<>();
  private final List<Path> spills = new ArrayList<>();
  private final List<Closeable> open = new ArrayList<>();
  private Path spillDir;

  /** {@code present}: per column, whether the file has it (absent columns come back as null, not ""). */
  ExternalSorter(int chunkRows, Path tempDir, boolean[] present) {
    this.chunkRows = chunkRows;
    this.tempDir = tempDir;
    this.present = present;
  }

  void add(Row row) throws IOException {
    chunk.add(row);
    if (chunk.size() >= chunkRows) {
      spill();
    }
  }

  int spilledFiles() {
    return spills.size();
  }

  /** All rows added, in {@link Row#ORDER}. */
  Iterator<Row> sorted() throws IOException {
    if (spills.isEmpty()) {
      chunk.sort(Row.ORDER);
      return chunk.iterator();
    }
    if (!chunk.isEmpty()) {
      spill();
    }
    PriorityQueue<Cursor> heads = new PriorityQueue<>((a, b) -> Row.ORDER.compare(a.head, b.head));
    for (Path p : spills) {
      BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8);
      open.add(in);
      Cursor c = new Cursor(SPILL.parse(in).iterator());
      if (c.advance()) {
        heads.add(c);
      }
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !heads.isEmpty();
      }

      @Override
      public Row next() {
        Cursor c = heads.poll();
        if (c == null) {
          throw new NoSuchElementException();
        }
        Row row = c.head;
        if (c.advance()) {
          heads.add(c);
        }
        return row;
      }
    };
  }

  private void spill() throws IOException {
    chunk.sort(Row.ORDER);
    if (spillDir == null) {
      spillDir = Files.createTempDirectory(tempDir, ".register-sort");
    }
    Path file = spillDir.resolve("chunk-" + spills.size() + ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, SPILL)) {
      for (Row r : chunk) {
        List<String> cells = new ArrayList<>(r.cells().length + 2);
        cells.add(Long.toString(r.line()));
        cells.add(r.error() == null ? "" : r.error());
        for (String c : r.cells()) {
          cells.add(c == null ? "" : c);
        }
        out.printRecord(cells);
      }
    }
    spills.add(file);
    chunk.clear();
  }

  /** One spill file and its current row. */
  private final class Cursor {
    private final Iterator<CSVRecord> records;
    Row head;

    Cursor(Iterator<CSVRecord> records) {
      this.records = records;
    }

    boolean advance() {
      if (!records.hasNext()) {
        head = null;
        return false;
      }
      CSVRecord r = records.next();
      String[] cells = new String[present.length];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = present[i] ? r.get(i + 2) : null;
      }
      head = new Row(Long.parseLong(r.get(0)), cells, r.get(1).isEmpty() ? null : r.get(1));
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    for (Closeable c : open) {
      c.close();
    }
    for (Path p : spills) {
      Files.deleteIfExists(p);
    }
    if (spillDir != null) {
      Files.deleteIfExists(spillDir);
    }
  }

}
