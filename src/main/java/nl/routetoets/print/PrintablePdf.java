package nl.routetoets.print;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * An HTML page as a PDF. The page is parsed by jsoup first, because openhtmltopdf needs well-formed XML and
 * templates write HTML5. The page's own {@code @media print} rules apply; images and style sheets are resolved
 * against {@code baseUri} and nothing is fetched from elsewhere, so a printed page never reaches the network.
 */
public final class PrintablePdf {
  static {
    // the layout engine reports every stylesheet and timing at INFO on java.util.logging: keep its warnings only
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private PrintablePdf() {
  }

  /** The PDF of {@code html}; relative addresses in it are resolved against {@code baseUri}. */
  public static byte[] of(String html, String baseUri) {
    var page = Jsoup.parse(html, baseUri);
    var out = new ByteArrayOutputStream(64 * 1024);
    try {
      new PdfRendererBuilder()
          .useFastMode()
          .withW3cDocument(new W3CDom().fromJsoup(page), baseUri)
          .useUriResolver((base, uri) -> uri.startsWith(baseUri) || !uri.contains(":") ? uri : null)
          .toStream(out)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("could not lay out the page as PDF", e);
    }
    return out.toByteArray();
  }
}
