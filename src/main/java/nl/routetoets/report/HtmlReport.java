package nl.routetoets.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.routetoets.model.Verdict;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * report.html: one self-contained page (inline CSS and SVG, no scripts, fonts or links out) made
 * with a Thymeleaf template, which escapes every value it prints. This class only prepares the
 * figures as text; the template decides how they look.
 */
final class HtmlReport {
  static final int TOP_NORMS = 25;
  private static final int BAR_WIDTH = 360;
  private static final Map<String, String> DIMENSION_LABELS = Map.of(
      "regime", "Regime (tekstversie) / Regime",
      "routeType", "Routetype / Route type",
      "sectorProfiel", "Sector of profiel / Sector or profile",
      "cohort", "Cohort (startschooljaar) / Cohort (start school year)",
      "school", "School (BRIN)");
  private static final Map<String, String> TYPE_LABELS = Map.of(
      "trajectory", "Leerlingtrajecten / Student trajectories",
      "application", "Aanvragen / Applications",
      "route", "Routes onder de wet (routedocumenten) / Routes under the law (route documents)");
  private static final TemplateEngine ENGINE = engine();

  private HtmlReport() {}

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("/report/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  static void write(Aggregation a, ReportRun.About about, Figures fig, Writer out) {
    Context ctx = new Context();
    ctx.setVariable("about", Map.of(
        "complete", about.complete(),
        "asOf", about.asOf() == null ? "per document (asOf) / per document" : about.asOf().toString(),
        "ruleSet", about.ruleSet().version() + " (sha256 " + about.ruleSet().sha256() + ")",
        "inputs", about.inputs(),
        "suppress", about.suppressSmall(),
        "records", fig.countText(a.records)));
    ctx.setVariable("verdictTables", verdictTables(a, fig));
    ctx.setVariable("hasErrors", a.hasErrors());
    ctx.setVariable("errors", Map.of("count", fig.countText(a.errors.count()),
        "first", fig.hidden(a.errors.count()) ? List.of() : a.errors.first(),
        "more", fig.hidden(a.errors.count()) ? 0 : a.errors.more()));
    ctx.setVariable("norms", norms(a, fig));
    ctx.setVariable("schools", schools(a, fig));
    ctx.setVariable("groups", groups(a, fig));
    ctx.setVariable("monitor", monitor(a, fig));
    ctx.setVariable("law", law(a, fig));
    ctx.setVariable("invalid", Map.of("count", fig.countText(a.invalid.count()),
        "first", fig.hidden(a.invalid.count()) ? List.of() : a.invalid.first(),
        "more", fig.hidden(a.invalid.count()) ? 0 : a.invalid.more()));
    ENGINE.process("report", ctx, out);
  }

  private static List<Map<String, Object>> verdictTables(Aggregation a, Figures fig) {
    List<Map<String, Object>> tables = new ArrayList<>();
    a.verdictsByType.forEach((type, counts) -> {
      long total = 0;
      for (long c : counts) {
        total += c;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      int x = 0;
      for (Verdict v : Verdict.values()) {
        long n = counts[v.ordinal()];
        if (v == Verdict.ERROR && !a.hasErrors()) {
          continue;
        }
        int w = total == 0 ? 0 : (int) Math.round(600.0 * n / total);
        rows.add(row("verdict", v.name(), "label", verdictLabel(v), "count", fig.countText(n), "rate", fig.rateText(n, total),
            "x", x, "width", w, "css", v.name().toLowerCase()));
        x += w;
      }
      tables.add(row("type", TYPE_LABELS.getOrDefault(type, type), "total", fig.countText(total), "rows", rows));
    });
    return tables;
  }

  static String verdictLabel(Verdict v) {
    return switch (v) {
      case COMPLIANT -> "Voldoet / Compliant";
      case NEEDS_REVIEW -> "Beoordelen / Needs review";
      case NON_COMPLIANT -> "Voldoet niet / Non-compliant";
      case INVALID -> "Onleesbaar / Invalid";
      case ERROR -> "Fout in de regels / Rule error";
    };
  }

  private static List<Map<String, Object>> norms(Aggregation a, Figures fig) {
    List<Aggregation.NormCell> top = a.normsByViolations().stream().limit(TOP_NORMS).toList();
    long max = top.stream().mapToLong(n -> n.violations.count()).max().orElse(0);
    List<Map<String, Object>> rows = new ArrayList<>();
    int y = 0;
    for (Aggregation.NormCell n : top) {
      rows.add(row("norm", n.norm, "citation", n.citation == null ? "" : n.citation, "rule", n.rule == null ? "" : n.rule,
          "violations", fig.countText(n.violations.count()), "violationFindings", fig.countText(n.violationFindings),
          "reviews", fig.countText(n.reviews.count()),
          "ids", drill(n.violations, fig), "y", y,
          "width", n.violations.count() == 0 || fig.hidden(n.violations.count()) ? 0 : Math.max(1, Math.round((double) BAR_WIDTH * n.violations.count() / max))));
      y += 22;
    }
    return rows;
  }

  private static List<Map<String, Object>> schools(Aggregation a, Figures fig) {
    Map<String, Aggregation.Cell> totals = new LinkedHashMap<>();
    a.groups.forEach((type, dims) -> dims.getOrDefault("school", Map.of()).forEach((school, cell) -> totals.merge(school, cell, (x, y) -> {
      Aggregation.Cell sum = new Aggregation.Cell(0);
      sum.total = x.total + y.total;
      sum.byVerdict[Verdict.NON_COMPLIANT.ordinal()] =
          x.byVerdict[Verdict.NON_COMPLIANT.ordinal()] + y.byVerdict[Verdict.NON_COMPLIANT.ordinal()];
      return sum;
    })));
    List<Map<String, Object>> rows = new ArrayList<>();
    a.schoolNorms.forEach((school, byNorm) -> {
      Aggregation.Cell t = totals.get(school);
      long total = t == null ? 0 : t.total;
      long bad = t == null ? 0 : t.byVerdict[Verdict.NON_COMPLIANT.ordinal()];
      List<Map<String, Object>> norms = new ArrayList<>();
      byNorm.forEach((norm, ids) -> {
        Aggregation.NormCell n = a.norms.get(norm);
        norms.add(row("norm", norm, "citation", n.citation == null ? "" : n.citation, "count", fig.countText(ids.count()),
            "ids", drill(ids, fig)));
      });
      rows.add(row("school", school, "total", fig.countText(total), "nonCompliant", fig.countText(bad),
          "rate", fig.rateText(bad, total), "norms", norms));
    });
    return rows;
  }

  private static List<Map<String, Object>> groups(Aggregation a, Figures fig) {
    List<Map<String, Object>> sections = new ArrayList<>();
    a.groups.forEach((type, byDimension) -> {
      List<Map<String, Object>> tables = new ArrayList<>();
      for (String dim : Aggregation.DIMENSIONS) {
        List<Map<String, Object>> rows = new ArrayList<>();
        byDimension.getOrDefault(dim, Map.of()).forEach((value, c) -> rows.add(row(
            "value", value, "total", fig.countText(c.total),
            "compliant", fig.countText(c.byVerdict[Verdict.COMPLIANT.ordinal()]),
            "review", fig.countText(c.byVerdict[Verdict.NEEDS_REVIEW.ordinal()]),
            "nonCompliant", fig.countText(c.byVerdict[Verdict.NON_COMPLIANT.ordinal()]),
            "invalid", fig.countText(c.byVerdict[Verdict.INVALID.ordinal()]),
            "error", fig.countText(c.byVerdict[Verdict.ERROR.ordinal()]),
            "rate", fig.rateText(c.byVerdict[Verdict.NON_COMPLIANT.ordinal()], c.total),
            "ids", drill(c.nonCompliant, fig))));
        tables.add(row("id", type + "-" + dim, "label", DIMENSION_LABELS.get(dim), "rows", rows));
      }
      sections.add(row("id", type, "label", TYPE_LABELS.getOrDefault(type, type), "tables", tables));
    });
    return sections;
  }

  private static List<Map<String, Object>> monitor(Aggregation a, Figures fig) {
    List<Map<String, Object>> rows = new ArrayList<>();
    a.monitor.forEach((routeType, byCohort) -> byCohort.forEach((cohort, m) -> rows.add(row(
        "routeType", routeType, "cohort", cohort, "trajectories", fig.countText(m.trajectories),
        "observed", fig.countText(m.observedTwoYears),
        "inMbo", fig.countText(m.inMbo.count()), "inMboBase", fig.countText(m.inMboBase),
        "inMboRate", fig.rateText(m.inMbo.count(), m.inMboBase),
        "same", fig.countText(m.sameDirection.count()), "sameBase", fig.countText(m.directionBase),
        "sameRate", fig.rateText(m.sameDirection.count(), m.directionBase),
        "left", fig.countText(m.left.count()), "leftRate", fig.rateText(m.left.count(), m.trajectories),
        "leftIds", drill(m.left, fig)))));
    return rows;
  }

  /** The sections on the law and the passage, each table over the one denominator of LawText. */
  private static Map<String, Object> law(Aggregation a, Figures fig) {
    Aggregation.LawSections l = a.law;
    List<Map<String, Object>> regimes = new ArrayList<>();
    l.regimes.forEach((regime, c) -> regimes.add(lawRow(c, fig, "value", regime, "share", fig.rateText(c.total, l.students))));
    Map<String, List<Map<String, Object>>> kinds = new LinkedHashMap<>();
    l.kinds.forEach((type, byKind) -> {
      List<Map<String, Object>> rows = new ArrayList<>();
      byKind.forEach((kind, c) -> rows.add(lawRow(c, fig, "value", kind)));
      kinds.put(type, rows);
    });
    java.util.TreeSet<String> levels = new java.util.TreeSet<>();
    l.leerwegLevels.values().forEach(byLeerweg -> byLeerweg.values().forEach(byLevel -> levels.addAll(byLevel.keySet())));
    List<Map<String, Object>> levelRows = new ArrayList<>();
    l.leerwegLevels.forEach((group, byLeerweg) -> byLeerweg.forEach((leerweg, byLevel) -> {
      List<String> cells = new ArrayList<>();
      long total = 0;
      for (String level : levels) {
        long[] n = byLevel.get(level);
        total += n == null ? 0 : n[0];
        boolean outside = Boolean.FALSE.equals(l.inMatrix.get(leerweg + " " + level));
        cells.add(n == null ? "–" : fig.countText(n[0]) + (outside ? " *" : ""));
      }
      levelRows.add(row("group", groupLabel(group), "leerweg", leerweg, "cells", cells, "total", fig.countText(total)));
    }));
    java.util.TreeSet<String> years = new java.util.TreeSet<>();
    l.examYears.values().forEach(byYear -> years.addAll(byYear.keySet()));
    List<Map<String, Object>> yearRows = new ArrayList<>();
    l.examYears.forEach((group, byYear) -> {
      List<String> cells = new ArrayList<>();
      long total = 0;
      for (String year : years) {
        long[] n = byYear.get(year);
        total += n == null ? 0 : n[0];
        cells.add(n == null ? "–" : fig.countText(n[0]));
      }
      yearRows.add(row("group", groupLabel(group), "cells", cells, "total", fig.countText(total)));
    });
    List<Map<String, Object>> exits = new ArrayList<>();
    l.exits.forEach((option, e) -> exits.add(row("option", Facet.Exit.OVERSTAP.equals(option)
            ? "Overstapoptie (wet) / Transfer option (law)" : "Terugvaloptie (besluit, art. 11) / Fallback option (decree, art. 11)",
        "left", fig.countText(e.left), "removed", fig.countText(e.removed), "base", fig.countText(e.base()),
        "offered", fig.countText(e.offered), "notOffered", fig.countText(e.notOffered.count()), "unknown", fig.countText(e.unknown),
        "rate", fig.rateText(e.offered, e.base()), "ids", drill(e.notOffered, fig))));
    Map<String, Object> passage = new LinkedHashMap<>();
    passage.put("from", l.switchDay == null ? "–" : l.switchDay.toString());
    Aggregation.PassageCell p = l.passage;
    passage.put("observed", fig.countText(p == null ? 0 : p.observed));
    passage.put("present", p != null);
    if (p != null) {
      passage.put("still", lawRow(p.stillInRoute, fig, "value", "", "rate", fig.rateText(p.stillInRoute.total, p.observed)));
      passage.put("outsideMatrix", fig.countText(p.outsideMatrix));
      List<Map<String, Object>> norms = new ArrayList<>();
      p.norms.forEach((norm, n) -> {
        Aggregation.NormCell cell = a.norms.get(norm);
        norms.add(row("norm", norm, "citation", cell == null || cell.citation == null ? "" : cell.citation,
            "violations", fig.countText(n[0]), "reviews", fig.countText(n[1])));
      });
      passage.put("norms", norms);
    }
    return row("denominatorNl", LawText.DENOMINATOR_NL, "denominatorEn", LawText.DENOMINATOR_EN,
        "students", fig.countText(l.students), "routes", fig.countText(l.routes), "regimes", regimes,
        "studentKinds", kinds.getOrDefault("trajectory", List.of()), "routeKinds", kinds.getOrDefault("route", List.of()),
        "levels", List.copyOf(levels), "levelRows", levelRows, "years", years.stream().map(HtmlReport::yearLabel).toList(),
        "yearRows", yearRows, "exits", exits, "passage", passage);
  }

  private static Map<String, Object> lawRow(Aggregation.LawCell c, Figures fig, Object... more) {
    Map<String, Object> m = row(more);
    m.put("total", fig.countText(c.total));
    m.put("compliant", fig.countText(c.byVerdict[Verdict.COMPLIANT.ordinal()]));
    m.put("review", fig.countText(c.byVerdict[Verdict.NEEDS_REVIEW.ordinal()]));
    m.put("nonCompliant", fig.countText(c.byVerdict[Verdict.NON_COMPLIANT.ordinal()]));
    m.put("error", fig.countText(c.byVerdict[Verdict.ERROR.ordinal()]));
    m.put("nonCompliantRate", fig.rateText(c.byVerdict[Verdict.NON_COMPLIANT.ordinal()], c.total));
    m.put("underLaw", fig.countText(c.judgedUnderLaw));
    m.put("ids", drill(c.nonCompliant, fig));
    return m;
  }

  private static String groupLabel(String group) {
    return "route".equals(group) ? "Routedocumenten / Route documents" : "Leerlingen " + group + " / Students " + group;
  }

  private static String yearLabel(String year) {
    return Facet.Law.NONE.equals(year) ? "geen / none" : year;
  }

  /** The first ids behind a figure; none when the figure itself is suppressed. */
  private static Map<String, Object> drill(Ids ids, Figures fig) {
    if (fig.hidden(ids.count()) || ids.count() == 0) {
      return row("list", List.of(), "more", 0L);
    }
    return row("list", ids.first(), "more", ids.more());
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
