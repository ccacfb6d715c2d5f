package nl.routetoets.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.SourcedDocument;

/** A .json file: one document or a bundle, read whole (such files are small; streams are JSON Lines). */
final class WholeJsonSource implements RecordSource {
  private final RawRecord record;
  private final long size;
  private boolean done;

  private WholeJsonSource(RawRecord record, long size) {
    this.record = record;
    this.size = size;
  }

  static WholeJsonSource open(Path file) throws IOException {
    List<SourcedDocument> docs = new ArrayList<>();
    DocumentReader.readJson(file.toString(), Files.newInputStream(file), docs::add);
    return new WholeJsonSource(RawRecord.read(file.toString(), 1, docs, null), Files.size(file));
  }

  @Override
  public RawRecord next() {
    if (done) {
      return null;
    }
    done = true;
    return record;
  }

  @Override
  public long bytesRead() {
    return done ? size : 0;
  }

  @Override
  public void close() {}
}
