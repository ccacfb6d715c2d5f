package nl.routetoets.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.routetoets.model.Finding.Citation;
import org.springframework.stereotype.Component;

/**
 * The text of the articles that findings cite, read once from the legal texts bundled with the
 * application ({@code regelgeving/}). A citation names a regulation, an article and one or more text
 * versions ("D2013/D2015"); each version with a bundled text gives that article's text. Regulations
 * that are not bundled (codetabellen, WSB) give none, nor do the decree's texts of 2018 and 2019, of which
 * only the changes are known (interpretations.md I-62): a citation "D2018 D2019 D2020" shows the 2020 text.
 * The texts of the law (WVO, WVO 2020, WEB) and the decree's text of 2020 carry editorial notes of their
 * copyist (lines starting with "&gt;"); those are no law and are left out.
 */
@Component
public class ArticleTexts {
  /** One article as the law words it: heading ("Artikel 6"), title, and its paragraphs. */
  public record ArticleText(String version, String heading, String title, List<String> paragraphs) {}

  /** Which bundled file holds which regulation in which text version. */
  private static final Map<String, String> FILES = Map.of(
      "BEDL/D2013", "BWBR0033984_besluit_experimenten_doorlopende_leerlijnen_vmbo-mbo_2014-2022_tekst_2013.md",
      "BEDL/D2015", "BWBR0033984_besluit_experimenten_doorlopende_leerlijnen_vmbo-mbo_2014-2022.md",
      "BEDL/D2020", "BWBR0033984_besluit_experimenten_doorlopende_leerlijnen_vmbo-mbo_2014-2022_tekst_2020.md",
      "UR/UR2013", "BWBR0033871_uitvoeringsregeling_experimenten_doorlopende_leerlijnen_vmbo-mbo_2014-2022_tekst_2013.md",
      "UR/UR2015", "BWBR0033871_uitvoeringsregeling_experimenten_doorlopende_leerlijnen_vmbo-mbo_2014-2022.md",
      "WVO/WVO", "BWBR0002399_wvo_doorlopende_leerroutes_2020-08-01.md",
      "WVO2020/WVO2020", "BWBR0044212_wvo2020_doorlopende_leerroutes_2022-08-01.md",
      "WEB/WEB", "BWBR0007625_web_doorlopende_leerroutes_2020-08-01.md");

  private static final Pattern ARTICLE = Pattern.compile("^###\\s*Artikel\\s+(\\S+)\\s*$");
  private static final Pattern TITLE = Pattern.compile("^####\\s*(.+?)\\s*$");
  private static final Pattern VERSIONS = Pattern.compile("[ /,]+");

  /** "BEDL/D2015" → article number → text. */
  private final Map<String, Map<String, ArticleText>> texts = new HashMap<>();

  public ArticleTexts() {
    FILES.forEach((key, file) -> texts.put(key, parse(key.substring(key.indexOf('/') + 1), read("regelgeving/" + file))));
  }

  /** The cited article in every text version the citation names, identical texts once. */
  public List<ArticleText> of(Citation citation) {
    if (citation == null || citation.regulation() == null || citation.article() == null || citation.version() == null) {
      return List.of();
    }
    List<ArticleText> out = new ArrayList<>();
    for (String version : VERSIONS.split(citation.version().trim())) {
      ArticleText t = texts.getOrDefault(citation.regulation() + "/" + version, Map.of()).get(citation.article());
      if (t != null && out.stream().noneMatch(o -> o.paragraphs().equals(t.paragraphs()))) {
        out.add(t);
      }
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = ArticleTexts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("legal text " + resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits a laws-markdown text at its "### Artikel N" headings; the text runs to the next heading of that level. */
  static Map<String, ArticleText> parse(String version, String markdown) {
    Map<String, ArticleText> articles = new LinkedHashMap<>();
    String number = null;
    String title = null;
    List<String> paragraphs = new ArrayList<>();
    for (String raw : markdown.split("\n")) {
      String line = raw.strip();
      Matcher article = ARTICLE.matcher(line);
      if (article.matches() || (line.startsWith("##") && !line.startsWith("####"))) {
        if (number != null) {
          articles.putIfAbsent(number, new ArticleText(version, "Artikel " + number, title, List.copyOf(paragraphs)));
        }
        number = article.matches() ? article.group(1) : null;
        title = null;
        paragraphs.clear();
        continue;
      }
      Matcher t = TITLE.matcher(line);
      if (number != null && t.matches()) {
        title = t.group(1);
      } else if (number != null && !line.isEmpty() && !line.startsWith(">")) {
        // a line quoted with ">" is the copyist's editorial note (the 2020 text has them), not the law
        paragraphs.add(line.replace("*", ""));
      }
    }
    if (number != null) {
      articles.putIfAbsent(number, new ArticleText(version, "Artikel " + number, title, List.copyOf(paragraphs)));
    }
    return articles;
  }
}
