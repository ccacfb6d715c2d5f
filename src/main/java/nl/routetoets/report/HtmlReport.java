package nl.routetoets.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.routetoets.model.Verdict;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The report's pages: {@code report.html} in Dutch and {@code report.en.html} in English, each linking to the other,
 * and the drill-down pages beside them in {@code details/}: one per norm (its rules, and the schools whose subjects
 * break it) and one per school (its verdicts, the norms it breaks, and the first students of each with their
 * findings). Every page is self-contained (inline CSS, no scripts, fonts or links out) and made with a Thymeleaf
 * template, which escapes every value it prints. This class prepares the figures ({@link Fig}, each with the key that
 * says what it counts and, for a rate, its denominator); the templates decide how they look and {@link ReportText}
 * writes them in the page's language.
 *
 * <p>One definition, one denominator: a subject is a record of one type (a student's trajectory, a route document,
 * an application); every rate of a group, a school or a norm is of the readable subjects of that type in that row
 * (verdict other than INVALID). Unreadable records are counted apart, never in a denominator.
 */
final class HtmlReport {
  static final String DETAILS = "details";
  static final List<String> TYPES = List.of("trajectory", "route", "application");
  private static final int BAR_WIDTH = 360;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,40}");
  private static final TemplateEngine ENGINE = engine();

  private final Aggregation a;
  private final ReportRun.About about;
  private final Figures fig;
  private final ReportText.Names names;
  /** school → its page's file name (without language and extension); norm → its page's. */
  private final Map<String, String> schoolFiles = new LinkedHashMap<>();
  private final Map<String, String> normFiles = new LinkedHashMap<>();

  private HtmlReport(Aggregation a, ReportRun.About about, Figures fig, ReportText.Names names) {
    this.a = a;
    this.about = about;
    this.fig = fig;
    this.names = names;
    Set<String> schools = new TreeSet<>();
    a.groups.values().forEach(dims -> schools.addAll(dims.getOrDefault("school", Map.of()).keySet()));
    a.schoolNorms.values().forEach(bySchool -> schools.addAll(bySchool.keySet()));
    int i = 0;
    for (String s : schools) {
      schoolFiles.put(s, "school-" + (PLAIN.matcher(s).matches() ? s : "x" + ++i));
    }
    i = 0;
    for (String n : a.norms.keySet()) {
      normFiles.put(n, "norm-" + (PLAIN.matcher(n).matches() ? n : "x" + ++i));
    }
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("/report/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new ReportText.Resolver());
    return engine;
  }

  /** The pages of one run: the two report pages into {@code pages}, the drill-down pages into {@code details}. */
  static void write(Aggregation a, ReportRun.About about, Figures fig, ReportText.Names names, Path reportNl,
      Path reportEn, Path details) throws IOException {
    HtmlReport r = new HtmlReport(a, about, fig, names);
    Files.createDirectories(details);
    for (Locale locale : List.of(ReportText.DUTCH, ReportText.ENGLISH)) {
      ReportText text = new ReportText(locale, fig, names);
      String suffix = text.english() ? ".en.html" : ".html";
      try (Writer out = Files.newBufferedWriter(text.english() ? reportEn : reportNl, StandardCharsets.UTF_8)) {
        ENGINE.process("report", r.overview(text, false), out);
      }
      for (Map.Entry<String, String> n : r.normFiles.entrySet()) {
        try (Writer out = Files.newBufferedWriter(details.resolve(n.getValue() + suffix), StandardCharsets.UTF_8)) {
          ENGINE.process("norm", r.norm(text, n.getKey()), out);
        }
      }
      for (Map.Entry<String, String> s : r.schoolFiles.entrySet()) {
        try (Writer out = Files.newBufferedWriter(details.resolve(s.getValue() + suffix), StandardCharsets.UTF_8)) {
          ENGINE.process("school", r.school(text, s.getKey()), out);
        }
      }
    }
  }

  /** The Dutch report laid out for print: no navigation, no charts (their figures are in the tables), every id list open. */
  static String printable(Aggregation a, ReportRun.About about, Figures fig, ReportText.Names names) {
    HtmlReport r = new HtmlReport(a, about, fig, names);
    return ENGINE.process("report", r.overview(new ReportText(ReportText.DUTCH, fig, names), true));
  }

  private Context context(ReportText text, String self, String other) {
    Context ctx = new Context(text.locale());
    ctx.setVariable("f", text);
    ctx.setVariable("self", self);
    ctx.setVariable("other", other);
    ctx.setVariable("hasErrors", a.hasErrors());
    ctx.setVariable("complete", about.complete());
    return ctx;
  }

  private static String page(String name, ReportText text) {
    return name + (text.english() ? ".en.html" : ".html");
  }

  private static String otherPage(String name, ReportText text) {
    return name + (text.english() ? ".html" : ".en.html");
  }

  // ---------------------------------------------------------------- the overview

  private Context overview(ReportText text, boolean print) {
    Context ctx = context(text, page("report", text), otherPage("report", text));
    ctx.setVariable("print", print);
    ctx.setVariable("detailsPrefix", DETAILS + "/");
    ctx.setVariable("pageSuffix", text.english() ? ".en.html" : ".html");
    ctx.setVariable("about", aboutRows(text));
    ctx.setVariable("headline", headline());
    ctx.setVariable("verdictTables", verdictTables());
    ctx.setVariable("norms", normRows(true));
    ctx.setVariable("reviewNorms", normRows(false));
    ctx.setVariable("chart", chart());
    ctx.setVariable("violatedTypes", typesWith(0));
    ctx.setVariable("reviewedTypes", typesWith(2));
    ctx.setVariable("heat", heatMaps());
    ctx.setVariable("groups", groups());
    ctx.setVariable("monitor", monitor());
    ctx.setVariable("law", law());
    ctx.setVariable("invalid", Map.of("count", Fig.count("invalid.count", a.invalid.count()),
        "first", withoutFolders(shownIds(a.invalid)), "more", more(a.invalid)));
    ctx.setVariable("errors", Map.of("count", Fig.count("errors.count", a.errors.count()),
        "first", withoutFolders(shownIds(a.errors)), "more", more(a.errors)));
    return ctx;
  }

  private Map<String, Object> aboutRows(ReportText text) {
    List<String> inputs = about.inputs().stream().map(HtmlReport::fileName).toList();
    return row("asOf", about.asOf() == null ? text.msg("about.asOfOwn") : about.asOf().toString(),
        "ruleSet", about.ruleSet().version(), "sha256", about.ruleSet().sha256(), "inputs", inputs,
        "suppress", about.suppressSmall(), "records", Fig.count("records", a.records));
  }

  /** Problems as the page lists them: "in.jsonl:2: …", with the folder of each input taken out. */
  private List<String> withoutFolders(List<String> lines) {
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String text = line;
      for (String folder : about.folders()) {
        text = text.replace(folder, "");
      }
      out.add(text);
    }
    return out;
  }

  /** A file as the page names it: its name, never the folder it was read from (a job's folder is the server's). */
  static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The students in one sentence: N readable trajectories, and how many of them comply, need review, do not comply. */
  private Map<String, Object> headline() {
    long[] counts = a.verdictsByType.get("trajectory");
    if (counts == null) {
      return null;
    }
    Fig readable = readable("verdicts.trajectory", counts);
    return row("readable", readable,
        "compliant", Fig.rate(Fig.count("verdicts.trajectory.COMPLIANT", counts[Verdict.COMPLIANT.ordinal()]), readable),
        "review", Fig.rate(Fig.count("verdicts.trajectory.NEEDS_REVIEW", counts[Verdict.NEEDS_REVIEW.ordinal()]), readable),
        "nonCompliant", Fig.rate(Fig.count("verdicts.trajectory.NON_COMPLIANT", counts[Verdict.NON_COMPLIANT.ordinal()]), readable),
        "compliantN", Fig.count("verdicts.trajectory.COMPLIANT", counts[Verdict.COMPLIANT.ordinal()]),
        "reviewN", Fig.count("verdicts.trajectory.NEEDS_REVIEW", counts[Verdict.NEEDS_REVIEW.ordinal()]),
        "nonCompliantN", Fig.count("verdicts.trajectory.NON_COMPLIANT", counts[Verdict.NON_COMPLIANT.ordinal()]),
        "invalid", Fig.count("verdicts.trajectory.INVALID", counts[Verdict.INVALID.ordinal()]));
  }

  /** The readable subjects of a verdict count: all but INVALID. */
  private static Fig readable(String key, long[] counts) {
    long n = 0;
    for (Verdict v : Verdict.values()) {
      n += v == Verdict.INVALID ? 0 : counts[v.ordinal()];
    }
    return Fig.count(key + ".readable", n);
  }

  /** The subject types with a violation (at 0) or a review (at 2) of some norm: the columns of the norms' tables. */
  private List<String> typesWith(int at) {
    List<String> types = new ArrayList<>();
    for (String t : TYPES) {
      if (a.norms.values().stream().anyMatch(n -> n.ofType(t)[at] > 0)) {
        types.add(t);
      }
    }
    return types;
  }

  private List<Map<String, Object>> verdictTables() {
    List<Map<String, Object>> tables = new ArrayList<>();
    inTypeOrder(a.verdictsByType).forEach((type, counts) -> {
      String key = "verdicts." + type;
      Fig readable = readable(key, counts);
      List<Map<String, Object>> rows = new ArrayList<>();
      int x = 0;
      for (Verdict v : Verdict.values()) {
        if (v == Verdict.INVALID || v == Verdict.ERROR && !a.hasErrors()) {
          continue;
        }
        long n = counts[v.ordinal()];
        int w = readable.n() == 0 ? 0 : (int) Math.round(600.0 * n / readable.n());
        rows.add(row("verdict", v.name(), "count", Fig.count(key + "." + v.name(), n),
            "rate", Fig.rate(Fig.count(key + "." + v.name(), n), readable), "x", x, "width", w, "css", v.name().toLowerCase(Locale.ROOT)));
        x += w;
      }
      tables.add(row("type", type, "readable", readable, "invalid", Fig.count(key + ".INVALID", counts[Verdict.INVALID.ordinal()]),
          "rows", rows));
    });
    return tables;
  }

  /** The norms with a violation (most first), or those with reviews only. */
  private List<Map<String, Object>> normRows(boolean violated) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Aggregation.NormCell n : a.normsByViolations()) {
      if (violated != n.violations.count() > 0) {
        continue;
      }
      rows.add(normRow(n));
    }
    return rows;
  }

  private Map<String, Object> normRow(Aggregation.NormCell n) {
    String key = "norm." + n.norm;
    Map<String, Object> byType = new LinkedHashMap<>();
    for (String t : TYPES) {
      long[] c = n.ofType(t);
      byType.put(t, row("violations", Fig.count(key + "." + t + ".violationSubjects", c[0]),
          "violationFindings", Fig.count(key + "." + t + ".violationFindings", c[1]),
          "reviews", Fig.count(key + "." + t + ".reviewSubjects", c[2]),
          "reviewFindings", Fig.count(key + "." + t + ".reviewFindings", c[3])));
    }
    long rulesViolating = n.byRule.values().stream().filter(c -> c[0] > 0).count();
    long rulesReviewing = n.byRule.values().stream().filter(c -> c[2] > 0).count();
    return row("norm", n.norm, "page", normFiles.get(n.norm), "citation", n.citation == null ? "" : n.citation,
        "violations", Fig.count(key + ".violationSubjects", n.violations.count()),
        "violationFindings", Fig.count(key + ".violationFindings", n.violationFindings),
        "reviews", Fig.count(key + ".reviewSubjects", n.reviews.count()),
        "reviewFindings", Fig.count(key + ".reviewFindings", n.reviewFindings),
        "rulesViolating", rulesViolating, "rulesReviewing", rulesReviewing,
        "moreFindings", n.violationFindings > n.violations.count(), "moreReviewFindings", n.reviewFindings > n.reviews.count(),
        "byType", byType);
  }

  /** The bar chart: norms with at least one subject with a violation, never a norm with none. */
  private List<Map<String, Object>> chart() {
    List<Aggregation.NormCell> violated = a.normsByViolations().stream().filter(n -> n.violations.count() > 0).toList();
    long max = violated.stream().mapToLong(n -> n.violations.count()).max().orElse(1);
    List<Map<String, Object>> bars = new ArrayList<>();
    int y = 0;
    for (Aggregation.NormCell n : violated) {
      long c = n.violations.count();
      bars.add(row("norm", n.norm, "count", Fig.count("norm." + n.norm + ".violationSubjects", c), "y", y,
          "width", fig.hidden(c) ? 0 : Math.max(1, Math.round((double) BAR_WIDTH * c / max))));
      y += 22;
    }
    return bars;
  }

  /** Per subject type with a violation: schools × norms, each cell the subjects of that school with a violation of that norm. */
  private List<Map<String, Object>> heatMaps() {
    List<Map<String, Object>> maps = new ArrayList<>();
    for (String type : TYPES) {
      Map<String, Map<String, Aggregation.SchoolNorm>> bySchool = a.schoolNorms.get(type);
      if (bySchool == null) {
        continue;
      }
      TreeSet<String> norms = new TreeSet<>(NORM_ORDER);
      bySchool.values().forEach(byNorm -> byNorm.forEach((norm, sn) -> {
        if (sn.violations.count() > 0) {
          norms.add(norm);
        }
      }));
      if (norms.isEmpty()) {
        continue;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String school : schoolsOf(type)) {
        Fig total = schoolReadable(type, school);
        Fig bad = schoolVerdict(type, school, Verdict.NON_COMPLIANT);
        List<Map<String, Object>> cells = new ArrayList<>();
        Map<String, Aggregation.SchoolNorm> byNorm = bySchool.getOrDefault(school, Map.of());
        for (String norm : norms) {
          Aggregation.SchoolNorm sn = byNorm.get(norm);
          Fig c = Fig.count("school." + type + "." + school + "." + norm + ".violationSubjects", sn == null ? 0 : sn.violations.count());
          cells.add(row("norm", norm, "anchor", anchor(type, norm), "count", c, "rate", Fig.rate(c, total)));
        }
        rows.add(row("school", school, "page", schoolFiles.get(school), "total", total, "nonCompliant", bad,
            "rate", Fig.rate(bad, total), "cells", cells));
      }
      maps.add(row("type", type, "norms", List.copyOf(norms), "rows", rows));
    }
    return maps;
  }

  /** The schools with subjects of this type, in BRIN order. */
  private List<String> schoolsOf(String type) {
    Set<String> schools = new TreeSet<>(a.groups.getOrDefault(type, Map.of()).getOrDefault("school", Map.of()).keySet());
    schools.addAll(a.schoolNorms.getOrDefault(type, Map.of()).keySet());
    return List.copyOf(schools);
  }

  /** The denominator of a school: its readable subjects of the type, the same cell as the groups table's row. */
  private Fig schoolReadable(String type, String school) {
    Aggregation.Cell c = a.school(type, school);
    return Fig.count("group." + type + ".school." + school + ".readable", c == null ? 0 : c.readable());
  }

  private Fig schoolVerdict(String type, String school, Verdict v) {
    Aggregation.Cell c = a.school(type, school);
    return Fig.count("group." + type + ".school." + school + "." + v.name(), c == null ? 0 : c.byVerdict[v.ordinal()]);
  }

  private List<Map<String, Object>> groups() {
    List<Map<String, Object>> sections = new ArrayList<>();
    inTypeOrder(a.groups).forEach((type, byDimension) -> {
      List<Map<String, Object>> tables = new ArrayList<>();
      for (String dim : Aggregation.DIMENSIONS) {
        List<Map<String, Object>> rows = new ArrayList<>();
        byDimension.getOrDefault(dim, Map.of()).forEach((value, c) -> {
          if (c.readable() == 0) {
            return; // only unreadable records: they are counted in their own section, not in a group
          }
          String key = "group." + type + "." + dim + "." + value;
          Fig readable = Fig.count(key + ".readable", c.readable());
          Fig bad = Fig.count(key + ".NON_COMPLIANT", c.byVerdict[Verdict.NON_COMPLIANT.ordinal()]);
          rows.add(row("value", value, "page", "school".equals(dim) ? schoolFiles.get(value) : null, "total", readable,
              "compliant", Fig.count(key + ".COMPLIANT", c.byVerdict[Verdict.COMPLIANT.ordinal()]),
              "review", Fig.count(key + ".NEEDS_REVIEW", c.byVerdict[Verdict.NEEDS_REVIEW.ordinal()]),
              "nonCompliant", bad, "error", Fig.count(key + ".ERROR", c.byVerdict[Verdict.ERROR.ordinal()]),
              "rate", Fig.rate(bad, readable), "ids", drill(c.nonCompliant)));
        });
        tables.add(row("id", type + "-" + dim, "dim", dim, "rows", rows));
      }
      sections.add(row("id", type, "type", type, "tables", tables));
    });
    return sections;
  }

  private List<Map<String, Object>> monitor() {
    List<Map<String, Object>> rows = new ArrayList<>();
    a.monitor.forEach((routeType, byCohort) -> byCohort.forEach((cohort, m) -> {
      String key = "monitor." + routeType + "." + cohort;
      Fig trajectories = Fig.count(key + ".trajectories", m.trajectories);
      Fig inMbo = Fig.count(key + ".inMboAfterTwoYears", m.inMbo.count());
      Fig inMboBase = Fig.count(key + ".inMboAfterTwoYearsBase", m.inMboBase);
      Fig same = Fig.count(key + ".sameDirection", m.sameDirection.count());
      Fig sameBase = Fig.count(key + ".sameDirectionBase", m.directionBase);
      Fig left = Fig.count(key + ".leftWithoutQualification", m.left.count());
      rows.add(row("routeType", routeType, "cohort", cohort, "trajectories", trajectories,
          "observed", Fig.count(key + ".observedTwoYears", m.observedTwoYears),
          "inMbo", inMbo, "inMboBase", inMboBase, "inMboRate", Fig.rate(inMbo, inMboBase),
          "same", same, "sameBase", sameBase, "sameRate", Fig.rate(same, sameBase),
          "left", left, "leftRate", Fig.rate(left, trajectories)));
    }));
    return rows;
  }

  /** The sections on the law and the passage, each table over the one denominator of LawText. */
  private Map<String, Object> law() {
    Aggregation.LawSections l = a.law;
    Fig students = Fig.count("law.students", l.students);
    List<Map<String, Object>> regimes = new ArrayList<>();
    l.regimes.forEach((regime, c) -> {
      Map<String, Object> r = lawRow(c, "law.regime." + regime, "value", regime);
      r.put("share", Fig.rate((Fig) r.get("total"), students));
      regimes.add(r);
    });
    Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
    l.kinds.forEach((type, byKind) -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      byKind.forEach((kind, c) -> rows.add(lawRow(c, "law.kind." + type + "." + kind, "value", kind)));
      kinds.put(type, rows);
    });
    TreeSet<String> levels = new TreeSet<>();
    l.leerwegLevels.values().forEach(byLeerweg -> byLeerweg.values().forEach(byLevel -> levels.addAll(byLevel.keySet())));
    List<Map<String, Object>> levelRows = new ArrayList<>();
    l.leerwegLevels.forEach((group, byLeerweg) -> byLeerweg.forEach((leerweg, byLevel) -> {
      List<Map<String, Object>> cells = new ArrayList<>();
      long total = 0;
      for (String level : levels) {
        long[] n = byLevel.get(level);
        total += n == null ? 0 : n[0];
        boolean outside = Boolean.FALSE.equals(l.inMatrix.get(leerweg + " " + level));
        cells.add(row("count", n == null ? null : Fig.count("law.level." + group + "." + leerweg + "." + level, n[0]), "outside", outside));
      }
      levelRows.add(row("group", group, "leerweg", leerweg, "cells", cells,
          "total", Fig.count("law.level." + group + "." + leerweg + ".total", total)));
    }));
    TreeSet<String> years = new TreeSet<>();
    l.examYears.values().forEach(byYear -> years.addAll(byYear.keySet()));
    List<Map<String, Object>> yearRows = new ArrayList<>();
    l.examYears.forEach((group, byYear) -> {
      List<Fig> cells = new ArrayList<>();
      long total = 0;
      for (String year : years) {
        long[] n = byYear.get(year);
        total += n == null ? 0 : n[0];
        cells.add(n == null ? null : Fig.count("law.year." + group + "." + year, n[0]));
      }
      yearRows.add(row("group", group, "cells", cells, "total", Fig.count("law.year." + group + ".total", total)));
    });
    List<Map<String, Object>> exits = new ArrayList<>();
    l.exits.forEach((option, e) -> {
      String key = "law.exit." + option;
      Fig base = Fig.count(key + ".base", e.base());
      Fig offered = Fig.count(key + ".offered", e.offered);
      exits.add(row("option", option, "left", Fig.count(key + ".left", e.left), "removed", Fig.count(key + ".definitivelyRemoved", e.removed),
          "base", base, "offered", offered, "notOffered", Fig.count(key + ".notOffered", e.notOffered.count()),
          "unknown", Fig.count(key + ".unknown", e.unknown), "rate", Fig.rate(offered, base), "ids", drill(e.notOffered)));
    });
    Map<String, Object> passage = new LinkedHashMap<>();
    passage.put("from", l.switchDay == null ? "–" : l.switchDay.toString());
    Aggregation.PassageCell p = l.passage;
    Fig observed = Fig.count("law.passage.observed", p == null ? 0 : p.observed);
    passage.put("observed", observed);
    passage.put("present", p != null);
    if (p != null) {
      Map<String, Object> still = lawRow(p.stillInRoute, "law.passage.stillInRoute");
      still.put("rate", Fig.rate((Fig) still.get("total"), observed));
      passage.put("still", still);
      passage.put("outsideMatrix", Fig.count("law.passage.stillInRoute.outsideLawMatrix", p.outsideMatrix));
      List<Map<String, Object>> norms = new ArrayList<>();
      p.norms.forEach((norm, n) -> {
        Aggregation.NormCell cell = a.norms.get(norm);
        norms.add(row("norm", norm, "page", normFiles.get(norm), "citation", cell == null || cell.citation == null ? "" : cell.citation,
            "violations", Fig.count("law.passage.norm." + norm + ".violationSubjects", n[0]),
            "reviews", Fig.count("law.passage.norm." + norm + ".reviewSubjects", n[1])));
      });
      passage.put("norms", norms);
    }
    return row("students", students, "routes", Fig.count("law.routes", l.routes), "regimes", regimes,
        "studentKinds", kinds.getOrDefault("trajectory", List.of()), "routeKinds", kinds.getOrDefault("route", List.of()),
        "levels", List.copyOf(levels), "levelRows", levelRows, "years", List.copyOf(years),
        "yearRows", yearRows, "exits", exits, "passage", passage);
  }

  private Map<String, Object> lawRow(Aggregation.LawCell c, String key, Object... more) {
    Map<String, Object> m = row(more);
    Fig total = Fig.count(key + ".total", c.total);
    Fig bad = Fig.count(key + ".NON_COMPLIANT", c.byVerdict[Verdict.NON_COMPLIANT.ordinal()]);
    m.put("total", total);
    m.put("compliant", Fig.count(key + ".COMPLIANT", c.byVerdict[Verdict.COMPLIANT.ordinal()]));
    m.put("review", Fig.count(key + ".NEEDS_REVIEW", c.byVerdict[Verdict.NEEDS_REVIEW.ordinal()]));
    m.put("nonCompliant", bad);
    m.put("error", Fig.count(key + ".ERROR", c.byVerdict[Verdict.ERROR.ordinal()]));
    m.put("nonCompliantRate", Fig.rate(bad, total));
    m.put("underLaw", Fig.count(key + ".judgedUnderLaw", c.judgedUnderLaw));
    m.put("ids", drill(c.nonCompliant));
    return m;
  }

  // ---------------------------------------------------------------- a norm's page

  private Context norm(ReportText text, String norm) {
    String file = normFiles.get(norm);
    Context ctx = context(text, page(file, text), otherPage(file, text));
    Aggregation.NormCell n = a.norms.get(norm);
    ctx.setVariable("n", normRow(n));
    ctx.setVariable("report", page("../report", text));
    List<Map<String, Object>> rules = new ArrayList<>();
    n.byRule.forEach((rule, c) -> {
      String key = "norm." + norm + ".rule." + rule;
      rules.add(row("rule", rule, "violations", Fig.count(key + ".violationSubjects", c[0]),
          "violationFindings", Fig.count(key + ".violationFindings", c[1]),
          "reviews", Fig.count(key + ".reviewSubjects", c[2]), "reviewFindings", Fig.count(key + ".reviewFindings", c[3])));
    });
    ctx.setVariable("rules", rules);
    List<Map<String, Object>> types = new ArrayList<>();
    for (String type : TYPES) {
      Map<String, Map<String, Aggregation.SchoolNorm>> bySchool = a.schoolNorms.get(type);
      if (bySchool == null) {
        continue;
      }
      List<Map<String, Object>> schools = new ArrayList<>();
      bySchool.forEach((school, byNorm) -> {
        Aggregation.SchoolNorm sn = byNorm.get(norm);
        if (sn == null) {
          return;
        }
        Fig total = schoolReadable(type, school);
        String key = "school." + type + "." + school + "." + norm;
        Fig violations = Fig.count(key + ".violationSubjects", sn.violations.count());
        Fig reviews = Fig.count(key + ".reviewSubjects", sn.reviews.count());
        schools.add(row("school", school, "page", schoolFiles.get(school), "anchor", anchor(type, norm), "total", total, "violations", violations,
            "violationRate", Fig.rate(violations, total), "reviews", reviews, "reviewRate", Fig.rate(reviews, total)));
      });
      if (!schools.isEmpty()) {
        types.add(row("type", type, "schools", schools));
      }
    }
    ctx.setVariable("types", types);
    return ctx;
  }

  // ---------------------------------------------------------------- a school's page

  private Context school(ReportText text, String school) {
    String file = schoolFiles.get(school);
    Context ctx = context(text, page(file, text), otherPage(file, text));
    ctx.setVariable("school", school);
    ctx.setVariable("report", page("../report", text));
    List<Map<String, Object>> types = new ArrayList<>();
    for (String type : TYPES) {
      Aggregation.Cell cell = a.school(type, school);
      Map<String, Aggregation.SchoolNorm> byNorm = a.schoolNorms.getOrDefault(type, Map.of()).getOrDefault(school, Map.of());
      if ((cell == null || cell.readable() == 0) && byNorm.isEmpty()) {
        continue;
      }
      Fig total = schoolReadable(type, school);
      Fig bad = schoolVerdict(type, school, Verdict.NON_COMPLIANT);
      Map<String, Integer> anchors = new LinkedHashMap<>();
      List<Map<String, Object>> norms = new ArrayList<>();
      List<Map.Entry<String, Aggregation.SchoolNorm>> ordered = new ArrayList<>(byNorm.entrySet());
      ordered.sort(Map.Entry.comparingByKey(NORM_ORDER));
      for (Map.Entry<String, Aggregation.SchoolNorm> e : ordered) {
        String key = "school." + type + "." + school + "." + e.getKey();
        Aggregation.SchoolNorm sn = e.getValue();
        Fig violations = Fig.count(key + ".violationSubjects", sn.violations.count());
        Fig reviews = Fig.count(key + ".reviewSubjects", sn.reviews.count());
        Aggregation.NormCell n = a.norms.get(e.getKey());
        norms.add(row("norm", e.getKey(), "anchor", anchor(type, e.getKey()), "page", normFiles.get(e.getKey()), "citation", n == null || n.citation == null ? "" : n.citation,
            "violations", violations, "violationRate", Fig.rate(violations, total), "reviews", reviews,
            "reviewRate", Fig.rate(reviews, total),
            "violators", subjects(sn.violations, type, anchors), "violatorsMore", more(sn.violations),
            "reviewed", subjects(sn.reviews, type, anchors), "reviewedMore", more(sn.reviews)));
      }
      List<Map<String, Object>> students = new ArrayList<>();
      anchors.forEach((id, anchor) -> {
        Aggregation.Listed s = a.listed.get(type + " " + id);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Aggregation.Line x : s.findings()) {
          findings.add(row("norm", x.norm(), "anchor", anchor(type, x.norm()), "severity", x.severity(), "citation", x.citation(),
              "routeId", x.routeId(), "path", x.path(), "nl", x.nl(), "en", x.en()));
        }
        students.add(row("id", id, "anchor", "s-" + type + "-" + anchor, "verdict", s.verdict().name(), "regime", s.regime(),
            "findings", findings));
      });
      types.add(row("type", type, "total", total,
          "compliant", schoolVerdict(type, school, Verdict.COMPLIANT), "review", schoolVerdict(type, school, Verdict.NEEDS_REVIEW),
          "nonCompliant", bad, "error", schoolVerdict(type, school, Verdict.ERROR), "rate", Fig.rate(bad, total),
          "norms", norms, "students", students));
    }
    ctx.setVariable("types", types);
    return ctx;
  }

  /** The listed subjects behind a figure, each with its anchor on the school's page; none when the figure is withheld. */
  private List<Map<String, Object>> subjects(Ids ids, String type, Map<String, Integer> anchors) {
    if (fig.hidden(ids.count())) {
      return List.of();
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (String id : ids.first()) {
      if (!a.listed.containsKey(type + " " + id)) {
        continue;
      }
      Integer anchor = anchors.computeIfAbsent(id, k -> anchors.size() + 1);
      list.add(row("id", id, "anchor", "s-" + type + "-" + anchor));
    }
    return list;
  }

  // ---------------------------------------------------------------- helpers

  /** Where a norm's part of a school's page is: the norm for students, "route-N-…" and "application-N-…" for the others. */
  static String anchor(String type, String norm) {
    return "trajectory".equals(type) ? norm : type + "-" + norm;
  }

  private List<String> shownIds(Ids ids) {
    return fig.hidden(ids.count()) ? List.of() : ids.first();
  }

  private long more(Ids ids) {
    return fig.hidden(ids.count()) ? 0 : ids.more();
  }

  /** The first ids behind a figure; none when the figure itself is suppressed. */
  private Map<String, Object> drill(Ids ids) {
    if (fig.hidden(ids.count()) || ids.count() == 0) {
      return row("list", List.of(), "more", 0L);
    }
    return row("list", ids.first(), "more", ids.more());
  }

  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** Students first, then route documents, applications and any other type. */
  static <V> Map<String, V> inTypeOrder(Map<String, V> byType) {
    Map<String, V> ordered = new LinkedHashMap<>();
    for (String t : TYPES) {
      if (byType.containsKey(t)) {
        ordered.put(t, byType.get(t));
      }
    }
    byType.forEach(ordered::putIfAbsent);
    return ordered;
  }

  /** N-EX-2 before N-EX-10: the prefix, then the number. */
  static final java.util.Comparator<String> NORM_ORDER = (x, y) -> {
    int ix = x.lastIndexOf('-');
    int iy = y.lastIndexOf('-');
    int prefix = x.substring(0, ix + 1).compareTo(y.substring(0, iy + 1));
    if (prefix != 0) {
      return prefix;
    }
    try {
      int byNumber = Integer.compare(Integer.parseInt(x.substring(ix + 1)), Integer.parseInt(y.substring(iy + 1)));
      return byNumber != 0 ? byNumber : x.compareTo(y);
    } catch (NumberFormatException e) {
      return x.compareTo(y);
    }
  };
}
