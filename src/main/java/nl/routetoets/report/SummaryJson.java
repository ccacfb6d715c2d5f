package nl.routetoets.report;

import java.util.List;
import java.util.Map;
import nl.routetoets.document.Json;
import nl.routetoets.model.Verdict;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** summary.json: the figures of report.html for machines, with the same suppression. */
final class SummaryJson {
  private SummaryJson() {}

  static ObjectNode of(Aggregation a, ReportRun.About about, Figures fig) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("complete", about.complete());
    root.put("asOf", about.asOf() == null ? null : about.asOf().toString());
    root.putPOJO("ruleSet", about.ruleSet());
    ArrayNode inputs = root.putArray("inputs");
    about.inputs().forEach(inputs::add);
    root.put("suppressSmall", about.suppressSmall());
    root.put("records", a.records);
    ObjectNode verdicts = root.putObject("verdicts");
    a.verdictsByType.forEach((type, counts) -> verdicts.set(type, verdicts(counts, fig, a.hasErrors())));
    ObjectNode groups = root.putObject("groups");
    a.groups.forEach((type, byDimension) -> {
      ObjectNode t = groups.putObject(type);
      for (String dim : Aggregation.DIMENSIONS) {
        ArrayNode rows = t.putArray(dim);
        byDimension.getOrDefault(dim, Map.of()).forEach((value, cell) -> {
          ObjectNode row = verdicts(cell.byVerdict, fig, a.hasErrors());
          row.put("value", value);
          put(row, "total", fig.count(cell.total));
          put(row, "readable", fig.count(cell.readable()));
          row.put("nonCompliantRate", fig.rate(cell.byVerdict[Verdict.NON_COMPLIANT.ordinal()], cell.readable()));
          rows.add(row);
        });
      }
    });
    ArrayNode norms = root.putArray("norms");
    for (Aggregation.NormCell n : a.normsByViolations()) {
      ObjectNode row = norms.addObject();
      row.put("norm", n.norm);
      row.put("citation", n.citation);
      row.put("rule", n.rule);
      put(row, "violationSubjects", fig.count(n.violations.count()));
      put(row, "violationFindings", fig.count(n.violationFindings));
      put(row, "reviewSubjects", fig.count(n.reviews.count()));
      put(row, "reviewFindings", fig.count(n.reviewFindings));
      ObjectNode byType = row.putObject("byType");
      n.byType.forEach((type, c) -> counts(byType.putObject(type), c, fig));
      ArrayNode rules = row.putArray("rules");
      n.byRule.forEach((rule, c) -> counts(rules.addObject().put("rule", rule), c, fig));
    }
    ArrayNode schools = root.putArray("violationsBySchoolAndNorm");
    a.schoolNorms.forEach((type, bySchool) -> bySchool.forEach((school, byNorm) -> byNorm.forEach((norm, sn) -> {
      if (sn.violations.count() == 0) {
        return;
      }
      ObjectNode row = schools.addObject();
      row.put("type", type);
      row.put("school", school);
      row.put("norm", norm);
      put(row, "subjects", fig.count(sn.violations.count()));
    })));
    ArrayNode monitor = root.putArray("monitor");
    a.monitor.forEach((routeType, byCohort) -> byCohort.forEach((cohort, m) -> {
      ObjectNode row = monitor.addObject();
      row.put("routeType", routeType);
      row.put("cohort", cohort);
      put(row, "trajectories", fig.count(m.trajectories));
      put(row, "leftWithoutQualification", fig.count(m.left.count()));
      row.put("leftWithoutQualificationRate", fig.rate(m.left.count(), m.trajectories));
      put(row, "observedTwoYears", fig.count(m.observedTwoYears));
      put(row, "inMboAfterTwoYearsBase", fig.count(m.inMboBase));
      put(row, "inMboAfterTwoYears", fig.count(m.inMbo.count()));
      row.put("inMboAfterTwoYearsRate", fig.rate(m.inMbo.count(), m.inMboBase));
      put(row, "sameDirectionBase", fig.count(m.directionBase));
      put(row, "sameDirection", fig.count(m.sameDirection.count()));
      row.put("sameDirectionRate", fig.rate(m.sameDirection.count(), m.directionBase));
    }));
    root.set("law", law(a, fig));
    ObjectNode invalid = root.putObject("invalid");
    put(invalid, "count", fig.count(a.invalid.count()));
    ArrayNode first = invalid.putArray("first");
    if (!fig.hidden(a.invalid.count())) {
      a.invalid.first().forEach(first::add);
    }
    if (a.hasErrors()) {
      ObjectNode errors = root.putObject("errors");
      put(errors, "count", fig.count(a.errors.count()));
      ArrayNode firstErrors = errors.putArray("first");
      if (!fig.hidden(a.errors.count())) {
        a.errors.first().forEach(firstErrors::add);
      }
    }
    return root;
  }

  /** The sections on the law and the passage: every students' table counts the same readable trajectories (docs/reports.md). */
  private static ObjectNode law(Aggregation a, Figures fig) {
    Aggregation.LawSections l = a.law;
    ObjectNode law = Json.MAPPER.createObjectNode();
    law.put("definition", LawText.DENOMINATOR_EN);
    put(law, "students", fig.count(l.students));
    put(law, "routes", fig.count(l.routes));
    ArrayNode regimes = law.putArray("regimes");
    l.regimes.forEach((regime, c) -> {
      ObjectNode row = lawRow(c, fig, a.hasErrors());
      row.put("regime", regime);
      row.put("share", fig.rate(c.total, l.students));
      regimes.add(row);
    });
    ObjectNode kinds = law.putObject("kinds");
    l.kinds.forEach((type, byKind) -> {
      ArrayNode rows = kinds.putArray(type);
      byKind.forEach((kind, c) -> rows.add(lawRow(c, fig, a.hasErrors()).put("kind", kind)));
    });
    ArrayNode levels = law.putArray("leerwegLevels");
    l.leerwegLevels.forEach((group, byLeerweg) -> byLeerweg.forEach((leerweg, byLevel) -> byLevel.forEach((level, n) -> {
      ObjectNode row = levels.addObject();
      row.put("group", group);
      row.put("leerweg", leerweg);
      row.put("level", level);
      put(row, "count", fig.count(n[0]));
      row.put("inLawMatrix", l.inMatrix.get(leerweg + " " + level));
    })));
    ArrayNode years = law.putArray("examRouteYears");
    l.examYears.forEach((group, byYear) -> byYear.forEach((year, n) -> {
      ObjectNode row = years.addObject();
      row.put("group", group);
      row.put("routeYear", year);
      put(row, "count", fig.count(n[0]));
    }));
    ArrayNode exits = law.putArray("exits");
    l.exits.forEach((option, e) -> {
      ObjectNode row = exits.addObject();
      row.put("option", option);
      put(row, "left", fig.count(e.left));
      put(row, "definitivelyRemoved", fig.count(e.removed));
      put(row, "offered", fig.count(e.offered));
      put(row, "notOffered", fig.count(e.notOffered.count()));
      put(row, "unknown", fig.count(e.unknown));
      row.put("offeredRate", fig.rate(e.offered, e.base()));
    });
    ObjectNode passage = law.putObject("passage");
    passage.put("from", l.switchDay == null ? null : l.switchDay.toString());
    Aggregation.PassageCell p = l.passage;
    put(passage, "observed", fig.count(p == null ? 0 : p.observed));
    if (p != null) {
      Aggregation.LawCell still = p.stillInRoute;
      ObjectNode in = lawRow(still, fig, a.hasErrors());
      in.put("rateOfObserved", fig.rate(still.total, p.observed));
      put(in, "outsideLawMatrix", fig.count(p.outsideMatrix));
      passage.set("stillInRoute", in);
      ArrayNode norms = passage.putArray("norms");
      p.norms.forEach((norm, n) -> {
        ObjectNode row = norms.addObject();
        row.put("norm", norm);
        put(row, "violationSubjects", fig.count(n[0]));
        put(row, "reviewSubjects", fig.count(n[1]));
      });
    }
    return law;
  }

  /** Subjects and findings per severity: [violation subjects, violation findings, review subjects, review findings]. */
  private static void counts(ObjectNode o, long[] c, Figures fig) {
    put(o, "violationSubjects", fig.count(c[0]));
    put(o, "violationFindings", fig.count(c[1]));
    put(o, "reviewSubjects", fig.count(c[2]));
    put(o, "reviewFindings", fig.count(c[3]));
  }

  private static ObjectNode lawRow(Aggregation.LawCell c, Figures fig, boolean withErrors) {
    ObjectNode row = verdicts(c.byVerdict, fig, withErrors);
    put(row, "total", fig.count(c.total));
    row.put("nonCompliantRate", fig.rate(c.byVerdict[Verdict.NON_COMPLIANT.ordinal()], c.total));
    put(row, "judgedUnderLaw", fig.count(c.judgedUnderLaw));
    return row;
  }

  private static ObjectNode verdicts(long[] counts, Figures fig, boolean withErrors) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    for (Verdict v : Verdict.values()) {
      if (v == Verdict.ERROR && !withErrors) {
        continue;
      }
      put(o, v.name(), fig.count(counts[v.ordinal()]));
    }
    return o;
  }

  private static void put(ObjectNode o, String field, Object countOrText) {
    if (countOrText instanceof Long n) {
      o.put(field, n);
    } else {
      o.put(field, (String) countOrText);
    }
  }

}
