package nl.routetoets.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The norms of the project's copies of spec/regulation.md (§3A–3J) and spec/law2020.md (§3 and §4.3,
 * the structural law) as the catalogue should name them:
 * per norm its title, its source article(s) without the provenance marks, where the spec says it what
 * the norm applies to, and the regimes its text versions make. The spec writes a norm in a few ways,
 * all read here: {@code **N-X-1** (source; applies to; period)}, {@code **N-X-1: title** (…)},
 * {@code **N-X-1: title**} with a {@code * Source:} bullet or bullets that open with a versioned
 * citation ({@code * D2013 art. 3(1) [R] …}), and {@code **N-X-1: title, D2015 art. 6 [R]**}.
 */
final class SpecNorms {
  static final Path SPEC = Path.of("src/test/resources/spec/regulation.md");
  static final Path LAW_SPEC = Path.of("src/test/resources/spec/law2020.md");
  static final List<Path> SPECS = List.of(SPEC, LAW_SPEC);
  static final String LAW_REGIME = "LAW_2020";

  /** @param law a norm of law2020.md, whose regime is the law's whatever its source says */
  record SpecNorm(String id, String title, String source, String appliesTo, String period, boolean law) {
    /** The regimes its source makes (a norm of the law: LAW_2020). */
    List<String> regimes(String source) {
      return law ? List.of(LAW_REGIME) : SpecNorms.regimes(source, period);
    }
  }

  private static final Pattern HEADING = Pattern.compile(
      "^\\*\\*(N-[A-Z]+-\\d+)(?:\\s*\\(new(?:, meta)?\\))?(?::\\s*([^*]*))?\\*\\*\\s*(?:\\((.*)\\))?\\s*(?:\\[[^\\]]*\\].*)?$");
  /** law2020.md's source bullet: the articles, then what the norm applies to. */
  private static final Pattern SOURCES_LIST = Pattern.compile("^\\* Sources:\\s*$");
  private static final Pattern LAW_SOURCE = Pattern.compile("^(.*?)\\.\\s+Applies to ([A-Z/]+)\\.?$");
  /** A provenance mark: [R], [S], [I], [R/I], [R, identical in …], [S: a source]. */
  private static final Pattern MARK = Pattern.compile("\\s*\\[(?:R|S|I)(?:[/,:][^\\]]*)?\\]");
  private static final Pattern HEADING_CITATION = Pattern.compile("^(.*?),\\s*((?:D|UR)(?:2013|2015)? art\\..*)$");
  private static final Pattern SOURCE_BULLET = Pattern.compile("^\\* Sources?: (.*)$");
  private static final Pattern VERSIONED_BULLET = Pattern.compile("^\\* ((?:D|UR)(?:2013|2015)[^\\[:]*?) \\[");
  private static final Pattern RULE_BULLET = Pattern.compile("^\\* Rule: (.*)$");
  private static final Pattern APPLIES_BULLET = Pattern.compile("^(?:\\* )?Applies to (the Minister|[A-Z][A-Za-z/]*)");
  private static final Pattern APPLIES =
      Pattern.compile("^(?:(?:APP|TRJ|SCH|EX|REG)(?:/(?:APP|TRJ|SCH|EX|REG))*|all|Minister|(?:VO|mbo)-side REG)$");

  private SpecNorms() {}

  /** In the order of the specs: regulation.md, then law2020.md. */
  static List<SpecNorm> read() throws IOException {
    Map<String, SpecNorm> norms = new LinkedHashMap<>();
    for (Path spec : SPECS) {
      read(spec, spec.equals(LAW_SPEC), norms);
    }
    return List.copyOf(norms.values());
  }

  private static void read(Path spec, boolean law, Map<String, SpecNorm> norms) throws IOException {
    String id = null;
    String head = null;
    String paren = null;
    List<String> body = new ArrayList<>();
    for (String line : (Files.readString(spec) + "\n## end").split("\n")) {
      Matcher m = HEADING.matcher(line);
      boolean ends = m.matches() || line.startsWith("## ") || line.startsWith("### ") || line.startsWith("**N-");
      if (ends && id != null) {
        norms.put(id, parse(id, head, paren, body, law));
        id = null;
      }
      if (m.matches()) {
        id = m.group(1);
        head = m.group(2) == null ? "" : m.group(2).trim();
        paren = m.group(3);
        body = new ArrayList<>();
      } else if (id != null) {
        body.add(line);
      }
    }
  }

  private static SpecNorm parse(String id, String head, String paren, List<String> body, boolean law) {
    String title = null;
    List<String> sources = new ArrayList<>();
    String appliesTo = null;
    String period = null;
    if (!head.isEmpty()) {
      String h = MARK.matcher(head).replaceAll("").trim();
      Matcher c = HEADING_CITATION.matcher(h);
      if (c.matches()) {
        title = c.group(1).trim();
        sources.add(c.group(2).trim());
      } else {
        title = h;
      }
    }
    if (paren != null) {
      List<String> segments = List.of(paren.split(";")).stream().map(String::trim).toList();
      period = segments.get(segments.size() - 1);
      appliesTo = segments.get(segments.size() - 2);
      sources.add(clean(String.join("; ", segments.subList(0, segments.size() - 2))));
    }
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      Matcher sourcesList = SOURCES_LIST.matcher(line);
      if (sourcesList.matches()) {
        // law2020.md's "* Sources:" with the sources as the bullets below it
        List<String> listed = new ArrayList<>();
        while (i + 1 < body.size() && body.get(i + 1).startsWith("  * ")) {
          listed.add(body.get(++i).substring(4).trim().replaceFirst("[;.]$", ""));
        }
        sources.add(clean(String.join("; ", listed)));
        continue;
      }
      Matcher rule = RULE_BULLET.matcher(line);
      if (title == null && rule.matches()) {
        title = rule.group(1).trim();
      }
      Matcher src = SOURCE_BULLET.matcher(line);
      Matcher lawSource = src.matches() ? LAW_SOURCE.matcher(src.group(1)) : null;
      if (lawSource != null && lawSource.matches()) {
        sources.add(clean(lawSource.group(1)));
        appliesTo = appliesTo == null ? lawSource.group(2) : appliesTo;
        continue;
      }
      if (src.matches()) {
        String text = src.group(1);
        int cut = lastMarkEnd(text);
        String rest = text.substring(cut);
        if (rest.startsWith(", via ")) {
          int end = rest.indexOf(';');
          cut += end < 0 ? rest.length() : end;
          rest = text.substring(cut);
        }
        sources.add(clean(text.substring(0, cut)));
        List<String> parts = List.of(rest.replaceFirst("^[.;,]\\s*", "").split("[;.]\\s")).stream()
            .map(s -> s.trim().replaceFirst("\\.$", "")).filter(s -> !s.isEmpty()).toList();
        if (!parts.isEmpty() && APPLIES.matcher(parts.get(0)).matches()) {
          appliesTo = appliesTo == null ? parts.get(0) : appliesTo;
          if (parts.size() > 1 && period == null) {
            period = parts.get(1);
          }
        }
        continue;
      }
      Matcher versioned = VERSIONED_BULLET.matcher(line);
      if (versioned.find()) {
        sources.add(versioned.group(1).trim());
      }
      Matcher applies = APPLIES_BULLET.matcher(line);
      if (appliesTo == null && applies.find()) {
        appliesTo = applies.group(1);
      }
    }
    return new SpecNorm(id, title, sources.isEmpty() ? null : String.join("; ", sources), appliesTo, period, law);
  }

  private static int lastMarkEnd(String text) {
    Matcher m = Pattern.compile("\\[(?:R|S|I)[^\\]]*\\]").matcher(text);
    int end = text.length();
    boolean found = false;
    while (m.find()) {
      end = m.end();
      found = true;
    }
    return found ? end : text.length();
  }

  private static String clean(String source) {
    return MARK.matcher(source).replaceAll("").trim().replaceFirst("\\.$", "").trim();
  }

  /**
   * The regimes a source's text versions make: D2013/UR2013 the decree and regulation as first
   * published, D2015/UR2015 as amended, an unversioned "D art."/"UR art." both, the 2020 law its
   * own. A source naming no text falls back on the period: one that begins in autumn 2015 is the
   * amended text's; any other spans the experiments.
   */
  static List<String> regimes(String source, String period) {
    TreeSet<String> regimes = new TreeSet<>();
    String s = source == null ? "" : source;
    if (s.matches("(?s).*\\b(D2013|UR2013)\\b.*|.*\\(2013\\).*")) {
      regimes.add("EXP_2013");
    }
    if (s.matches("(?s).*\\b(D2015|UR2015)\\b.*|.*\\(2015\\).*")) {
      regimes.add("EXP_2015");
    }
    if (s.matches("(?s).*\\b(D|UR) art\\..*|^(D|UR),.*|.*\\bD2013/D2015\\b.*")) {
      regimes.add("EXP_2013");
      regimes.add("EXP_2015");
    }
    if (s.contains("Stb. 2020")) {
      regimes.add("LAW_2020");
    }
    if (regimes.isEmpty()) {
      if (period != null && period.matches(".*(Oct|Nov) 2015 →.*")) {
        regimes.add("EXP_2015");
      } else {
        regimes.add("EXP_2013");
        regimes.add("EXP_2015");
      }
    }
    return List.copyOf(regimes);
  }
}
