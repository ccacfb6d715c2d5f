package nl.routetoets.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Input is UTF-8 (formats.md). A byte sequence that is not UTF-8 is an error naming where it is, never
 * silently replaced by U+FFFD: a replaced character would change an id or a name without anyone knowing.
 */
public final class Utf8 {
  private Utf8() {}

  /** Bytes that are not UTF-8, at a line (counted from 1) and a byte offset within it (from 1). */
  public static final class Invalid extends IOException {
    private final int line;

    Invalid(String file, int line, int byteInLine) {
      super((file == null ? "" : file + ":") + line + ": not valid UTF-8 (byte " + byteInLine + " of the line)");
      this.line = line;
    }

    public int line() {
      return line;
    }

    /** The problem without file and line, for an input error that names them itself. */
    public String problem() {
      String m = getMessage();
      return m.substring(m.indexOf("not valid UTF-8"));
    }
  }

  static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The whole text, or {@link Invalid} naming the line of the first bad byte. */
  public static String decode(String file, byte[] bytes) throws Invalid {
    if (ascii(bytes, 0, bytes.length)) {
      return new String(bytes, 0, bytes.length, StandardCharsets.ISO_8859_1);
    }
    CharBuffer out = CharBuffer.allocate(bytes.length);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharsetDecoder d = decoder();
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int bad = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new Invalid(file, line, bad - lineStart + 1);
    }
    return out.flip().toString();
  }

  static boolean ascii(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A reader that decodes strictly and, at a byte that is not UTF-8, throws {@link Invalid} with its line,
   * after handing out every character before it. For inputs read as a stream of characters (a CSV register).
   */
  public static Reader reader(String file, InputStream in) {
    return new StrictReader(file, in);
  }

  private static final class StrictReader extends Reader {
    private final String file;
    private final InputStream in;
    private final CharsetDecoder decoder = decoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private int line = 1;
    /** Bytes of the current line consumed before the bytes now in the buffer. */
    private int lineBytesBefore;
    private int lineStartInBuffer;

    StrictReader(String file, InputStream in) {
      this.file = file;
      this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      CharBuffer out = CharBuffer.wrap(cbuf, off, len);
      while (out.position() == off) {
        int before = bytes.position();
        CoderResult r = decoder.decode(bytes, out, eof);
        countLines(before, bytes.position());
        if (r.isError()) {
          if (out.position() > off) {
            break; // hand out what came before the bad byte first
          }
          throw new Invalid(file, line, lineBytesBefore + bytes.position() - lineStartInBuffer + 1);
        }
        if (r.isOverflow()) {
          break;
        }
        if (eof) {
          decoder.flush(out);
          return out.position() == off ? -1 : out.position() - off;
        }
        refill();
      }
      return out.position() - off;
    }

    private void countLines(int from, int to) {
      for (int i = from; i < to; i++) {
        if (bytes.get(i) == '\n') {
          line++;
          lineBytesBefore = 0;
          lineStartInBuffer = i + 1;
        }
      }
    }

    private void refill() throws IOException {
      lineBytesBefore += bytes.position() - lineStartInBuffer;
      bytes.compact();
      lineStartInBuffer = 0;
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
