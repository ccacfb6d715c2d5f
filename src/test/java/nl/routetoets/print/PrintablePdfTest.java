package nl.routetoets.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PrintablePdfTest {
  @Test
  void anHtml5PageBecomesAPdfWithItsText() throws Exception {
    String html = "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>Besluit</title>"
        + "<style>@page { size: A4 } h1 { font-size: 14pt }</style></head>"
        + "<body><h1>Besluit op de aanvraag</h1><p>De geïntegreerde route voldoet<br>niet aan art. 2.107e.</body></html>";

    byte[] pdf = PrintablePdf.of(html, "http://localhost/");

    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Besluit op de aanvraag").contains("geïntegreerde route voldoet");
    }
  }

  @Test
  void nothingOutsideTheBaseIsFetched() {
    String html = "<html><body><img src='http://example.org/tracker.png'><p>tekst</p></body></html>";

    assertThat(PrintablePdf.of(html, "http://localhost/")).isNotEmpty();
  }
}
