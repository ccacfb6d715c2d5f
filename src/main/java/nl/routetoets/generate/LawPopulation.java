package nl.routetoets.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;
import nl.routetoets.model.SchoolYear;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The routes under the structural law of 2020 and their students: route documents (formats.md §5) of
 * four kinds, and trajectories of the cohorts 2020-2021 to 2025-2026 (formats.md §6) that refer to
 * them with {@code route.ref.route}, or carry their route inline when it is at fault. Every record is
 * made from its own random stream, as in {@link Generator}.
 */
final class LawPopulation {
  /** The four kinds of route, each with its templates (written for the cohort of {@link #TEMPLATE_COHORT}) and its share of the students. */
  enum Kind {
    /** A two-year DLR from BB to a one-year basisberoepsopleiding (mbo-2). */
    DLR_BB_2("route-2021-dlr-bb-mbo2.json", "traject-2021-dlr-bb-mbo2.json", 0.30),
    /** A four-year DLR from KB to a two-year vakopleiding (mbo-3). */
    DLR_KB_3("route-2021-dlr-kb-mbo3.json", "traject-2021-dlr-kb-mbo3.json", 0.25),
    /** A five-year DLR from KB and GL, or from TL, to a middenkaderopleiding (mbo-4), the central exam in route year 3. */
    DLR_4("route-2021-dlr-gl-mbo4.json", "traject-2021-dlr-gl-mbo4.json", 0.30),
    /** A three-year geïntegreerde route from BB to a two-year basisberoepsopleiding, without the BB final exam. */
    GLR("route-2021-glr-bb-mbo2.json", "traject-2021-glr-bb-mbo2.json", 0.15);

    final String route;
    final String trajectory;
    final double weight;

    Kind(String route, String trajectory, double weight) {
      this.route = route;
      this.trajectory = trajectory;
      this.weight = weight;
    }
  }

  /** The first and the last cohort (school year of route year 1) under the law. */
  static final int FIRST_COHORT = 2020;
  static final int LAST_COHORT = 2025;
  private static final int COHORTS = LAST_COHORT - FIRST_COHORT + 1;
  /** The cohort the templates are written for; other cohorts are the same dates moved by whole years. */
  private static final int TEMPLATE_COHORT = 2021;
  /** The peildatum of every law document: DUO's teldatum of 2026-2027, so the cohorts are seen as far as they have come. */
  static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
  /** A student leaves in January of route year 2: the date's month and day. */
  private static final int LEAVE_MONTH = 1;
  private static final int LEAVE_DAY = 15;
  /** Which kinds of route have a route year 3 (at the institution). */
  private static final List<Kind> WITH_YEAR_3 = List.of(Kind.DLR_KB_3, Kind.DLR_4, Kind.GLR);
  /** A leerweg outside the matrix of WVO 10b10(3) for each kind, for {@link Violation#OUTSIDE_MATRIX}. */
  private static final Map<Kind, String> OUTSIDE = Map.of(Kind.DLR_BB_2, "KB", Kind.DLR_KB_3, "GL", Kind.DLR_4, "BB", Kind.GLR, "KB");
  private static final List<String> TL_PROFIELEN = List.of("TECHNIEK", "ECONOMIE", "ZORG_EN_WELZIJN", "LANDBOUW");

  private final ReferenceCodes codes;
  private final Map<Violation, Double> shares;
  private final int routes;
  private final LongFunction<Random> streams;
  private final ObjectNode[] routeTemplates = new ObjectNode[Kind.values().length];
  private final ObjectNode[] trajectoryTemplates = new ObjectNode[Kind.values().length];
  /** Per kind and cohort: the compliant route documents a student of that cohort may follow (first offered in or before it). */
  private final int[][][] eligible = new int[Kind.values().length][COHORTS][];

  /** {@code streams}: the random stream of a route document by its number. */
  LawPopulation(ReferenceCodes codes, Map<Violation, Double> shares, int routes, LongFunction<Random> streams) {
    this.codes = codes;
    this.shares = shares;
    this.routes = routes;
    this.streams = streams;
    for (Kind k : Kind.values()) {
      routeTemplates[k.ordinal()] = Generator.template(k.route);
      trajectoryTemplates[k.ordinal()] = Generator.template(k.trajectory);
    }
    List<List<List<Integer>>> lists = new ArrayList<>();
    for (Kind k : Kind.values()) {
      List<List<Integer>> perCohort = new ArrayList<>();
      for (int c = 0; c < COHORTS; c++) {
        perCohort.add(new ArrayList<>());
      }
      lists.add(perCohort);
    }
    for (int j = 0; j < routes; j++) {
      if (routeViolation(streams.apply(j).nextDouble()) != null) {
        continue;
      }
      for (int c = firstCohort(j) - FIRST_COHORT; c < COHORTS; c++) {
        lists.get(kind(j).ordinal()).get(c).add(j);
      }
    }
    for (Kind k : Kind.values()) {
      for (int c = 0; c < COHORTS; c++) {
        eligible[k.ordinal()][c] = lists.get(k.ordinal()).get(c).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  int routes() {
    return routes;
  }

  private static Kind kind(int route) {
    return Kind.values()[route % Kind.values().length];
  }

  /** Routes are first offered in every cohort in turn, so that each cohort has routes of each kind to follow. */
  private static int firstCohort(int route) {
    return FIRST_COHORT + (route / Kind.values().length) % COHORTS;
  }

  /** Route document {@code j}: its first draw decides its fault (of the route's design only, with the configured shares). */
  ObjectNode route(int j) {
    Random r = streams.apply(j);
    Violation v = routeViolation(r.nextDouble());
    ObjectNode route = build(r, kind(j), firstCohort(j), j);
    fault(route, v);
    return route;
  }

  private Violation routeViolation(double u) {
    double acc = 0;
    for (Violation v : Violation.values()) {
      if (v.ofTheRoute) {
        acc += shares.getOrDefault(v, 0.0);
        if (u < acc) {
          return v;
        }
      }
    }
    return null;
  }

  /** A route of this kind at a school of the DUO sample that offers its leerwegen and a fitting profiel, with a real crebo. */
  private ObjectNode build(Random r, Kind kind, int firstCohort, int number) {
    ObjectNode route = routeTemplates[kind.ordinal()].deepCopy();
    List<String> leerwegen = kind == Kind.DLR_4 && r.nextInt(3) == 0 ? List.of("TL") : leerwegenOf(route);
    int level = route.get("mbo").get("level").asInt();
    List<Integer> schools = new ArrayList<>();
    for (int s = 0; s < codes.schools().size(); s++) {
      if (codes.offers().get(s).leerwegen().containsAll(leerwegen) && !profielen(s, leerwegen, level).isEmpty()) {
        schools.add(s);
      }
    }
    int s = schools.get(r.nextInt(schools.size()));
    String[] school = codes.schools().get(s);
    List<String> profielen = profielen(s, leerwegen, level);
    String profiel = profielen.get(r.nextInt(profielen.size()));
    List<String> domains = codes.domains(profiel, level);
    String domain = domains.get(r.nextInt(domains.size()));
    List<String> crebos = codes.crebos(level, domain);
    ObjectNode provider = (ObjectNode) route.get("provider").get("school");
    provider.put("brin", school[0]).put("vestiging", school[1]).put("name", school[2]);
    ArrayNode offered = provider.putArray("leerwegen");
    codes.offers().get(s).leerwegen().forEach(offered::add);
    ArrayNode offeredProfielen = provider.putArray("profielen");
    codes.offers().get(s).profielen().forEach(offeredProfielen::add);
    ArrayNode routeLeerwegen = route.putArray("leerwegen");
    leerwegen.forEach(routeLeerwegen::add);
    ((ObjectNode) route.get("vmbo")).put("profiel", profiel);
    ObjectNode mbo = (ObjectNode) route.get("mbo");
    mbo.put("domain", domain);
    mbo.putArray("qualifications").add(crebos.get(r.nextInt(crebos.size())));
    route.put("id", String.format("%s-%s-%s-N%d-%05d", route.get("kind").asString(), school[0],
        route.get("provider").get("institution").get("brin").asString(), level, number));
    route.put("firstSchoolYear", new SchoolYear(firstCohort).toString());
    ((ObjectNode) route.get("melding")).put("notifiedOn", shift(route.get("melding").get("notifiedOn").asString(), firstCohort - TEMPLATE_COHORT));
    return route;
  }

  /** The school's profielen that fit the leerwegen (the TL's own for a TL route) and lead to a domain with a qualification of the level. */
  private List<String> profielen(int school, List<String> leerwegen, int level) {
    boolean tl = leerwegen.contains("TL");
    List<String> out = new ArrayList<>();
    for (String p : codes.offers().get(school).profielen()) {
      if (TL_PROFIELEN.contains(p) == tl && !codes.domains(p, level).isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Puts a fault of the design into a route (a route document, or a trajectory's inline route). */
  private static void fault(ObjectNode route, Violation v) {
    if (v == null) {
      return;
    }
    switch (v) {
      case OUTSIDE_MATRIX -> {
        String leerweg = OUTSIDE.get(Kind.valueOf(kindName(route)));
        route.putArray("leerwegen").add(leerweg);
        ArrayNode offered = (ArrayNode) route.get("provider").get("school").get("leerwegen");
        if (!texts(offered).contains(leerweg)) {
          offered.add(leerweg); // the school offers it: the route is at fault only in its level
        }
      }
      case HOURS_SHORT -> {
        ObjectNode design = (ObjectNode) route.get("design");
        ObjectNode hours = (ObjectNode) design.get("hours");
        hours.put("total", hours.get("total").asInt() * 9 / 10).put("guided", hours.get("guided").asInt() * 9 / 10);
        design.putObject("reducedHours").put("schoolplan", false).put("schoolgids", false).put("annualReport", false);
      }
      case NO_MELDING -> route.put("melding", "NONE");
      default -> throw new IllegalArgumentException(v + " is not a fault of a route's design");
    }
  }

  /** The {@link Kind} a route document of this template is; its leerwegen and level tell the DLR kinds apart. */
  private static String kindName(ObjectNode route) {
    if ("GLR".equals(route.get("kind").asString())) {
      return Kind.GLR.name();
    }
    return switch (route.get("mbo").get("level").asInt()) {
      case 2 -> Kind.DLR_BB_2.name();
      case 3 -> Kind.DLR_KB_3.name();
      default -> Kind.DLR_4.name();
    };
  }

  /**
   * Student {@code i} in a law route, with violation {@code v} (null or of {@link Violation.Family#LAW}). A student of a
   * route at fault carries the route inline; the others refer to a compliant route document of their kind that was
   * offered in their cohort, or carry a compliant route inline when there is none.
   */
  ObjectNode trajectory(long i, Random r, Violation v) {
    Kind kind = v == Violation.NOT_EXAM_CANDIDATE ? Kind.DLR_4
        : v == Violation.ENROLLED_AT_SCHOOL ? weighted(r.nextDouble(), WITH_YEAR_3) : weighted(r.nextDouble(), List.of(Kind.values()));
    // a student who must reach route year 2 or 3 before the peildatum comes from an earlier cohort
    boolean reachesYear3 = v == Violation.ENROLLED_AT_SCHOOL || v == Violation.NOT_EXAM_CANDIDATE
        || v == Violation.NO_OVERSTAP || v == Violation.OVERSTAP;
    int cohort = FIRST_COHORT + r.nextInt(reachesYear3 ? COHORTS - 1 : COHORTS);
    ObjectNode route;
    boolean routeAtFault = v != null && v.ofTheRoute;
    boolean inline = routeAtFault;
    int[] candidates = eligible[kind.ordinal()][cohort - FIRST_COHORT];
    if (inline || candidates.length == 0) {
      route = build(r, kind, cohort, 0);
      // a student's own fault (no mbo agreement, say) is put into the trajectory below, not into its route
      fault(route, routeAtFault ? v : null);
      inline = true;
    } else {
      route = route(candidates[r.nextInt(candidates.length)]);
    }
    ObjectNode t = trajectoryTemplates[kind.ordinal()].deepCopy();
    t.put("id", String.format("S-%07d", i));
    shiftDates(t, cohort - TEMPLATE_COHORT);
    t.put("birthDate", LocalDate.parse(t.get("birthDate").asString()).minusDays(r.nextInt(300)).toString());
    List<String> leerwegen = leerwegenOf(route);
    String leerweg = leerwegen.get(r.nextInt(leerwegen.size()));
    t.put("startLeerweg", leerweg);
    for (JsonNode d : t.get("diplomas")) {
      if (d.get("kind").asString().startsWith("VMBO_")) {
        ((ObjectNode) d).put("kind", "VMBO_" + leerweg);
      }
    }
    String crebo = route.get("mbo").get("qualifications").get(0).asString();
    for (JsonNode y : t.get("years")) {
      if (y.has("crebo")) {
        ((ObjectNode) y).put("crebo", crebo);
      }
    }
    if (inline) {
      route.remove(List.of("type", "id", "asOf"));
      t.set("route", route);
    } else {
      t.putObject("route").putObject("ref").put("route", route.get("id").asString());
    }
    seenOn(t, AS_OF);
    mutate(t, v, cohort);
    return t;
  }

  private static Kind weighted(double u, List<Kind> kinds) {
    double total = kinds.stream().mapToDouble(k -> k.weight).sum();
    double acc = 0;
    for (Kind k : kinds) {
      acc += k.weight / total;
      if (u < acc) {
        return k;
      }
    }
    return kinds.get(kinds.size() - 1);
  }

  /** The problems of a student rather than of the route. */
  private static void mutate(ObjectNode t, Violation v, int cohort) {
    if (v == null || v.ofTheRoute) {
      return;
    }
    ArrayNode years = (ArrayNode) t.get("years");
    switch (v) {
      case ENROLLED_AT_SCHOOL -> ((ObjectNode) years.get(2)).put("enrolledAt", "SCHOOL");
      case NO_MBO_AGREEMENT -> t.put("mboAgreementOn", "NONE");
      case NOT_EXAM_CANDIDATE -> {
        // not entered, so no vmbo exam was taken and no vmbo diploma awarded
        ((ObjectNode) years.get(2)).put("vmboExamCandidate", false);
        removeIf((ArrayNode) t.get("exams"), e -> e.get("part").asString().startsWith("VMBO"));
        removeIf((ArrayNode) t.get("diplomas"), d -> d.get("kind").asString().startsWith("VMBO"));
      }
      case NO_OVERSTAP, OVERSTAP -> leave(t, LocalDate.of(cohort + 2, LEAVE_MONTH, LEAVE_DAY), v == Violation.OVERSTAP);
      default -> throw new IllegalArgumentException(v + " is not a problem of a student in a law route");
    }
  }

  /** Leaves the route on {@code left} (route year 2), with or without the overstapoptie: what came after is gone. */
  private static void leave(ObjectNode t, LocalDate left, boolean offered) {
    seenOn(t, left);
    ObjectNode exit = t.putObject("exit");
    exit.put("leftOn", left.toString());
    exit.put("reason", offered ? "Stapt over naar de reguliere vmbo-bovenbouw" : "Stopt met de route");
    exit.put("definitivelyRemoved", false);
    ObjectNode fallback = exit.putObject("fallback");
    fallback.put("offered", offered);
    if (offered) {
      fallback.put("targetDiploma", "VMBO_" + t.get("startLeerweg").asString());
      fallback.put("levelJudgedJointly", true);
      fallback.put("sameInstitution", false);
    } else {
      fallback.putNull("targetDiploma");
      fallback.putNull("levelJudgedJointly");
      fallback.putNull("sameInstitution");
    }
    exit.put("gradeListIssued", true);
  }

  /** Keeps what had happened by {@code day}: years begun, exams completed and diplomas awarded on or before it. */
  private static void seenOn(ObjectNode t, LocalDate day) {
    removeIf((ArrayNode) t.get("years"), y -> SchoolYear.parse(y.get("schoolYear").asString()).firstDay().isAfter(day));
    removeIf((ArrayNode) t.get("exams"), e -> LocalDate.parse(e.get("completedOn").asString()).isAfter(day));
    removeIf((ArrayNode) t.get("diplomas"), d -> LocalDate.parse(d.get("awardedOn").asString()).isAfter(day));
  }

  /** Moves every date and school year of a trajectory template by whole years, to another cohort. */
  private static void shiftDates(ObjectNode t, int years) {
    t.put("birthDate", shift(t.get("birthDate").asString(), years));
    for (String field : List.of("mboAgreementOn", "firstMboPartOn")) {
      if (t.has(field) && !t.get(field).isNull() && !"NONE".equals(t.get(field).asString())) {
        t.put(field, shift(t.get(field).asString(), years));
      }
    }
    for (JsonNode y : t.get("years")) {
      ((ObjectNode) y).put("schoolYear", SchoolYear.parse(y.get("schoolYear").asString()).plus(years).toString());
    }
    for (JsonNode e : t.get("exams")) {
      ((ObjectNode) e).put("completedOn", shift(e.get("completedOn").asString(), years));
    }
    for (JsonNode d : t.get("diplomas")) {
      ((ObjectNode) d).put("awardedOn", shift(d.get("awardedOn").asString(), years));
    }
    JsonNode decision = t.get("glrDecision");
    if (decision != null && !decision.isNull()) {
      ((ObjectNode) decision).put("decidedOn", shift(decision.get("decidedOn").asString(), years));
    }
  }

  private static String shift(String date, int years) {
    return LocalDate.parse(date).plusYears(years).toString();
  }

  private static List<String> leerwegenOf(JsonNode route) {
    return texts((ArrayNode) route.get("leerwegen"));
  }

  private static List<String> texts(ArrayNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static void removeIf(ArrayNode list, java.util.function.Predicate<JsonNode> test) {
    for (Iterator<JsonNode> it = list.iterator(); it.hasNext(); ) {
      if (test.test(it.next())) {
        it.remove();
      }
    }
  }
}
