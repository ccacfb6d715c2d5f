package nl.routetoets.ruleset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.routetoets.model.SchoolYear;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dated parameters of {@code rules/parameters/}: the numbers and dates the rules use, so that no
 * rule holds a literal date, duration or hour table. Every lookup takes the date that matters.
 */
public final class Parameters {

  public record Regime(
      String id, LocalDate validFrom, LocalDate validUntil, List<String> texts, String source, String interpretation,
      Boolean withoutApproval, LocalDate allRoutesFrom) {
    boolean covers(LocalDate date) {
      return Dated.covers(validFrom, validUntil, date);
    }
  }

  public record RouteKind(
      String kind, String regime, List<String> routeTypes, int level, Boolean extended, java.util.Map<String, String> readLaterAs,
      String experiment, String source) {}

  public record DurationBand(String kind, int minYears, int maxYears, LocalDate validFrom, LocalDate validUntil, String part) {}

  public record HourNorm(
      String pathway, int years, int total, int guided, int workplacement, String article, String part,
      LocalDate validFrom, LocalDate validUntil, String interpretation) {}

  public record Round(
      SchoolYear startSchoolYear, List<String> kinds, LocalDate opens, LocalDate closesBefore, LocalDate decisionBy,
      String norm, String source, String interpretation) {}

  public record EarliestStart(String kind, Boolean technologieroute, LocalDate from, String source) {}

  public record Period(LocalDate validFrom, LocalDate validUntil, String interpretation) {}

  public record ElementcodeEntry(String kind, String leerweg, String sector, List<String> codes) {}

  public record ElementcodeTable(List<SchoolYear> schoolYears, String interpretation, List<ElementcodeEntry> entries) {}

  public record DomainList(List<String> letters, LocalDate validFrom, LocalDate validUntil, String source) {}

  /** An mbo qualification list of rules/reference/ and the start dates of the routes that may name its crebos. */
  public record QualificationStructure(
      String id, String file, String name, LocalDate validFrom, LocalDate validUntil, String source, String interpretation) {}

  record StructureFile(String about, List<QualificationStructure> structures) {}

  /** A text version of the decree (D2013, D2015, D2018, ...) and the days it was in force within its regime. */
  public record TextVersion(
      String id, String regime, LocalDate validFrom, LocalDate validUntil, String source, String interpretation) {
    boolean covers(LocalDate date) {
      return Dated.covers(validFrom, validUntil, date);
    }
  }

  record TextVersionFile(String about, List<TextVersion> versions) {}

  record RegimeFile(String about, List<Regime> regimes) {}

  record KindFile(String about, List<RouteKind> kinds) {}

  record DurationFile(String about, List<DurationBand> bands, List<DurationBand> regular) {}

  record HourFile(String about, List<HourNorm> norms) {}

  record RoundFile(String about, String timeZone, List<Round> rounds) {}

  record PeriodFile(
      String about, LocalDate experimentStart, LocalDate experimentEndBefore, List<EarliestStart> earliestStart,
      Period art16a, LocalDate structuralLawFrom, YoungStudent youngStudent,
      java.util.Map<String, Object> vmboExamLatestRouteYear, YearsAtSchool yearsAtSchool, PassMark vmboPassMark) {}

  public record PassMark(int grade, String source, String interpretation) {}

  public record YearsAtSchool(int years, String source) {}

  public record YoungStudent(int ageBelow, String source, String interpretation) {}

  record ElementcodeFile(String about, String source, List<ElementcodeTable> tables) {}

  record DomainFile(String about, DomainList technologieroute2013) {}

  private final RegimeFile regimes;
  private final KindFile kinds;
  private final DurationFile durations;
  private final HourFile hours;
  private final RoundFile rounds;
  private final PeriodFile period;
  private final ElementcodeFile elementcodes;
  private final DomainFile domains;
  private final StructureFile structures;
  private final LawParameters law;
  private final TextVersionFile textVersions;
  /**
   * Element codes per school year, kind, leerweg and sector: a rule asks for them for every year at
   * school of every trajectory, and only a few hundred combinations exist.
   */
  private final Map<ElementcodeKey, Optional<Set<String>>> elementcodeCache = new ConcurrentHashMap<>();

  private record ElementcodeKey(SchoolYear year, String kind, String leerweg, String sector) {}

  private Parameters(
      RegimeFile regimes, KindFile kinds, DurationFile durations, HourFile hours, RoundFile rounds,
      PeriodFile period, ElementcodeFile elementcodes, DomainFile domains, StructureFile structures,
      TextVersionFile textVersions, LawParameters law) {
    this.law = law;
    this.regimes = regimes;
    this.kinds = kinds;
    this.durations = durations;
    this.hours = hours;
    this.rounds = rounds;
    this.period = period;
    this.elementcodes = elementcodes;
    this.domains = domains;
    this.structures = structures;
    this.textVersions = textVersions;
  }

  /** The parameter files, by name; each is required. */
  static final List<String> FILES = List.of(
      "regimes.json", "routesoorten.json", "studieduur.json", "urennormen.json", "aanvraagrondes.json",
      "looptijd.json", "elementcodes.json", "domeinen.json", "kwalificatiestructuren.json", "tekstversies.json",
      "wet2020.json");

  static Parameters load(Path dir) throws IOException {
    JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    Parameters parameters = new Parameters(
        read(mapper, dir, "regimes.json", RegimeFile.class),
        read(mapper, dir, "routesoorten.json", KindFile.class),
        read(mapper, dir, "studieduur.json", DurationFile.class),
        read(mapper, dir, "urennormen.json", HourFile.class),
        read(mapper, dir, "aanvraagrondes.json", RoundFile.class),
        read(mapper, dir, "looptijd.json", PeriodFile.class),
        read(mapper, dir, "elementcodes.json", ElementcodeFile.class),
        read(mapper, dir, "domeinen.json", DomainFile.class),
        read(mapper, dir, "kwalificatiestructuren.json", StructureFile.class),
        read(mapper, dir, "tekstversies.json", TextVersionFile.class),
        read(mapper, dir, "wet2020.json", LawParameters.class));
    requireTimeZone(dir.resolve("aanvraagrondes.json"), parameters.rounds.timeZone());
    requireTextVersionsCoverTheirRegimes(dir.resolve("tekstversies.json"), parameters.regimes.regimes(),
        parameters.textVersions.versions());
    return parameters;
  }

  private static <T> T read(JsonMapper mapper, Path dir, String name, Class<T> type) throws IOException {
    Path file = dir.resolve(name);
    try {
      return Objects.requireNonNull(mapper.readValue(Files.readString(file), type), name + " is empty");
    } catch (tools.jackson.core.JacksonException e) {
      throw new IOException(file + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
    }
  }

  /** Every parameter file as read, by file name: what the service shows of the rule set. */
  public java.util.Map<String, Object> asMap() {
    java.util.Map<String, Object> files = new java.util.LinkedHashMap<>();
    List<Object> parsed = List.of(regimes, kinds, durations, hours, rounds, period, elementcodes, domains, structures, textVersions,
        law);
    for (int i = 0; i < FILES.size(); i++) {
      files.put(FILES.get(i), parsed.get(i));
    }
    return files;
  }

  /** The parameters of the structural law of 2020 (wet2020.json). */
  public LawParameters law() {
    return law;
  }

  public ZoneId timeZone() {
    return ZoneId.of(rounds.timeZone());
  }

  /** The regime in force on the date, or null when no experiment regime covers it. */
  public String regimeAt(LocalDate date) {
    if (date == null) {
      return null;
    }
    // a loop, not a stream: the rules call this for every event of every trajectory
    for (Regime r : regimes.regimes()) {
      if (!Boolean.TRUE.equals(r.withoutApproval()) && r.covers(date)) {
        return r.id();
      }
    }
    return null;
  }

  /**
   * The regime of an event (a school year, an exam, a diploma) of a route with an experiment approval:
   * the one in force on its date, and from a regime's {@code allRoutesFrom} that regime (N-TRANS-2).
   */
  public String regimeOfEventAt(LocalDate date) {
    String regime = regimeAt(date);
    if (regime != null || date == null) {
      return regime;
    }
    for (Regime r : regimes.regimes()) {
      if (r.allRoutesFrom() != null && !date.isBefore(r.allRoutesFrom()) && r.covers(date)) {
        return r.id();
      }
    }
    return null;
  }

  /** The regime of a route that started on this date without an experiment approval; null when there is none. */
  public String regimeWithoutApproval(LocalDate start) {
    if (start == null) {
      return null;
    }
    for (Regime r : regimes.regimes()) {
      if (Boolean.TRUE.equals(r.withoutApproval()) && r.covers(start)) {
        return r.id();
      }
    }
    return null;
  }

  public List<Regime> regimes() {
    return regimes.regimes();
  }

  /**
   * The text version of the decree in force on the date within the regime (tekstversies.json); null when
   * the regime has none there (the structural law) or the date is unknown.
   */
  public String textVersionAt(String regime, LocalDate date) {
    if (regime == null || date == null) {
      return null;
    }
    // a loop, not a stream: the builders call this for every event of every trajectory
    for (TextVersion v : textVersions.versions()) {
      if (v.regime().equals(regime) && v.covers(date)) {
        return v.id();
      }
    }
    return null;
  }

  public List<TextVersion> textVersions() {
    return textVersions.versions();
  }

  /**
   * The route kind (VMR2, BR_L, ...) a route type and mbo level make under a regime; null when none.
   * BR_L only when the mbo part is known to be a verlengde middenkaderopleiding: an unknown
   * {@code extended} gives the general kind BR, and the one norm whose answer it changes, the
   * duration band of art. 6(c)/(d), tests {@code extended} itself and gives REVIEW where it decides.
   */
  public String kindOf(String regime, String routeType, Integer level, Boolean extended) {
    if (regime == null || routeType == null || level == null) {
      return null;
    }
    for (RouteKind k : kinds.kinds()) {
      if (k.regime().equals(regime) && k.routeTypes().contains(routeType) && k.level() == level
          && (k.extended() == null || k.extended().equals(Boolean.TRUE.equals(extended)))) {
        return k.kind();
      }
    }
    return null;
  }

  /**
   * The experiments of art. 2(1) under a regime that these route types belong to, sorted; a route type
   * that is no experiment of the regime (a beroepsroute under D2013) adds none.
   */
  public java.util.SortedSet<String> experiments(String regime, java.util.Collection<String> routeTypes) {
    java.util.SortedSet<String> experiments = new java.util.TreeSet<>();
    for (RouteKind k : kinds.kinds()) {
      if (k.regime().equals(regime) && routeTypes.stream().anyMatch(k.routeTypes()::contains)) {
        experiments.add(k.experiment());
      }
    }
    return experiments;
  }

  /** A route kind as read under the regime of a later event (routesoorten.json readLaterAs). */
  public String kindUnder(String regime, String kind) {
    if (regime == null || kind == null) {
      return kind;
    }
    for (RouteKind k : kinds.kinds()) {
      if (k.kind().equals(kind) && k.readLaterAs() != null && k.readLaterAs().containsKey(regime)) {
        return k.readLaterAs().get(regime);
      }
    }
    return kind;
  }

  public DurationBand durationBand(String kind, LocalDate date) {
    return band(durations.bands(), kind, date);
  }

  /** The length a route would have under the regular WVO/WEB rules (for D2013 routes, N-DUR-2). */
  public DurationBand regularBand(String kind, LocalDate date) {
    return band(durations.regular(), kind, date);
  }

  private static DurationBand band(List<DurationBand> bands, String kind, LocalDate date) {
    for (DurationBand b : bands) {
      if (b.kind().equals(kind) && Dated.covers(b.validFrom(), b.validUntil(), date)) {
        return b;
      }
    }
    return null;
  }

  public HourNorm hourNorm(String pathway, Integer years, LocalDate date) {
    if (pathway == null || years == null) {
      return null;
    }
    for (HourNorm h : hours.norms()) {
      if (h.pathway().equals(pathway) && h.years() == years && Dated.covers(h.validFrom(), h.validUntil(), date)) {
        return h;
      }
    }
    return null;
  }

  /** The application round for a kind and start year, or null when that kind could not be applied for. */
  public Round round(String kind, SchoolYear start) {
    if (kind == null || start == null) {
      return null;
    }
    for (Round r : rounds.rounds()) {
      if (r.startSchoolYear().equals(start) && r.kinds().contains(kind)) {
        return r;
      }
    }
    return null;
  }

  /** Every application round of aanvraagrondes.json, in the file's order (the reviewer's desk reads their decision dates). */
  public List<Round> rounds() {
    return List.copyOf(rounds.rounds());
  }

  /** The last start school year ("2019-2020") for which a kind could be applied for; null when none. */
  public String lastRoundStartYear(String kind) {
    SchoolYear last = null;
    for (Round r : rounds.rounds()) {
      if (kind != null && r.kinds().contains(kind) && (last == null || r.startSchoolYear().yearsSince(last) > 0)) {
        last = r.startSchoolYear();
      }
    }
    return last == null ? null : last.toString();
  }

  /** As {@link #round(String, SchoolYear)}, with the school year written "2016-2017". */
  public Round round(String kind, String start) {
    return start == null ? null : round(kind, SchoolYear.parse(start));
  }

  public LocalDate experimentStart() {
    return period.experimentStart();
  }

  public LocalDate experimentEndBefore() {
    return period.experimentEndBefore();
  }

  public LocalDate structuralLawFrom() {
    return period.structuralLawFrom();
  }

  public LocalDate earliestStart(String kind, boolean technologieroute) {
    for (EarliestStart e : period.earliestStart()) {
      if (e.kind().equals(kind) && (e.technologieroute() == null || e.technologieroute() == technologieroute)) {
        return e.from();
      }
    }
    return null;
  }

  /** Art. 5(5): the age below which a student counts as young (BOL only, light work only). */
  public int youngStudentAgeBelow() {
    return period.youngStudent().ageBelow();
  }

  /**
   * The route year by which the vmbo exam of a route kind must be completed (art. 7(2), 8(1)); a
   * large number when the kind has no deadline, so that a comparison never fires.
   */
  public int vmboExamDeadline(String kind) {
    Object year = kind == null ? null : period.vmboExamLatestRouteYear().get(kind);
    return year instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
  }

  /** The final grade from which a vmbo subject or the rekentoets is passed (art. 7(4), 8(2): "met goed gevolg"). */
  public java.math.BigDecimal vmboPassMark() {
    return java.math.BigDecimal.valueOf(period.vmboPassMark().grade());
  }

  /** Art. 9(2): the years a student is enrolled at the school before moving to the institution. */
  public int yearsAtSchool() {
    return period.yearsAtSchool().years();
  }

  /** D2015 art. 16a: the temporary pass rule, from its dated parameter. */
  public boolean art16aApplies(LocalDate date) {
    Period p = period.art16a();
    return date != null && Dated.covers(p.validFrom(), p.validUntil(), date);
  }

  /** The element codes allowed for the route in that school year; null when no table covers the year. */
  public Set<String> elementcodes(SchoolYear year, String kind, String leerweg, String sector) {
    return elementcodeCache.computeIfAbsent(new ElementcodeKey(year, kind, leerweg, sector), k -> Optional.ofNullable(
        elementcodesOf(k.year(), k.kind(), k.leerweg(), k.sector()))).orElse(null);
  }

  private Set<String> elementcodesOf(SchoolYear year, String kind, String leerweg, String sector) {
    for (ElementcodeTable table : elementcodes.tables()) {
      if (table.schoolYears().contains(year)) {
        return table.entries().stream()
            .filter(e -> e.kind().equals(kind) && e.leerweg().equals(leerweg) && e.sector().equals(sector))
            .flatMap(e -> e.codes().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
      }
    }
    return null;
  }

  /** As {@link #elementcodes(SchoolYear, String, String, String)}, with the school year written "2015-2016". */
  public Set<String> elementcodes(String year, String kind, String leerweg, String sector) {
    return year == null ? null : elementcodes(SchoolYear.parse(year), kind, leerweg, sector);
  }

  /** UR2013 art. 5(2): may a technologieroute lead to this domain letter? */
  public boolean technologieroute2013Domain(String letter) {
    return letter != null && domains.technologieroute2013().letters().contains(letter);
  }

  public List<String> technologieroute2013Domains() {
    return domains.technologieroute2013().letters();
  }

  /** The qualification lists, in file order. */
  public List<QualificationStructure> qualificationStructures() {
    return structures.structures();
  }

  public QualificationStructure qualificationStructure(String id) {
    for (QualificationStructure q : structures.structures()) {
      if (q.id().equals(id)) {
        return q;
      }
    }
    return null;
  }

  /**
   * Whether a route starting on this date may name the crebos of this list: true or false, or null
   * when the date or the list is unknown (interpretations.md I-50).
   */
  public Boolean qualificationStructureValidAt(String id, LocalDate start) {
    QualificationStructure q = id == null ? null : qualificationStructure(id);
    if (q == null || start == null) {
      return null;
    }
    return Dated.covers(q.validFrom(), q.validUntil(), start);
  }

  /** The names of the qualification lists a route starting on this date may name crebos of. */
  public List<String> qualificationStructuresValidAt(LocalDate start) {
    List<String> names = new java.util.ArrayList<>();
    for (QualificationStructure q : structures.structures()) {
      if (start != null && Dated.covers(q.validFrom(), q.validUntil(), start)) {
        names.add(q.name());
      }
    }
    return names;
  }

  /** Date windows with an inclusive end that may be open. */
  public static final class Dated {
    private Dated() {}

    public static boolean covers(LocalDate from, LocalDate until, LocalDate date) {
      return date != null && (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
  }

  /**
   * The text versions of a regime follow each other day after day from its first day to its last, and
   * each is one of the regime's {@code texts}: a rule set whose dates leave a day without a text, or give
   * a day two, does not load, rather than judge a fact by no text or by two.
   */
  private static void requireTextVersionsCoverTheirRegimes(Path file, List<Regime> regimes, List<TextVersion> versions)
      throws IOException {
    for (Regime r : regimes) {
      List<TextVersion> own = versions.stream().filter(v -> v.regime().equals(r.id()))
          .sorted(java.util.Comparator.comparing(TextVersion::validFrom)).toList();
      if (own.isEmpty()) {
        continue;
      }
      LocalDate next = r.validFrom();
      for (TextVersion v : own) {
        if (!v.validFrom().equals(next)) {
          throw new IOException(file + ": " + v.id() + " begins on " + v.validFrom() + "; the text before it in "
              + r.id() + " leaves off on the day before " + next);
        }
        if (r.texts() == null || !r.texts().contains(v.id())) {
          throw new IOException(file + ": " + v.id() + " is not among the texts of " + r.id() + " in regimes.json");
        }
        next = v.validUntil() == null ? null : v.validUntil().plusDays(1);
        if (next == null) {
          break;
        }
      }
      LocalDate regimeNext = r.validUntil() == null ? null : r.validUntil().plusDays(1);
      if (!java.util.Objects.equals(next, regimeNext)) {
        throw new IOException(file + ": the texts of " + r.id() + " end " + (next == null ? "never" : "on " + next.minusDays(1))
            + ", the regime " + (r.validUntil() == null ? "never" : "on " + r.validUntil()));
      }
    }
  }

  /**
   * The {@code timeZone} of aanvraagrondes.json is where an instant becomes a date or a local time (the
   * day an application arrived, the date of a decision, the time a school types into the form): a rule
   * set that names no zone, or an unknown one, does not load, rather than fail on the first instant.
   */
  private static void requireTimeZone(Path file, String zone) throws IOException {
    if (zone == null || zone.isBlank()) {
      throw new IOException(file + ": timeZone is missing; give a time zone such as \"Europe/Amsterdam\"");
    }
    try {
      ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw new IOException(file + ": timeZone \"" + zone + "\" is not a time zone (" + e.getMessage()
          + "); give one such as \"Europe/Amsterdam\"", e);
    }
  }
}
