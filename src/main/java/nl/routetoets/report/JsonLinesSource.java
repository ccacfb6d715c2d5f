package nl.routetoets.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.document.Utf8Lines;
import nl.routetoets.model.InputError;

/**
 * A JSON Lines stream, one line at a time. Lines are handed on as text, to be parsed on the
 * evaluation threads; the reading thread only splits and decodes lines, which is what keeps both cores
 * busy. A line that is not UTF-8 is an error for that line.
 */
final class JsonLinesSource implements RecordSource {
  private final String file;
  private final CountingInputStream bytes;
  private final Utf8Lines lines;

  JsonLinesSource(Path path) throws IOException {
    this.file = path.toString();
    this.bytes = new CountingInputStream(Files.newInputStream(path));
    this.lines = new Utf8Lines(bytes);
  }

  @Override
  public RawRecord next() throws IOException {
    Utf8Lines.Line line;
    do {
      line = lines.next();
      if (line == null) {
        return null;
      }
    } while (line.text() != null && line.text().isBlank());
    if (line.text() == null) {
      InputError error = new InputError(file, line.number(), "", line.problem());
      return RawRecord.read(file, line.number(), List.of(new SourcedDocument(file, line.number(), null, null, null, List.of(error), null)),
          null);
    }
    return RawRecord.text(file, line.number(), line.text(), null);
  }

  @Override
  public long bytesRead() {
    return bytes.count();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
