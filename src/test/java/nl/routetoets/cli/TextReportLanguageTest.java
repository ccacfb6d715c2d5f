package nl.routetoets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text report of check is in one language: Dutch or English throughout (--lang, else the system's locale),
 * never "voldoet (COMPLIANT)" or an English label in a Dutch report; an unreadable JSON file is one sentence in
 * that language too.
 */
class TextReportLanguageTest {
  @TempDir Path dir;

  /** A compliant document, one with violations, a stream with an unreadable line, and a file that is not JSON. */
  private String[] documents() throws IOException {
    Path broken = dir.resolve("kapot.json");
    Files.writeString(broken, "{\"type\": \"trajectory\",\n  \"id\": \"S-1\" \"asOf\": \"2020-08-01\"}\n");
    return new String[] {"demo/traject-2016-vmr2-zorg-geslaagd.json", "demo/traject-2017-vmr2-bbl-onder-16-fout.json",
        "demo/route-2023-dlr-kb-mbo2-fout.json", "demo/trajecten.jsonl", broken.toString()};
  }

  private String report(String... options) throws IOException {
    String[] docs = documents();
    String[] args = new String[1 + options.length + docs.length];
    args[0] = "check";
    System.arraycopy(options, 0, args, 1, options.length);
    System.arraycopy(docs, 0, args, 1 + options.length, docs.length);
    CheckCommandTest.Run r = CheckCommandTest.run(args);
    assertThat(r.exit()).as(r.err()).isEqualTo(Main.USAGE); // an unreadable document: 2, after reporting on all of them
    return r.out();
  }

  private static final List<String> ENGLISH = List.of("as of", "rule set", "Fix:", "Interpretation:", "Total", "COMPLIANT",
      "NEEDS_REVIEW", "INVALID", "[VIOLATION]", "[REVIEW]", "error:", "not valid JSON", "unknown field", "== trajectory",
      "Compliant", "compliant");
  private static final List<String> DUTCH = List.of("peildatum", "regelset", "Oplossing", "Interpretatie", "Totaal", "Voldoet",
      "voldoet", "[SCHENDING]", "[BEOORDELEN]", "fout:", "geen geldige JSON", "onbekend veld", "== traject ", "Niet te toetsen");

  @Test
  void aDutchReportHasNoEnglishLabel() throws IOException {
    String nl = report("--lang", "nl");
    assertThat(nl).contains("== traject S-100105 — Voldoet niet", "[SCHENDING] N-PRG-6", "Oplossing: Schrijf de leerling",
        "peildatum 2020-08-01, regime EXP_2015, regelset ",
        "fout: " + dir.resolve("kapot.json") + ":2: geen geldige JSON op regel 2, kolom 15: na de waarde ontbreekt een komma",
        "startLeerWeg: onbekend veld \"startLeerWeg\"", "Totaal: ");
    assertThat(nl).doesNotContain(ENGLISH.toArray(String[]::new));
  }

  @Test
  void anEnglishReportHasNoDutchLabel() throws IOException {
    String en = report("--lang", "en");
    assertThat(en).contains("== trajectory S-100105 — Non-compliant", "[VIOLATION] N-PRG-6", "Fix: Enrol the student",
        "as of 2020-08-01, regime EXP_2015, rule set ", "error: " + dir.resolve("kapot.json")
            + ":2: not valid JSON at line 2, column 15: a comma or a closing bracket is missing", "Total: ");
    assertThat(en).doesNotContain(DUTCH.toArray(String[]::new));
  }

  @Test
  void withoutLangTheReportFollowsTheSystemsLanguageAndIsDutchUnlessThatIsEnglish() throws IOException {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      assertThat(report()).contains("Totaal: ").doesNotContain("Total: ");
      Locale.setDefault(Locale.forLanguageTag("en-GB"));
      assertThat(report()).contains("Total: ").doesNotContain("Totaal: ");
      Locale.setDefault(Locale.forLanguageTag("de-DE"));
      assertThat(report()).contains("Totaal: ");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theTotalsCountEveryVerdictInWords() throws IOException {
    // 1 compliant + 1 and 1 not compliant, then the stream's 9 lines (4 compliant, 4 not, 1 unreadable) and the broken file
    assertThat(report("--lang", "nl")).contains("Totaal: 5 voldoen, 0 te beoordelen, 6 voldoen niet, 2 niet te toetsen");
    assertThat(report("--lang", "en")).contains("Total: 5 compliant, 0 need review, 6 not compliant, 2 cannot be checked");
  }
}
