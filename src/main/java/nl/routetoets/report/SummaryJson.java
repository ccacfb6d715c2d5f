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
          row.put("nonCompliantRate", fig.rate(cell.byVerdict[Verdict.NON_COMPLIANT.ordinal()], cell.total));
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
    }
    ArrayNode schools = root.putArray("violationsBySchoolAndNorm");
    a.schoolNorms.forEach((school, byNorm) -> byNorm.forEach((norm, ids) -> {
      ObjectNode row = schools.addObject();
      row.put("school", school);
      row.put("norm", norm);
      put(row, "subjects", fig.count(ids.count()));
    }));
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
