package nl.routetoets.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.routetoets.TestRuleSet;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.generate.Generator;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.RouteParts;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Trajectory;
import nl.routetoets.ruleset.Reference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Every figure of summary.json, report.html, report.en.html and the drill-down pages, recomputed from results.jsonl
 * (verdicts, regimes, findings) and, for what results.jsonl does not hold (a subject's school, route type, sector or
 * profiel, cohort, and the monitor's and the law's facts), from the input documents. The recomputation is this test's
 * own: it shares no code with the report's aggregation. Each figure on a page carries the key of what it counts
 * ({@code data-k}); a rate names its numerator and denominator, so that the test sees which denominator each rate has.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFiguresTest {
  private static final List<String> VERDICTS = List.of("COMPLIANT", "NEEDS_REVIEW", "NON_COMPLIANT", "INVALID", "ERROR");
  private static final Set<String> DIRECTIONS = Set.of("TECHNIEK", "ZORG_EN_WELZIJN", "ECONOMIE", "LANDBOUW");
  private static final String UNKNOWN = "onbekend";

  @TempDir static Path dir;
  private Path out;
  /** What the test recomputed: key → count, in the pages' key scheme. */
  private final Map<String, Long> expected = new TreeMap<>();
  private final Set<String> lawRules = new HashSet<>();

  @BeforeAll
  void runAndRecompute() throws Exception {
    Path input = dir.resolve("population.jsonl");
    Generator g = Generator.create(new Generator.Options(1500, 30, 5, Generator.Options.defaultShares()),
        TestRuleSet.RULES.resolve("reference"));
    try (var w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      g.writeJsonLines(w);
    }
    List<String> lines = new ArrayList<>(Files.readAllLines(input));
    // a route without permission begun in 2020-2021: a rule of the law speaks about it; and a line no one can read
    lines.add(ReportFixtures.line(TestRuleSet.fixture("LAW_2020/wet-sterk-beroepsonderwijs/route-zonder-toestemming-die-in-2020-2021-begint").tree()));
    lines.add("{\"type\":\"trajectory\",\"id\":\"S-BROKEN\",");
    Files.write(input, lines);
    out = dir.resolve("out");
    ReportRun.run(TestRuleSet.get(), ReportRequest.of(List.of(input), out).withThreads(2), ProgressListener.NONE, () -> false);
    TestRuleSet.get().rules().values().forEach(r -> {
      if (r.regimes() != null && r.regimes().contains("LAW_2020")) {
        lawRules.add(r.name());
      }
    });
    recompute(input);
  }

  // ------------------------------------------------------------------------------------------ the recomputation

  private void add(String key, long n) {
    expected.merge(key, n, Long::sum);
  }

  private static String or(String value) {
    return value == null ? UNKNOWN : value;
  }

  private void recompute(Path input) throws IOException {
    List<SourcedDocument> docs = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      Iterator<SourcedDocument> it = DocumentReader.readJsonLines(input.toString(), in);
      it.forEachRemaining(docs::add);
    }
    List<JsonNode> results = Files.readAllLines(out.resolve("results.jsonl")).stream().map(l -> (JsonNode) Json.MAPPER.readTree(l)).toList();
    assertThat(results).hasSameSizeAs(docs);
    // what a reference can point to: the first valid application or route document of an id, anywhere in the input
    Map<String, Application> applications = new HashMap<>();
    Map<String, LawRoute> routes = new HashMap<>();
    for (SourcedDocument d : docs) {
      if (d.valid() && d.document() instanceof Application a) {
        applications.putIfAbsent(a.id(), a);
      } else if (d.valid() && d.document() instanceof LawRoute r) {
        routes.putIfAbsent(r.id(), r);
      }
    }
    Reference reference = TestRuleSet.get().reference();
    Map<String, String> richting = richting();
    LocalDate switchDay = TestRuleSet.get().parameters().regimes().stream().filter(r -> "LAW_2020".equals(r.id()))
        .findFirst().orElseThrow().allRoutesFrom();
    long students = 0;
    long lawRoutes = 0;
    for (int i = 0; i < docs.size(); i++) {
      SourcedDocument d = docs.get(i);
      JsonNode r = results.get(i);
      String type = !d.valid() ? (d.type() == null ? "unknown" : d.type()) : d.document() instanceof Application ? "application"
          : d.document() instanceof LawRoute ? "route" : d.document() instanceof Trajectory ? "trajectory" : d.type();
      String verdict = r.path("verdict").asString();
      String subject = d.id() != null ? d.id() : d.file() + (d.line() == null ? "" : ":" + d.line());
      String regime = r.path("regime").isMissingNode() || r.path("regime").isNull() ? null : r.path("regime").asString();
      add("records", 1);
      add("verdicts." + type + "." + verdict, 1);
      if (!"INVALID".equals(verdict)) {
        add("verdicts." + type + ".readable", 1);
      } else {
        add("invalid.count", 1);
      }
      if ("ERROR".equals(verdict)) {
        add("errors.count", 1);
      }
      // the groups: the subject's attributes from its document
      String routeType = null;
      String sector = null;
      String cohort = null;
      String school = null;
      Trajectory.Route route = null;
      Trajectory t = null;
      if (d.valid() && d.document() instanceof Application a) {
        ApplicationRoute only = a.routes().size() == 1 ? a.routes().get(0) : null;
        routeType = only == null || only.routeType() == null ? null : only.routeType().name();
        sector = only == null ? null : sectorProfiel(only.vmbo());
        cohort = a.startSchoolYear() == null ? null : a.startSchoolYear().toString();
        school = a.applicant() == null || a.applicant().school() == null ? null : a.applicant().school().brin();
      } else if (d.valid() && d.document() instanceof LawRoute lr) {
        routeType = lr.kind() == null ? null : lr.kind().name();
        sector = sectorProfiel(lr.vmbo());
        cohort = lr.firstSchoolYear() == null ? null : lr.firstSchoolYear().toString();
        school = lr.provider() == null || lr.provider().school() == null ? null : lr.provider().school().brin();
      } else if (d.valid() && d.document() instanceof Trajectory tr) {
        t = tr;
        route = resolve(tr, applications, routes);
        routeType = route == null ? null : route.underLaw() ? route.kind().name() : route.routeType() == null ? null : route.routeType().name();
        sector = route == null ? null : sectorProfiel(route.vmbo());
        cohort = tr.years() == null || tr.years().isEmpty() ? null : tr.years().get(0).schoolYear().toString();
        if (route != null && route.underLaw()) {
          school = route.provider() == null || route.provider().school() == null ? null : route.provider().school().brin();
        } else {
          String appId = tr.route() == null ? null : tr.route().ref() != null ? tr.route().ref().applicationId()
              : tr.route().approval() != null ? tr.route().approval().applicationId() : null;
          Application app = appId == null ? null : applications.get(appId);
          school = app == null || app.applicant() == null || app.applicant().school() == null ? null : app.applicant().school().brin();
        }
      }
      String[] values = {regime, routeType, sector, cohort, school};
      String[] dims = {"regime", "routeType", "sectorProfiel", "cohort", "school"};
      for (int k = 0; k < dims.length; k++) {
        String key = "group." + type + "." + dims[k] + "." + or(values[k]);
        add(key + "." + verdict, 1);
        add(key + ".total", 1);
        add(key + ".readable", "INVALID".equals(verdict) ? 0 : 1);
      }
      // the norms: findings from results.jsonl, INFO aside
      List<JsonNode> findings = new ArrayList<>();
      r.path("findings").forEach(findings::add);
      r.path("routes").forEach(rr -> rr.path("findings").forEach(findings::add));
      Set<String> counted = new HashSet<>();
      Set<String> countedRule = new HashSet<>();
      boolean underLaw = false;
      Map<String, int[]> normHits = new TreeMap<>();
      for (JsonNode f : findings) {
        underLaw |= lawRules.contains(f.path("rule").asString());
        String severity = f.path("severity").asString();
        if ("INFO".equals(severity)) {
          continue;
        }
        String norm = f.path("norm").asString();
        String rule = f.path("rule").asString();
        String kind = "VIOLATION".equals(severity) ? "violation" : "review";
        add("norm." + norm + "." + kind + "Findings", 1);
        add("norm." + norm + "." + type + "." + kind + "Findings", 1);
        add("norm." + norm + ".rule." + rule + "." + kind + "Findings", 1);
        if (countedRule.add(norm + " " + kind + " " + rule)) {
          add("norm." + norm + ".rule." + rule + "." + kind + "Subjects", 1);
        }
        if (counted.add(norm + " " + kind)) {
          add("norm." + norm + "." + kind + "Subjects", 1);
          add("norm." + norm + "." + type + "." + kind + "Subjects", 1);
          add("school." + type + "." + or(school) + "." + norm + "." + kind + "Subjects", 1);
          normHits.computeIfAbsent(norm, k -> new int[2])["violation".equals(kind) ? 0 : 1] = 1;
        }
      }
      // the monitor and the law: readable trajectories and route documents
      if (t != null && !"INVALID".equals(verdict)) {
        LocalDate asOf = r.path("asOf").isMissingNode() || r.path("asOf").isNull() ? null : LocalDate.parse(r.path("asOf").asString());
        if (asOf != null && t.years() != null && !t.years().isEmpty()) {
          monitor(t, route, asOf, routeType, reference, richting);
        }
        students++;
        String group = or(regime);
        lawCell("law.regime." + group, verdict, underLaw);
        if (route != null && route.underLaw() || "LAW_2020".equals(regime)) {
          lawCell("law.kind.trajectory." + or(route != null && route.underLaw() ? route.kind().name() : null), verdict, underLaw);
        }
        String leerweg = t.startLeerweg() == null ? null : t.startLeerweg().name();
        Integer level = route == null || route.mbo() == null ? null : route.mbo().level();
        add("law.level." + group + "." + or(leerweg) + "." + (level == null ? UNKNOWN : level.toString()), 1);
        add("law.level." + group + "." + or(leerweg) + ".total", 1);
        SchoolYear start = t.years() == null || t.years().isEmpty() ? null : t.years().get(0).schoolYear();
        add("law.year." + group + "." + or(examYear(t, start)), 1);
        add("law.year." + group + ".total", 1);
        boolean experiment = route != null && !route.underLaw()
            && (route.approval() != null || t.route() != null && t.route().ref() != null && t.route().ref().applicationId() != null);
        Trajectory.Exit e = t.exit();
        if (e != null && e.leftOn() != null && asOf != null && !e.leftOn().isAfter(asOf) && route != null) {
          String option = route.underLaw() || !experiment || !e.leftOn().isBefore(switchDay) ? "OVERSTAPOPTIE" : "TERUGVALOPTIE";
          String key = "law.exit." + option;
          add(key + ".left", 1);
          Boolean offered = e.fallback() == null ? null : e.fallback().offered();
          if (Boolean.TRUE.equals(e.definitivelyRemoved())) {
            add(key + ".definitivelyRemoved", 1);
          } else {
            add(key + ".base", 1);
            add(key + (offered == null ? ".unknown" : offered ? ".offered" : ".notOffered"), 1);
          }
        }
        if (experiment && asOf != null && !asOf.isBefore(switchDay)) {
          add("law.passage.observed", 1);
          boolean still = !(e != null && e.leftOn() != null && e.leftOn().isBefore(switchDay)) && t.years() != null && t.years().stream()
              .anyMatch(y -> y != null && y.routeYear() != null && y.schoolYear() != null && !y.schoolYear().firstDay().isBefore(switchDay));
          if (still) {
            lawCell("law.passage.stillInRoute", verdict, underLaw);
            if (Boolean.FALSE.equals(TestRuleSet.get().parameters().law().leerwegLeadsTo(leerweg, level))) {
              add("law.passage.stillInRoute.outsideLawMatrix", 1);
            }
            normHits.forEach((norm, h) -> {
              add("law.passage.norm." + norm + ".violationSubjects", h[0]);
              add("law.passage.norm." + norm + ".reviewSubjects", h[1]);
            });
          }
        }
      }
      if (d.valid() && d.document() instanceof LawRoute lr) {
        lawRoutes++;
        lawCell("law.kind.route." + or(lr.kind() == null ? null : lr.kind().name()), verdict, underLaw);
        Integer level = lr.mbo() == null ? null : lr.mbo().level();
        String leerwegen = lr.leerwegen() == null || lr.leerwegen().isEmpty() ? null
            : String.join("/", lr.leerwegen().stream().map(l -> l == null ? UNKNOWN : l.name()).toList());
        add("law.level.route." + or(leerwegen) + "." + (level == null ? UNKNOWN : level.toString()), 1);
        add("law.level.route." + or(leerwegen) + ".total", 1);
        var ce = lr.design() == null ? null : lr.design().vmboCentralExamRouteYear();
        add("law.year.route." + (ce == null ? UNKNOWN : ce.none() ? "NONE" : yearLabel(ce.routeYear())), 1);
        add("law.year.route.total", 1);
      }
    }
    add("law.students", students);
    add("law.routes", lawRoutes);
    assertThat(students).isPositive();
    assertThat(lawRoutes).isPositive();
  }

  private void lawCell(String key, String verdict, boolean underLaw) {
    add(key + ".total", 1);
    add(key + "." + verdict, 1);
    add(key + ".judgedUnderLaw", underLaw ? 1 : 0);
  }

  private void monitor(Trajectory t, Trajectory.Route route, LocalDate asOf, String routeType, Reference reference,
      Map<String, String> richting) {
    String key = "monitor." + or(routeType) + "." + t.years().get(0).schoolYear();
    SchoolYear two = t.years().get(0).schoolYear().plus(2);
    add(key + ".trajectories", 1);
    boolean left = t.exit() != null && t.exit().leftOn() != null && !t.exit().leftOn().isAfter(asOf)
        && (t.diplomas() == null || t.diplomas().stream().noneMatch(dp -> dp != null && dp.kind() != null
            && dp.kind().name().matches("MBO_[234]") && dp.awardedOn() != null && !dp.awardedOn().isAfter(t.exit().leftOn())));
    add(key + ".leftWithoutQualification", left ? 1 : 0);
    if (asOf.isBefore(LocalDate.of(two.startYear(), Month.OCTOBER, 1))) {
      return;
    }
    add(key + ".observedTwoYears", 1);
    if (left) {
      return;
    }
    add(key + ".inMboAfterTwoYearsBase", 1);
    Trajectory.Year mbo = null;
    for (Trajectory.Year y : t.years()) {
      if (two.equals(y.schoolYear()) && y.enrolledAt() == nl.routetoets.model.Codes.EnrolledAt.INSTITUTION) {
        mbo = y;
      }
    }
    if (mbo == null) {
      return;
    }
    add(key + ".inMboAfterTwoYears", 1);
    String from = null;
    if (route != null && route.vmbo() != null) {
      RouteParts.Vmbo v = route.vmbo();
      if (v.profiel() != null) {
        Reference.Profiel p = reference.profiel(v.profiel());
        from = p == null ? (DIRECTIONS.contains(v.profiel()) ? v.profiel() : null) : DIRECTIONS.contains(p.formerSector()) ? p.formerSector() : null;
      } else if (v.sector() != null && DIRECTIONS.contains(v.sector().name())) {
        from = v.sector().name();
      }
    }
    Reference.Qualification q = reference.qualification(mbo.crebo());
    String to = q == null || q.domainLetter() == null ? null : richting.get(q.domainLetter());
    if (route != null && from != null && to != null) {
      add(key + ".sameDirectionBase", 1);
      add(key + ".sameDirection", from.equals(to) ? 1 : 0);
    }
  }

  private static Map<String, String> richting() throws IOException {
    Map<String, String> map = new HashMap<>();
    try (Reader r = new InputStreamReader(ReportFiguresTest.class.getResourceAsStream("/report/richting.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        map.put(row.get("domein_letter"), row.get("richting"));
      }
    }
    return map;
  }

  private static Trajectory.Route resolve(Trajectory t, Map<String, Application> applications, Map<String, LawRoute> routes) {
    if (t.route() == null || t.route().ref() == null) {
      return t.route();
    }
    if (t.route().ref().route() != null) {
      LawRoute r = routes.get(t.route().ref().route());
      return r == null ? null : Trajectory.Route.underLaw(r);
    }
    Application app = applications.get(t.route().ref().applicationId());
    if (app == null || app.routes() == null) {
      return null;
    }
    for (ApplicationRoute ar : app.routes()) {
      if (t.route().ref().routeId().equals(ar.routeId())) {
        return Trajectory.Route.experiment(null, ar.routeType(), ar.leerwegen(), ar.vmbo(), ar.mbo(), ar.design(), ar.exams());
      }
    }
    return null;
  }

  private static String sectorProfiel(RouteParts.Vmbo vmbo) {
    return vmbo == null ? null : vmbo.profiel() != null ? vmbo.profiel() : vmbo.sector() == null ? null : vmbo.sector().name();
  }

  private static String examYear(Trajectory t, SchoolYear start) {
    if (start == null) {
      return null;
    }
    LocalDate full = null;
    LocalDate ce = null;
    LocalDate part = null;
    for (Trajectory.Exam e : t.exams() == null ? List.<Trajectory.Exam>of() : t.exams()) {
      if (e == null || e.part() == null || e.completedOn() == null) {
        continue;
      }
      switch (e.part()) {
        case VMBO_FULL -> full = full == null || e.completedOn().isBefore(full) ? e.completedOn() : full;
        case VMBO_CE -> ce = e.sitting() != null && e.sitting() > 2 ? ce : ce == null || e.completedOn().isAfter(ce) ? e.completedOn() : ce;
        case VMBO_COMMON_PART, VMBO_SECTOR_PART -> part = part == null || e.completedOn().isAfter(part) ? e.completedOn() : part;
        default -> { }
      }
    }
    LocalDate done = full != null ? full : ce != null ? ce : part;
    return done == null ? "NONE" : yearLabel(SchoolYear.containing(done).startYear() - start.startYear() + 1);
  }

  private static String yearLabel(Integer year) {
    return year == null ? null : year >= 5 ? "5+" : Integer.toString(year);
  }

  private long value(String key) {
    return expected.getOrDefault(key, 0L);
  }

  private static BigDecimal rate(long n, long of) {
    return of == 0 ? null : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_EVEN);
  }

  // ------------------------------------------------------------------------------------------ summary.json

  /** Every number of summary.json, named in the key scheme of the pages, against the recomputation. */
  @Test
  void everyFigureOfSummaryJsonIsRecomputedFromTheResults() throws Exception {
    JsonNode s = Json.MAPPER.readTree(out.resolve("summary.json").toFile());
    Map<String, JsonNode> seen = new LinkedHashMap<>();
    List<String[]> rates = new ArrayList<>();
    seen.put("records", s.get("records"));
    s.get("verdicts").properties().forEach(t -> t.getValue().properties().forEach(v -> seen.put("verdicts." + t.getKey() + "." + v.getKey(), v.getValue())));
    s.get("groups").properties().forEach(t -> t.getValue().properties().forEach(dim -> dim.getValue().forEach(row -> {
      String key = "group." + t.getKey() + "." + dim.getKey() + "." + row.get("value").asString();
      row.properties().forEach(f -> {
        if (VERDICTS.contains(f.getKey()) || "total".equals(f.getKey()) || "readable".equals(f.getKey())) {
          seen.put(key + "." + f.getKey(), f.getValue());
        }
      });
      rates.add(new String[] {key + ".NON_COMPLIANT", key + ".readable", row.get("nonCompliantRate").toString()});
    })));
    List<String> fields = List.of("violationSubjects", "violationFindings", "reviewSubjects", "reviewFindings");
    for (JsonNode n : s.get("norms")) {
      String key = "norm." + n.get("norm").asString();
      fields.forEach(f -> seen.put(key + "." + f, n.get(f)));
      n.get("byType").properties().forEach(t -> fields.forEach(f -> seen.put(key + "." + t.getKey() + "." + f, t.getValue().get(f))));
      n.get("rules").forEach(r -> fields.forEach(f -> seen.put(key + ".rule." + r.get("rule").asString() + "." + f, r.get(f))));
    }
    for (JsonNode row : s.get("violationsBySchoolAndNorm")) {
      seen.put("school." + row.get("type").asString() + "." + row.get("school").asString() + "." + row.get("norm").asString()
          + ".violationSubjects", row.get("subjects"));
    }
    for (JsonNode m : s.get("monitor")) {
      String key = "monitor." + m.get("routeType").asString() + "." + m.get("cohort").asString();
      for (String f : List.of("trajectories", "leftWithoutQualification", "observedTwoYears", "inMboAfterTwoYearsBase",
          "inMboAfterTwoYears", "sameDirectionBase", "sameDirection")) {
        seen.put(key + "." + f, m.get(f));
      }
      rates.add(new String[] {key + ".leftWithoutQualification", key + ".trajectories", m.get("leftWithoutQualificationRate").toString()});
      rates.add(new String[] {key + ".inMboAfterTwoYears", key + ".inMboAfterTwoYearsBase", m.get("inMboAfterTwoYearsRate").toString()});
      rates.add(new String[] {key + ".sameDirection", key + ".sameDirectionBase", m.get("sameDirectionRate").toString()});
    }
    JsonNode law = s.get("law");
    seen.put("law.students", law.get("students"));
    seen.put("law.routes", law.get("routes"));
    for (JsonNode row : law.get("regimes")) {
      String key = "law.regime." + row.get("regime").asString();
      lawRow(row, key, seen, rates);
      rates.add(new String[] {key + ".total", "law.students", row.get("share").toString()});
    }
    law.get("kinds").properties().forEach(t -> t.getValue().forEach(row -> lawRow(row, "law.kind." + t.getKey() + "." + row.get("kind").asString(), seen, rates)));
    law.get("leerwegLevels").forEach(row -> seen.put("law.level." + row.get("group").asString() + "." + row.get("leerweg").asString() + "."
        + row.get("level").asString(), row.get("count")));
    law.get("examRouteYears").forEach(row -> seen.put("law.year." + row.get("group").asString() + "." + row.get("routeYear").asString(), row.get("count")));
    for (JsonNode row : law.get("exits")) {
      String key = "law.exit." + row.get("option").asString();
      for (String f : List.of("left", "definitivelyRemoved", "offered", "notOffered", "unknown")) {
        seen.put(key + "." + f, row.get(f));
      }
      rates.add(new String[] {key + ".offered", key + ".base", row.get("offeredRate").toString()});
    }
    JsonNode passage = law.get("passage");
    seen.put("law.passage.observed", passage.get("observed"));
    JsonNode still = passage.get("stillInRoute");
    lawRow(still, "law.passage.stillInRoute", seen, rates);
    seen.put("law.passage.stillInRoute.outsideLawMatrix", still.get("outsideLawMatrix"));
    rates.add(new String[] {"law.passage.stillInRoute.total", "law.passage.observed", still.get("rateOfObserved").toString()});
    passage.get("norms").forEach(n -> {
      seen.put("law.passage.norm." + n.get("norm").asString() + ".violationSubjects", n.get("violationSubjects"));
      seen.put("law.passage.norm." + n.get("norm").asString() + ".reviewSubjects", n.get("reviewSubjects"));
    });
    seen.put("invalid.count", s.get("invalid").get("count"));

    seen.forEach((key, node) -> assertThat(node.asLong()).as(key).isEqualTo(value(key)));
    for (String[] r : rates) {
      BigDecimal want = rate(value(r[0]), value(r[1]));
      if (want == null) {
        assertThat(r[2]).as(r[0] + " / " + r[1]).isEqualTo("null");
      } else {
        assertThat(new BigDecimal(r[2])).as(r[0] + " / " + r[1]).isEqualByComparingTo(want);
      }
    }
    // every number of summary.json was looked at: its numbers are the ones named above, and the rates
    assertThat(numbers(s) - countsOf(s.get("ruleSet"))).isEqualTo(seen.size() + rates.stream().filter(r -> !"null".equals(r[2])).count());
    // and summary.json left out no figure the recomputation found: every non-zero count of a group, a norm, a school's
    // violations, the monitor and the law is in it
    expected.forEach((key, n) -> {
      boolean listed = key.startsWith("group.") || key.startsWith("norm.") || key.startsWith("monitor.")
          || key.startsWith("school.") && key.endsWith(".violationSubjects")
          || key.startsWith("law.") && !key.endsWith(".total") && !key.endsWith(".base") || key.matches("law\\.(regime|kind)\\..*\\.total");
      if (n > 0 && listed) {
        assertThat(seen).as("summary.json has " + key).containsKey(key);
      }
    });
  }

  private static void lawRow(JsonNode row, String key, Map<String, JsonNode> seen, List<String[]> rates) {
    for (String v : VERDICTS) {
      if (row.has(v)) {
        seen.put(key + "." + v, row.get(v));
      }
    }
    seen.put(key + ".total", row.get("total"));
    seen.put(key + ".judgedUnderLaw", row.get("judgedUnderLaw"));
    rates.add(new String[] {key + ".NON_COMPLIANT", key + ".total", row.get("nonCompliantRate").toString()});
  }

  private static long numbers(JsonNode n) {
    if (n.isNumber()) {
      return 1;
    }
    long c = 0;
    for (JsonNode child : n) {
      c += numbers(child);
    }
    return c;
  }

  private static long countsOf(JsonNode n) {
    return n == null ? 0 : numbers(n);
  }

  // ------------------------------------------------------------------------------------------ the pages

  /** Every figure of the Dutch and the English report and of every drill-down page, against the recomputation. */
  @Test
  void everyFigureOfThePagesIsRecomputedFromTheResults() throws Exception {
    List<Path> pages = new ArrayList<>(List.of(out.resolve("report.html"), out.resolve("report.en.html")));
    try (var details = Files.list(out.resolve("details"))) {
      details.sorted().forEach(pages::add);
    }
    int figures = 0;
    for (Path page : pages) {
      Document html = Jsoup.parse(page.toFile(), "UTF-8");
      Locale locale = "en".equals(html.selectFirst("html").attr("lang")) ? Locale.UK : Locale.forLanguageTag("nl-NL");
      assertThat(page.getFileName().toString().contains(".en.")).as("the language of " + page).isEqualTo(locale == Locale.UK);
      for (Element cell : html.select("td.n")) {
        assertThat(cell.hasAttr("data-k") || "–".equals(cell.text()) || cell.text().isEmpty())
            .as("a figure on %s without a key: %s", page.getFileName(), cell.outerHtml()).isTrue();
      }
      for (Element e : html.select("[data-k]")) {
        String key = e.attr("data-k");
        String text = e.text().replace(" *", "");
        String want;
        if (key.contains(" / ")) {
          String[] parts = key.split(" / ");
          BigDecimal r = rate(value(parts[0]), value(parts[1]));
          want = r == null ? "–" : percent(r, locale);
          assertDenominator(parts[0], parts[1]);
        } else {
          want = NumberFormat.getIntegerInstance(locale).format(value(key));
        }
        assertThat(text).as("%s on %s", key, page.getFileName()).isEqualTo(want);
        figures++;
      }
    }
    assertThat(figures).isGreaterThan(1000);
  }

  /** A rate's denominator is the readable subjects of the numerator's own row, or the base its definition names. */
  private static void assertDenominator(String numerator, String denominator) {
    String[] n = numerator.split("\\.");
    if (numerator.startsWith("school.")) {
      // a school's norm figure: of the school's readable subjects of the same type
      assertThat(denominator).isEqualTo("group." + n[1] + ".school." + n[2] + ".readable");
    } else if (numerator.startsWith("group.") || numerator.startsWith("verdicts.")) {
      assertThat(denominator).isEqualTo(numerator.substring(0, numerator.lastIndexOf('.')) + ".readable");
    }
  }

  private static String percent(BigDecimal r, Locale locale) {
    String number = r.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    return locale == Locale.UK ? number + "%" : number.replace('.', ',') + " %";
  }

  /** The three figures that disagreed before: a school's students, a norm's findings against its subjects, the chart. */
  @Test
  void aSchoolHasOneDenominatorANormSaysWhyItHasMoreFindingsAndTheChartListsOnlyViolatedNorms() throws Exception {
    Document report = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    // the heat map's N of a school is its readable students, the same cell as the school's row in the groups
    for (Element row : report.select("#heat-trajectory tbody tr")) {
      String n = row.select("td.n").get(0).attr("data-k");
      assertThat(n).matches("group\\.trajectory\\.school\\.[^.]+\\.readable");
      String school = n.split("\\.")[3];
      assertThat(report.select("#trajectory-school td[data-k='group.trajectory.school." + school + ".readable']").text())
          .isEqualTo(row.select("td.n").get(0).text());
      assertThat(value(n)).as("no application is a student").isEqualTo(value("group.trajectory.school." + school + ".readable"));
    }
    // N-EX-4 is checked by two rules: twice the findings of its subjects, and the page says why
    Element exam = report.select("#normen-overtreden tbody tr").stream()
        .filter(r -> "N-EX-4".equals(r.selectFirst("th").text())).findFirst().orElseThrow();
    assertThat(value("norm.N-EX-4.violationFindings")).isGreaterThan(value("norm.N-EX-4.violationSubjects"));
    assertThat(exam.text()).contains("2 regels toetsen deze norm");
    // the chart: never a norm without a violation
    for (Element bar : report.select("svg text[data-k]")) {
      assertThat(value(bar.attr("data-k"))).as(bar.attr("data-k")).isPositive();
    }
    assertThat(report.select("svg text[data-k]")).hasSize(report.select("#normen-overtreden tbody tr").size());
  }
}
