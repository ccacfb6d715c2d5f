package nl.routetoets.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a UTF-8 stream, split on the bytes (LF, CRLF or CR, as {@code BufferedReader.readLine}), each
 * decoded on its own: a line that is not UTF-8 comes out as an error for that line, and the next lines are
 * still read. Decoding after splitting is what lets a JSON Lines stream name the bad line and go on.
 */
public final class Utf8Lines implements Closeable {
  /** One line: its text, or (text null) why it could not be decoded. Numbers count from 1. */
  public record Line(int number, String text, String problem) {}

  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[1 << 10];
  private int length;
  private int number;
  private boolean skipLf;
  private final CharsetDecoder decoder = Utf8.decoder();

  public Utf8Lines(InputStream in) {
    this.in = in;
  }

  /** The next line without its terminator, or null at the end of the stream. */
  public Line next() throws IOException {
    length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      byte b = buffer[pos++];
      if (skipLf) {
        skipLf = false;
        if (b == '\n') {
          continue;
        }
      }
      any = true;
      if (b == '\n') {
        break;
      }
      if (b == '\r') {
        skipLf = true;
        break;
      }
      append(b);
    }
    number++;
    return decode();
  }

  public int lineNumber() {
    return number;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private void append(byte b) {
    if (length == line.length) {
      line = Arrays.copyOf(line, line.length * 2);
    }
    line[length++] = b;
  }

  private Line decode() {
    if (Utf8.ascii(line, 0, length)) {
      return new Line(number, new String(line, 0, length, StandardCharsets.ISO_8859_1), null);
    }
    ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
    CharBuffer chars = CharBuffer.allocate(length);
    decoder.reset();
    CoderResult r = decoder.decode(bytes, chars, true);
    if (!r.isError()) {
      r = decoder.flush(chars);
    }
    if (r.isError()) {
      return new Line(number, null, "not valid UTF-8 (byte " + (bytes.position() + 1) + " of the line)");
    }
    return new Line(number, chars.flip().toString(), null);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
