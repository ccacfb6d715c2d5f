package nl.routetoets.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import nl.routetoets.print.PrintablePdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF with the same bytes for the same page: the layout engine stamps the time of writing into the document
 * information and derives the file identifier from it, so both are replaced by fixed values (the identifier from the
 * content, as PDFBox does when given a seed). The report keeps to "same input, same bytes" for report.pdf too.
 */
final class ReproduciblePdf {
  private ReproduciblePdf() {}

  /** The page laid out by {@link PrintablePdf}, without the time of writing; the identifier is derived from the page. */
  static byte[] of(String html, String baseUri) throws IOException {
    byte[] pdf = PrintablePdf.of(html, baseUri);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      doc.getDocumentInformation().setCreationDate(null);
      doc.getDocumentInformation().setModificationDate(null);
      doc.getDocumentCatalog().setMetadata(null);
      doc.getDocument().getTrailer().removeItem(org.apache.pdfbox.cos.COSName.ID);
      doc.setDocumentId(html.hashCode() & 0xffffffffL);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      doc.save(out);
      return out.toByteArray();
    }
  }
}
