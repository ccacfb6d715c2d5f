package nl.routetoets.dusiworkflow;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * What the service takes as an attachment: a PDF (the file begins with {@code %PDF-}, whatever its name
 * or the browser's content type say), not empty, not larger than the configured limit, at most
 * {@link #MAX_PER_VERSION} per version. The file is stored as received and only ever served as a
 * download, so nothing in it is opened, executed or shown by the service; a virus scanner, where DUS-I
 * has one, reads the downloads as any other file.
 */
public final class Attachments {
  /** The first bytes of every PDF file (ISO 32000-1, 7.5.2: the header line {@code %PDF-1.n}). */
  static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  public static final int MAX_PER_VERSION = 10;

  /** Why an upload is refused; the pages say it in their language, the workflow in its refusal. */
  public enum Problem { EMPTY, NOT_PDF, TOO_LARGE, TOO_MANY }

  private Attachments() {}

  /** The reason to refuse this file as the {@code count + 1}th attachment, or null when it is fine. */
  public static Problem problem(byte[] content, long maxBytes, int count) {
    if (content == null || content.length == 0) {
      return Problem.EMPTY;
    }
    if (content.length > maxBytes) {
      return Problem.TOO_LARGE;
    }
    if (content.length < PDF_MAGIC.length || !Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
      return Problem.NOT_PDF;
    }
    if (count >= MAX_PER_VERSION) {
      return Problem.TOO_MANY;
    }
    return null;
  }

  /**
   * The name a file is stored and offered under: the browser's name without any folder, control
   * characters or characters a file system refuses, at most 120 characters, ending in {@code .pdf}.
   */
  public static String filename(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "").strip();
    name = name.replaceAll("^[.\\s]+", "");
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      name = name + ".pdf";
    }
    if (name.equals(".pdf")) {
      name = "bijlage.pdf";
    }
    if (name.length() > 120) {
      name = name.substring(0, 116).strip() + ".pdf";
    }
    return name;
  }
}
