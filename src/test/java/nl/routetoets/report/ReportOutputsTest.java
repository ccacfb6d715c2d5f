package nl.routetoets.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.Json;
import nl.routetoets.generate.Generator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The files an office opens and the pages an auditor follows: findings.csv as Dutch Excel reads it, report.pdf, and
 * the drill-down from a norm to its schools to a student with the student's findings, in either language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportOutputsTest {
  @TempDir static Path dir;
  private Path out;
  private List<JsonNode> results;

  @BeforeAll
  void run() throws Exception {
    Path input = dir.resolve("in.jsonl");
    Generator g = Generator.create(new Generator.Options(700, 30, 11, Generator.Options.defaultShares()),
        TestRuleSet.RULES.resolve("reference"));
    try (var w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      g.writeJsonLines(w);
    }
    out = dir.resolve("out");
    ReportRun.run(TestRuleSet.get(), ReportRequest.of(List.of(input), out).withThreads(2), ProgressListener.NONE, () -> false);
    results = Files.readAllLines(out.resolve("results.jsonl")).stream().map(l -> (JsonNode) Json.MAPPER.readTree(l)).toList();
  }

  // ------------------------------------------------------------------------------------------ findings.csv

  @Test
  void findingsCsvIsUtf8WithABomAndSemicolonsAsDutchExcelOpensIt() throws Exception {
    byte[] bytes = Files.readAllBytes(out.resolve("findings.csv"));
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    String header = text.substring(0, text.indexOf("\r\n"));
    assertThat(header.split(";")).containsExactly(FindingsCsv.HEADER);

    // as Excel reads it with the Dutch list separator: one row per finding of results.jsonl, each cell whole
    List<CSVRecord> rows;
    try (Reader in = new StringReader(text)) {
      rows = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
    List<String[]> findings = new ArrayList<>();
    for (JsonNode r : results) {
      r.path("findings").forEach(f -> findings.add(cells(r, f)));
      r.path("routes").forEach(route -> route.path("findings").forEach(f -> findings.add(cells(r, f))));
    }
    assertThat(rows).hasSameSizeAs(findings).hasSizeGreaterThan(100);
    boolean semicolonInACell = false;
    boolean accent = false;
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      assertThat(row.size()).as("row %d has every column", i).isEqualTo(FindingsCsv.HEADER.length);
      String[] want = findings.get(i);
      assertThat(row.get("subject_id")).isEqualTo(want[0]);
      assertThat(row.get("norm")).isEqualTo(want[1]);
      assertThat(row.get("citation")).isEqualTo(want[2]);
      assertThat(row.get("message_nl")).isEqualTo(want[3]);
      semicolonInACell |= want[2].contains(";");
      accent |= want[3].matches("(?s).*[éëïö].*");
    }
    assertThat(semicolonInACell).as("a citation with a ; stays one cell").isTrue();
    assertThat(accent).as("letters with accents, read as UTF-8").isTrue();
    // the school the report counts the subject under, as in the groups of summary.json
    JsonNode schools = Json.MAPPER.readTree(out.resolve("summary.json").toFile()).path("groups").path("trajectory").path("school");
    List<String> known = new ArrayList<>();
    schools.forEach(s -> known.add(s.path("value").asString()));
    assertThat(rows).filteredOn(r -> "trajectory".equals(r.get("subject_type")))
        .allSatisfy(r -> assertThat(known).contains(r.get("school").isEmpty() ? "onbekend" : r.get("school")));
  }

  private static String[] cells(JsonNode r, JsonNode f) {
    return new String[] {r.path("subject").path("id").asString(""), f.path("norm").asString(),
        f.path("article").path("citation").asString(""), f.path("message").path("nl").asString()};
  }

  // ------------------------------------------------------------------------------------------ report.pdf

  @Test
  void reportPdfIsAPdfWhoseHeadlineReadsBack() throws Exception {
    byte[] pdf = Files.readAllBytes(out.resolve("report.pdf"));
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    long students = 0;
    long bad = 0;
    for (JsonNode r : results) {
      if ("trajectory".equals(r.path("subject").path("type").asString()) && !"INVALID".equals(r.path("verdict").asString())) {
        students++;
        bad += "NON_COMPLIANT".equals(r.path("verdict").asString()) ? 1 : 0;
      }
    }
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      text = stripper.getText(doc).replaceAll("\\s+", " ");
    }
    NumberFormat nl = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
    assertThat(text).contains("Nalevingsrapport doorlopende leerroutes", "Van de " + nl.format(students) + " leesbare leerlingtrajecten",
        "voldoen niet: " + nl.format(bad) + " (");
    assertThat(text).doesNotContain(dir.toString());
  }

  // ------------------------------------------------------------------------------------------ the drill-down

  @Test
  void fromANormToItsSchoolsToAStudentWithTheStudentsFindings() throws Exception {
    for (boolean english : List.of(false, true)) {
      Document report = page(english ? "report.en.html" : "report.html");
      assertThat(report.selectFirst("html").attr("lang")).isEqualTo(english ? "en" : "nl");
      // the switch leads to the same page in the other language
      Element other = report.selectFirst(".switch a");
      assertThat(other.attr("href")).isEqualTo(english ? "report.html" : "report.en.html");
      assertThat(other.attr("hreflang")).isEqualTo(english ? "nl" : "en");

      // the top norm → its page
      Element norm = report.selectFirst("#normen-overtreden tbody tr th a");
      String normId = norm.text();
      assertThat(norm.attr("href")).isEqualTo("details/norm-" + normId + (english ? ".en.html" : ".html"));
      Document normPage = page(norm.attr("href"));
      assertThat(normPage.selectFirst("h1").text()).contains(normId);
      assertThat(normPage.selectFirst(".switch a").attr("href")).isEqualTo("norm-" + normId + (english ? ".html" : ".en.html"));

      // → a school with students breaking it, named with its BRIN
      Element school = normPage.selectFirst("#scholen-trajectory tbody tr th a");
      assertThat(school.text()).matches(".+ \\([0-9A-Z]{4}\\)");
      assertThat(school.attr("href")).endsWith("#" + normId);
      String schoolFile = school.attr("href").substring(0, school.attr("href").indexOf('#'));
      Document schoolPage = page("details/" + schoolFile);
      assertThat(schoolPage.selectFirst("h1").text()).isEqualTo(school.text());

      // → the first student listed at that norm, with every finding results.jsonl gives it
      Element at = schoolPage.getElementById(normId);
      assertThat(at).isNotNull();
      Element student = at.selectFirst("a[href^=#s-]");
      String id = student.text();
      Element section = schoolPage.getElementById(student.attr("href").substring(1));
      assertThat(section.selectFirst("h4").text()).startsWith(id);
      JsonNode result = results.stream().filter(r -> id.equals(r.path("subject").path("id").asString())).findFirst().orElseThrow();
      List<String> messages = new ArrayList<>();
      result.path("findings").forEach(f -> add(messages, f, english));
      result.path("routes").forEach(r -> r.path("findings").forEach(f -> add(messages, f, english)));
      List<String> shown = section.select("tbody tr").stream().map(tr -> tr.select("td").get(4).text()).toList();
      assertThat(shown).containsExactlyElementsOf(messages).isNotEmpty();
      assertThat(section.select("tbody tr td:first-child").text()).contains(normId);
    }
  }

  private static void add(List<String> messages, JsonNode f, boolean english) {
    if (!"INFO".equals(f.path("severity").asString())) {
      messages.add(f.path("message").path(english ? "en" : "nl").asString().replaceAll("\\s+", " ").strip());
    }
  }

  @Test
  void everyPageIsSelfContainedInOneLanguageWithItsCounterpart() throws Exception {
    List<Path> pages = new ArrayList<>(List.of(out.resolve("report.html"), out.resolve("report.en.html")));
    try (var details = Files.list(out.resolve("details"))) {
      details.forEach(pages::add);
    }
    Map<String, Integer> schoolsAndNorms = new HashMap<>();
    for (Path p : pages) {
      String html = Files.readString(p);
      assertThat(html).as(p.toString()).doesNotContain("<script", "http://", "https://", "<link", "??", " / Compliant", "Voldoet / ");
      Document doc = Jsoup.parse(html);
      String href = doc.selectFirst(".switch a").attr("href");
      assertThat(p.resolveSibling(href)).as("the counterpart of " + p).exists();
      for (Element a : doc.select("a[href]")) {
        String target = a.attr("href");
        if (target.startsWith("#")) {
          assertThat(doc.getElementById(target.substring(1))).as(target + " on " + p.getFileName()).isNotNull();
        } else {
          String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
          assertThat(p.resolveSibling(file)).as(target + " from " + p.getFileName()).exists();
        }
      }
      schoolsAndNorms.merge(p.getFileName().toString().replaceAll("-.*", ""), 1, Integer::sum);
    }
    assertThat(schoolsAndNorms).containsKeys("norm", "school");
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  /** The report's texts: every key in Dutch and in English, and no Dutch text left on the English side. */
  @Test
  void everyTextOfThePagesIsInBothLanguages() throws Exception {
    java.util.Properties nl = new java.util.Properties();
    java.util.Properties en = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/report/messages.properties")) {
      nl.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    try (var in = getClass().getResourceAsStream("/report/messages_en.properties")) {
      en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(en.stringPropertyNames()).isEqualTo(nl.stringPropertyNames());
    assertThat(en.getProperty("verdict.NON_COMPLIANT")).isEqualTo("Non-compliant");
    assertThat(nl.getProperty("verdict.NON_COMPLIANT")).isEqualTo("Voldoet niet");
    // labels for codes: the Dutch page writes Dutch words, the reference data's names beside the codes
    ReportText dutch = new ReportText(ReportText.DUTCH, new Figures(false), ReportText.Names.of(TestRuleSet.get().reference()));
    assertThat(dutch.label("routeType", "VAKMANSCHAPSROUTE")).isEqualTo("vakmanschapsroute");
    assertThat(dutch.label("sectorProfiel", "BWI")).isEqualTo("Bouwen, wonen en interieur (BWI)");
    assertThat(dutch.label("leerweg", "KB/GL")).isEqualTo("kaderberoepsgericht (KB) / gemengd (GL)");
    assertThat(dutch.school("00AH")).isEqualTo("Het Stedelijk College Zuid / Het Stedelijk Alpha (00AH)");
    assertThat(dutch.school("99XX")).isEqualTo("99XX");
    assertThat(dutch.t(Fig.count("x", 1234567))).isEqualTo("1.234.567");
    ReportText english = new ReportText(ReportText.ENGLISH, new Figures(false), ReportText.Names.NONE);
    assertThat(english.t(Fig.rate(Fig.count("x", 1), Fig.count("y", 8)))).isEqualTo("12.5%");
    assertThat(english.label("regime", "LAW_2020")).startsWith("law of 2020");
  }
}
