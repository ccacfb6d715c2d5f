package nl.routetoets.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSON Lines stream, one line at a time. Lines are handed on as text, to be parsed on the
 * evaluation threads; the reading thread only splits lines, which is what keeps both cores busy.
 */
final class JsonLinesSource implements RecordSource {
  private final String file;
  private final CountingInputStream bytes;
  private final BufferedReader lines;
  private int lineNr;

  JsonLinesSource(Path path) throws IOException {
    this.file = path.toString();
    this.bytes = new CountingInputStream(Files.newInputStream(path));
    this.lines = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public RawRecord next() throws IOException {
    String line;
    do {
      line = lines.readLine();
      lineNr++;
      if (line == null) {
        return null;
      }
    } while (line.isBlank());
    return RawRecord.text(file, lineNr, line, null);
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
