package nl.routetoets.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.routetoets.document.Json;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.register.Column;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a synthetic population: applications, route documents under the law, then trajectories that
 * refer to them. Every record is made from its own random stream seeded with the run's seed and the
 * record's number, so the same seed gives the same bytes, a record can be made again without keeping
 * it (the register format writes each student's rows in several passes, a trajectory remakes the
 * route it refers to), and nothing is held in memory.
 *
 * <p>The trajectories mix three families: experiment routes (cohorts 2014-2015 to 2016-2017), routes under
 * the structural law (cohorts 2020-2021 to 2025-2026, {@link LawPopulation}), and a vakmanschaproute of
 * the 2019 round still running on 1 August 2022, when the law took over.
 */
public final class Generator {
  /** Share of the trajectories without a violation that follow a route under the law, when not given. */
  public static final double DEFAULT_LAW_SHARE = 0.5;

  /**
   * How many records, from which seed, with which share of each violation (0–1, at most one per trajectory).
   *
   * @param routes route documents under the law that law trajectories refer to
   * @param lawShare share of the trajectories drawn without a violation that follow a route under the law; a trajectory
   *     with a violation is in a route of that violation's family
   */
  public record Options(long trajectories, int applications, int routes, long seed, double lawShare, Map<Violation, Double> shares) {
    public Options {
      double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
      if (trajectories < 0 || applications < 0 || routes < 0 || sum > 1 || shares.values().stream().anyMatch(s -> s < 0)) {
        throw new IllegalArgumentException("counts are 0 or more; shares are 0 or more and add up to at most 1 (now " + sum + ")");
      }
      if (lawShare < 0 || lawShare > 1) {
        throw new IllegalArgumentException("the law share is between 0 and 1 (now " + lawShare + ")");
      }
      shares = Map.copyOf(shares);
    }

    /** With the default number of route documents (one per 50 trajectories, at least 4) and the default law share. */
    public Options(long trajectories, int applications, long seed, Map<Violation, Double> shares) {
      this(trajectories, applications, defaultRoutes(trajectories), seed, DEFAULT_LAW_SHARE, shares);
    }

    public static int defaultRoutes(long trajectories) {
      return (int) Math.max(LawPopulation.Kind.values().length, trajectories / 50);
    }

    public static Map<Violation, Double> defaultShares() {
      Map<Violation, Double> m = new EnumMap<>(Violation.class);
      for (Violation v : Violation.values()) {
        m.put(v, v.defaultShare);
      }
      return m;
    }
  }

  private static final String[] TRAJECTORIES = {
    "traject-2016-vakmanschaproute-2-geslaagd.json", "traject-2016-beroepsroute-geslaagd.json", "traject-2014-vakmanschaproute-geslaagd.json",
    "traject-2019-vakmanschaproute-2-vier-jaar.json"
  };
  /** The three-year vakmanschaproute of the 2019 round, which ends on 31 July 2022, the day before the switch. */
  private static final String ENDED_AT_SWITCH = "traject-2019-vakmanschaproute-2-geslaagd.json";
  private static final String[] APPLICATIONS = {
    "aanvraag-2016-vakmanschaproute-2-techniek.json", "aanvraag-2016-beroepsroute-economie.json", "aanvraag-2014-vakmanschaproute-techniek.json"
  };
  /**
   * Share of each experiment route kind among the trajectories without a violation: vakmanschaproute 2016, beroepsroute
   * 2016, vakmanschaproute 2014, and the four-year vakmanschaproute of 2019 that runs past 1 August 2022.
   */
  private static final double[] KIND_WEIGHTS = {0.45, 0.25, 0.2, 0.1};
  /** The same for a trajectory with a violation of the experiment, which is put into one of the first three. */
  private static final double[] VIOLATION_KIND_WEIGHTS = {0.5, 0.25, 0.25};
  private static final int VMR2_2016 = 0;
  private static final int VMR_2014 = 2;
  /** The route that runs past the switch; its trajectories carry the route inline with its approval. */
  private static final int VMR2_2019 = 3;
  private static final String WRONG_ELEMENTCODE = "4531"; // vakmanschaproute BB zorg en welzijn, for a techniek route
  /** Where the streams of the route documents begin, far from those of the trajectories (0, 1, …) and applications (-1, -2, …). */
  private static final long ROUTE_STREAMS = -(1L << 40);

  private final Options options;
  private final ReferenceCodes codes;
  private final LawPopulation law;
  private final ObjectNode[] trajectories = new ObjectNode[TRAJECTORIES.length];
  private final ObjectNode endedAtSwitch = template(ENDED_AT_SWITCH);
  private final ObjectNode[] applications = new ObjectNode[APPLICATIONS.length];

  private Generator(Options options, ReferenceCodes codes) {
    this.options = options;
    this.codes = codes;
    for (int k = 0; k < TRAJECTORIES.length; k++) {
      trajectories[k] = template(TRAJECTORIES[k]);
    }
    for (int k = 0; k < APPLICATIONS.length; k++) {
      applications[k] = template(APPLICATIONS[k]);
    }
    this.law = new LawPopulation(codes, options.shares(), options.routes(), j -> random(ROUTE_STREAMS - j));
  }

  /** {@code reference}: the rule set's {@code reference/} folder, for the real codes. */
  public static Generator create(Options options, Path reference) throws IOException {
    return new Generator(options, ReferenceCodes.load(reference));
  }

  /** JSON Lines: the applications, the route documents, then the trajectories, one document per line. */
  public void writeJsonLines(Writer out) throws IOException {
    writeApplications(out);
    writeRoutes(out);
    for (long i = 0; i < options.trajectories(); i++) {
      out.write(line(trajectory(i, false)));
    }
  }

  /** The route documents under the law alone, as JSON Lines. */
  public void writeRoutes(Writer out) throws IOException {
    for (int j = 0; j < law.routes(); j++) {
      out.write(line(law.route(j)));
    }
  }

  /** The applications alone, as JSON Lines (for a register, which refers to them). */
  public void writeApplications(Writer out) throws IOException {
    for (int j = 0; j < options.applications(); j++) {
      out.write(line(application(j)));
    }
  }

  /**
   * A register (docs/formats.md, "The register"): one row per student per school year, written school year by
   * school year as registers are delivered, so the file is not sorted by student. A register names the application
   * of each student's route, so it holds experiment routes only: the law's share and kinds are not drawn.
   */
  public void writeRegister(Writer out) throws IOException {
    if (options.applications() == 0) {
      throw new IllegalArgumentException("a register refers to applications: give --applications 1 or more");
    }
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
    csv.printRecord(Column.ALL.stream().map(c -> c.header).toList());
    for (int pass = 0; pass < 4; pass++) {
      for (long i = 0; i < options.trajectories(); i++) {
        ObjectNode t = trajectory(i, true);
        if (pass < t.get("years").size()) {
          csv.printRecord(RegisterRows.row(t, pass, application(appOf(t))));
        }
      }
    }
    csv.flush();
  }

  private static String line(JsonNode node) {
    return Json.MAPPER.writeValueAsString(node) + "\n";
  }

  ObjectNode application(int j) {
    Random r = random(-1 - j);
    int kind = j % 3;
    ObjectNode app = applications[kind].deepCopy();
    int start = SchoolYear.parse(app.get("startSchoolYear").asString()).startYear();
    app.put("id", String.format("APP-%d-%05d", start, j));
    String[] school = codes.schools().get(r.nextInt(codes.schools().size()));
    ObjectNode s = (ObjectNode) app.get("applicant").get("school");
    s.put("brin", school[0]);
    s.put("vestiging", school[1]);
    s.put("name", school[2]);
    ObjectNode mbo = (ObjectNode) app.get("routes").get(0).get("mbo");
    if (kind != VMR_2014) {
      mbo.putArray("qualifications").add(crebo(r, mbo));
    }
    return app;
  }

  /** Another qualification of the same level and domain, so that the route stays what was approved. */
  private String crebo(Random r, ObjectNode mbo) {
    List<String> same = codes.crebos(mbo.get("level").asInt(), mbo.get("domain").asString());
    return same.isEmpty() ? mbo.get("qualifications").get(0).asString() : same.get(r.nextInt(same.size()));
  }

  /** Trajectory {@code i}; {@code register}: for a register, which holds experiment routes that refer to an application. */
  ObjectNode trajectory(long i, boolean register) {
    Random r = random(i);
    Violation violation = violation(r.nextDouble());
    if (register && violation != null && violation.family != Violation.Family.EXPERIMENT) {
      violation = null;
    }
    boolean underLaw = violation != null ? violation.family == Violation.Family.LAW : !register && r.nextDouble() < options.lawShare();
    if (underLaw) {
      return law.trajectory(i, r, violation);
    }
    int kind = violation == Violation.RUNNING_OUTSIDE_MATRIX ? VMR2_2019
        : violation == Violation.WRONG_ELEMENTCODE ? VMR_2014
        : violation == Violation.BBL_UNDER_16 ? VMR2_2016
        : violation == Violation.LATE_EXAM ? (r.nextBoolean() ? VMR2_2016 : VMR_2014)
        : kind(r.nextDouble(), violation != null || register ? VIOLATION_KIND_WEIGHTS : KIND_WEIGHTS);
    if (kind == VMR2_2019) {
      return running(i, r, violation);
    }
    ObjectNode t = trajectories[kind].deepCopy();
    t.put("id", String.format("S-%07d", i));
    // older by up to 300 days; the bbl-under-16 students keep the template's date, which makes them 15 in route year 3
    int older = r.nextInt(300);
    LocalDate birth = LocalDate.parse(t.get("birthDate").asString()).minusDays(violation == Violation.BBL_UNDER_16 ? 0 : older);
    t.put("birthDate", birth.toString());
    int app = pickApplication(r, kind);
    if (app >= 0) {
      ObjectNode a = application(app);
      t.putObject("route").putObject("ref").put("applicationId", a.get("id").asString()).put("routeId", "R1");
      String crebo = a.get("routes").get(0).get("mbo").get("qualifications").get(0).asString();
      for (JsonNode y : t.get("years")) {
        if (y.has("crebo") && kind != VMR_2014) {
          ((ObjectNode) y).put("crebo", crebo);
        }
      }
    }
    Mutations.apply(violation, t);
    if (violation == Violation.OTHER_DIRECTION) {
      otherDirection(r, t);
    }
    return t;
  }

  /**
   * A student of a vakmanschaproute of the 2019 round: one in three of a three-year design, which ended the day
   * before 1 August 2022, the others of a four-year design and still in it on that day; with
   * {@link Violation#RUNNING_OUTSIDE_MATRIX} started in KB, which the law does not lead to mbo-2, and nothing recorded for it.
   */
  private ObjectNode running(long i, Random r, Violation violation) {
    boolean ended = violation == null && r.nextInt(3) == 0;
    ObjectNode t = (ended ? endedAtSwitch : trajectories[VMR2_2019]).deepCopy();
    t.put("id", String.format("S-%07d", i));
    t.put("birthDate", LocalDate.parse(t.get("birthDate").asString()).minusDays(r.nextInt(300)).toString());
    ObjectNode mbo = (ObjectNode) t.get("route").get("mbo");
    String crebo = crebo(r, mbo);
    mbo.putArray("qualifications").add(crebo);
    for (JsonNode y : t.get("years")) {
      if (y.has("crebo")) {
        ((ObjectNode) y).put("crebo", crebo);
      }
    }
    if (violation == Violation.RUNNING_OUTSIDE_MATRIX) {
      Mutations.startInKb(t);
    } else {
      Mutations.apply(violation, t);
    }
    return t;
  }

  /** The mbo years get a qualification of the same level from another direction: zorg en welzijn, or techniek for level 4. */
  private void otherDirection(Random r, ObjectNode t) {
    for (JsonNode y : t.get("years")) {
      if (y.has("crebo")) {
        int level = y.get("mboLevel").asInt();
        List<String> other = codes.crebos(level, level == 4 ? "79020" : "79140");
        ((ObjectNode) y).put("crebo", other.get(r.nextInt(other.size())));
      }
    }
  }

  /** An application of the same route kind, or -1 for an inline route when there is none. */
  private int pickApplication(Random r, int kind) {
    int count = (options.applications() - kind + 2) / 3;
    return count <= 0 ? -1 : kind + 3 * r.nextInt(count);
  }

  private static int appOf(ObjectNode t) {
    String id = t.get("route").get("ref").get("applicationId").asString();
    return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
  }

  private Violation violation(double u) {
    double acc = 0;
    for (Violation v : Violation.values()) {
      acc += options.shares().getOrDefault(v, 0.0);
      if (u < acc) {
        return v;
      }
    }
    return null;
  }

  private static int kind(double u, double[] weights) {
    double acc = 0;
    for (int k = 0; k < weights.length; k++) {
      acc += weights[k];
      if (u < acc) {
        return k;
      }
    }
    return 0;
  }

  /** Record {@code n}'s own stream: SplitMix-style mixing, so neighbouring records do not get related streams. */
  private Random random(long n) {
    long z = options.seed() + n * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 31));
  }

  static ObjectNode template(String name) {
    try (InputStream in = Generator.class.getResourceAsStream("/generate/" + name)) {
      return (ObjectNode) Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
