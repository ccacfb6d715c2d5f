package nl.routetoets.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import nl.routetoets.TestRuleSet;
import nl.routetoets.check.Checker;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.model.Verdict;
import nl.routetoets.document.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GeneratorTest {
  private static String jsonLines(long n, int apps, long seed, Map<Violation, Double> shares) throws IOException {
    StringWriter out = new StringWriter();
    Generator.create(new Generator.Options(n, apps, seed, shares), TestRuleSet.RULES.resolve("reference")).writeJsonLines(out);
    return out.toString();
  }

  private static String register(long n, int apps, long seed) throws IOException {
    StringWriter out = new StringWriter();
    Generator.create(new Generator.Options(n, apps, seed, Generator.Options.defaultShares()), TestRuleSet.RULES.resolve("reference"))
        .writeRegister(out);
    return out.toString();
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    Map<Violation, Double> shares = Generator.Options.defaultShares();
    assertThat(jsonLines(300, 9, 42, shares)).isEqualTo(jsonLines(300, 9, 42, shares)).isNotEqualTo(jsonLines(300, 9, 43, shares));
    assertThat(register(200, 6, 42)).isEqualTo(register(200, 6, 42)).isNotEqualTo(register(200, 6, 43));
  }

  /**
   * With few route documents some cohorts have none of a kind: their students carry a compliant route inline, and a
   * student's own fault (here no mbo agreement) still goes into the trajectory, not into that route.
   */
  @Test
  void aStudentsOwnFaultStaysInTheTrajectoryWhenItsCohortHasNoRouteDocument() throws IOException {
    Map<Violation, Double> shares = new EnumMap<>(Violation.class);
    shares.put(Violation.NO_MBO_AGREEMENT, 0.3);
    shares.put(Violation.OUTSIDE_MATRIX, 0.3); // a route document at fault is followed by no student: fewer to follow
    String text = jsonLines(600, 12, 9, shares);
    long trajectories = text.lines().filter(l -> l.startsWith("{\"type\":\"trajectory\"")).count();
    assertThat(trajectories).isEqualTo(600);
    assertThat(text.lines().filter(l -> l.contains("\"mboAgreementOn\":\"NONE\"")).count()).isGreaterThan(20);
  }

  @Test
  void aRegisterIsNotSortedByStudent() throws IOException {
    String[] lines = register(50, 3, 1).split("\n");
    assertThat(lines[1]).startsWith("S-0000000,");
    assertThat(lines[2]).startsWith("S-0000001,");
  }

  /** Each kind of violation shows up as its norm in about the configured share of the trajectories. */
  @Test
  void violationsComeInTheConfiguredShares() throws IOException {
    Map<Violation, Double> shares = new EnumMap<>(Violation.class);
    shares.put(Violation.LATE_EXAM, 0.10);
    shares.put(Violation.STILL_AT_SCHOOL, 0.08);
    shares.put(Violation.WRONG_ELEMENTCODE, 0.06);
    shares.put(Violation.UNKNOWN_FACT, 0.12);
    shares.put(Violation.INVALID, 0.04);
    int n = 2500;
    String lines = jsonLines(n, 30, 7, shares);

    Checker checker = new Checker(TestRuleSet.get(), null);
    Map<String, Integer> subjectsPerNorm = new HashMap<>();
    int invalid = 0;
    Iterator<SourcedDocument> docs = DocumentReader.readJsonLines("generated.jsonl", new StringReader(lines));
    while (docs.hasNext()) {
      Result r = checker.check(docs.next());
      if (!"trajectory".equals(r.subject().type())) {
        continue;
      }
      invalid += r.verdict() == Verdict.INVALID ? 1 : 0;
      r.findings().stream().map(Finding::norm).distinct().forEach(norm -> subjectsPerNorm.merge(norm, 1, Integer::sum));
    }
    assertThat(share(subjectsPerNorm.get("N-EX-4"), n)).isCloseTo(0.10, org.assertj.core.data.Offset.offset(0.02));
    assertThat(share(subjectsPerNorm.get("N-ENR-2"), n)).isCloseTo(0.08, org.assertj.core.data.Offset.offset(0.02));
    assertThat(share(subjectsPerNorm.get("N-REG-1"), n)).isCloseTo(0.06, org.assertj.core.data.Offset.offset(0.02));
    assertThat(share(subjectsPerNorm.get("N-ENR-1"), n)).isCloseTo(0.12, org.assertj.core.data.Offset.offset(0.02));
    assertThat(share(invalid, n)).isCloseTo(0.04, org.assertj.core.data.Offset.offset(0.015));
    assertThat(subjectsPerNorm).doesNotContainKeys("N-FB-1", "N-PRG-6", "N-SCOPE-10");
  }

  private static double share(Integer count, int n) {
    return count == null ? 0 : count / (double) n;
  }

  /** The generator's documents read as documents: routes under the law, law trajectories and experiment trajectories by line. */
  private static List<JsonNode> lines(String jsonLines) {
    return jsonLines.lines().map(l -> (JsonNode) Json.MAPPER.readTree(l)).toList();
  }

  private static boolean underLaw(JsonNode t) {
    JsonNode route = t.get("route");
    return route.has("kind") || route.has("ref") && route.get("ref").has("route");
  }

  /**
   * The law's cohorts 2020-2021 to 2025-2026 mixed with the experiment's: route documents come before the trajectories
   * that refer to them, each with real codes (a school of the DUO sample offering its leerwegen and profiel, a crebo of
   * its level and domain), every law document reads, and some experiment students are still in a route on 1 August 2022.
   */
  @Test
  void lawCohortsComeWithTheirRouteDocumentsAndRealCodes() throws IOException {
    String text = jsonLines(1500, 30, 5, Generator.Options.defaultShares());
    List<JsonNode> docs = lines(text);
    ReferenceCodes codes = ReferenceCodes.load(TestRuleSet.RULES.resolve("reference"));
    nl.routetoets.ruleset.Reference reference = TestRuleSet.get().reference();
    Map<String, JsonNode> routes = new HashMap<>();
    java.util.Set<String> cohorts = new java.util.TreeSet<>();
    int law = 0;
    int experiment = 0;
    int stillInRouteAtSwitch = 0;
    for (JsonNode d : docs) {
      String type = d.get("type").asString();
      if ("route".equals(type)) {
        routes.put(d.get("id").asString(), d);
        assertThat(law + experiment).as("route documents come before the trajectories").isZero();
        String brin = d.get("provider").get("school").get("brin").asString();
        assertThat(codes.schools()).anySatisfy(s -> assertThat(s[0]).isEqualTo(brin));
        assertThat(d.get("provider").get("school").get("profielen").toString()).contains("\"" + d.get("vmbo").get("profiel").asString() + "\"");
        String crebo = d.get("mbo").get("qualifications").get(0).asString();
        assertThat(reference.qualification(crebo)).as(crebo).isNotNull();
        assertThat(codes.crebos(d.get("mbo").get("level").asInt(), d.get("mbo").get("domain").asString())).contains(crebo);
      } else if ("trajectory".equals(type)) {
        if (underLaw(d)) {
          law++;
          cohorts.add(d.get("years").get(0).get("schoolYear").asString());
          JsonNode ref = d.get("route").get("ref");
          if (ref != null) {
            assertThat(routes).as("a route document read before the trajectory").containsKey(ref.get("route").asString());
          }
        } else {
          experiment++;
          boolean left = d.get("exit") != null && !d.get("exit").isNull();
          boolean inYearAfterSwitch = false;
          for (JsonNode y : d.get("years")) {
            inYearAfterSwitch |= "2022-2023".equals(y.get("schoolYear").asString()) && y.has("routeYear");
          }
          stillInRouteAtSwitch += !left && inYearAfterSwitch ? 1 : 0;
        }
      }
    }
    assertThat(cohorts).containsExactly("2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026");
    assertThat(routes).hasSize(Generator.Options.defaultRoutes(1500));
    assertThat((double) law / (law + experiment)).isBetween(0.4, 0.6);
    assertThat(stillInRouteAtSwitch).isPositive();

    Checker checker = new Checker(TestRuleSet.get(), null);
    Iterator<SourcedDocument> read = DocumentReader.readJsonLines("generated.jsonl", new StringReader(text));
    while (read.hasNext()) {
      SourcedDocument d = read.next();
      Result r = checker.check(d);
      if ("route".equals(r.subject().type()) || r.regime() != null && r.regime().equals("LAW_2020")) {
        assertThat(r.verdict()).as(r.subject().id() + " " + r.errors()).isNotEqualTo(Verdict.INVALID);
      }
    }
  }

  /**
   * Each new kind of violation, asked for at 0.1, is in about a tenth of the trajectories, and the faults of a route in
   * about a tenth of the route documents, which no trajectory then refers to. Told apart by what the documents say, so
   * that the test does not depend on the rules of the law being written.
   */
  @Test
  void theNewKindsComeInTheConfiguredShares() throws IOException {
    Map<Violation, Double> shares = new EnumMap<>(Violation.class);
    List<Violation> kinds = java.util.Arrays.stream(Violation.values()).filter(v -> v.family != Violation.Family.EXPERIMENT).toList();
    kinds.forEach(v -> shares.put(v, 0.1));
    int n = 3000;
    StringWriter out = new StringWriter();
    Generator.create(new Generator.Options(n, 30, 600, 13, 0.5, shares), TestRuleSet.RULES.resolve("reference")).writeJsonLines(out);
    String text = out.toString();
    assertThat(text).isEqualTo(jsonLinesOf(new Generator.Options(n, 30, 600, 13, 0.5, shares)));

    nl.routetoets.ruleset.LawParameters matrix = TestRuleSet.get().parameters().law();
    Map<Violation, Integer> trajectories = new EnumMap<>(Violation.class);
    Map<Violation, Integer> routeDocuments = new EnumMap<>(Violation.class);
    java.util.Set<String> faulty = new java.util.HashSet<>();
    int routeCount = 0;
    for (JsonNode d : lines(text)) {
      if ("route".equals(d.get("type").asString())) {
        routeCount++;
        for (Violation v : routeFaults(d, matrix, d.get("leerwegen").get(0).asString())) {
          routeDocuments.merge(v, 1, Integer::sum);
          faulty.add(d.get("id").asString());
        }
      } else if ("trajectory".equals(d.get("type").asString())) {
        JsonNode route = d.get("route");
        if (route.has("ref") && route.get("ref").has("route")) {
          assertThat(faulty).as("a trajectory refers only to a compliant route").doesNotContain(route.get("ref").get("route").asString());
        }
        if (route.has("kind")) {
          routeFaults(route, matrix, d.get("startLeerweg").asString()).forEach(v -> trajectories.merge(v, 1, Integer::sum));
        }
        studentProblems(d).forEach(v -> trajectories.merge(v, 1, Integer::sum));
      }
    }
    for (Violation v : kinds) {
      assertThat(share(trajectories.get(v), n)).as(v.option).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.02));
      if (v.ofTheRoute) {
        assertThat(share(routeDocuments.get(v), routeCount)).as(v.option + " among route documents")
            .isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.04));
      }
    }
  }

  private static String jsonLinesOf(Generator.Options options) throws IOException {
    StringWriter out = new StringWriter();
    Generator.create(options, TestRuleSet.RULES.resolve("reference")).writeJsonLines(out);
    return out.toString();
  }

  /** The faults of a route's design the document shows. */
  private static List<Violation> routeFaults(JsonNode route, nl.routetoets.ruleset.LawParameters law, String leerweg) {
    List<Violation> found = new java.util.ArrayList<>();
    if (Boolean.FALSE.equals(law.leerwegLeadsTo(leerweg, route.get("mbo").get("level").asInt()))) {
      found.add(Violation.OUTSIDE_MATRIX);
    }
    JsonNode hours = route.get("design").get("hours");
    JsonNode recorded = route.get("design").path("reducedHours").path("schoolplan");
    nl.routetoets.ruleset.Parameters.HourNorm norm = law.hourNorm(route.get("mbo").get("pathway").asString(), route.get("design").get("years").asInt());
    if (hours.get("total").asInt() < norm.total() && recorded.isBoolean() && !recorded.asBoolean()) {
      found.add(Violation.HOURS_SHORT);
    }
    if (route.get("melding").isString() && "NONE".equals(route.get("melding").asString())) {
      found.add(Violation.NO_MELDING);
    }
    return found;
  }

  /** The problems of a student the document shows. */
  private static List<Violation> studentProblems(JsonNode t) {
    List<Violation> found = new java.util.ArrayList<>();
    boolean law = underLaw(t);
    for (JsonNode y : t.get("years")) {
      if (law && y.path("routeYear").asInt() == 3 && "SCHOOL".equals(y.get("enrolledAt").asString())) {
        found.add(Violation.ENROLLED_AT_SCHOOL);
      }
      if (y.has("vmboExamCandidate") && !y.get("vmboExamCandidate").asBoolean()) {
        found.add(Violation.NOT_EXAM_CANDIDATE);
      }
    }
    if ("NONE".equals(t.path("mboAgreementOn").asString())) {
      found.add(Violation.NO_MBO_AGREEMENT);
    }
    JsonNode exit = t.get("exit");
    if (law && exit != null && !exit.isNull()) {
      found.add(exit.get("fallback").get("offered").asBoolean() ? Violation.OVERSTAP : Violation.NO_OVERSTAP);
    }
    if (!law && "KB".equals(t.get("startLeerweg").asString()) && t.toString().contains("\"schoolYear\":\"2022-2023\"")) {
      found.add(Violation.RUNNING_OUTSIDE_MATRIX);
    }
    return found;
  }
}
