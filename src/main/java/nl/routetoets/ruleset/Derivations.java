package nl.routetoets.ruleset;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.routetoets.model.Codes;
import nl.routetoets.model.RouteParts;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Trajectory;

/**
 * Everything the checker derives from a document before the rules see it, each derivation in one
 * method named after what it gives and marked with the interpretations it implements. The facts
 * carry the results as components (their javadoc names the derivation); the rules never recompute them.
 */
public final class Derivations {
  private static final Set<Codes.DiplomaKind> VMBO_DIPLOMAS = EnumSet.of(
      Codes.DiplomaKind.VMBO_BB, Codes.DiplomaKind.VMBO_KB, Codes.DiplomaKind.VMBO_GL, Codes.DiplomaKind.VMBO_TL);

  private final Parameters params;
  private final Reference reference;

  public Derivations(Parameters params, Reference reference) {
    this.params = params;
    this.reference = reference;
  }

  @Implements(value = {"I-01", "I-18"}, gives = "the regime of a route: the one in force on the first day of its start school year")
  public String regimeOfStart(SchoolYear start) {
    return start == null ? null : params.regimeAt(start.firstDay());
  }

  @Implements(value = "I-14", gives = "the regime of a route without experiment approval that starts under the structural law: that law, for the route and all its events")
  public String regimeWithoutApproval(LocalDate start) {
    return params.regimeWithoutApproval(start);
  }

  @Implements(value = {"I-01", "I-18"}, gives = "the regime of an application: the one in force at the submission instant, else that of its start year")
  public String regimeOfApplication(LocalDate submitted, String startRegime) {
    String submissionRegime = params.regimeAt(submitted);
    return submissionRegime != null ? submissionRegime : startRegime;
  }

  @Implements(value = {"I-01", "I-75"}, gives = "the regime of an event of a trajectory (a school year, an exam, a diploma): the one in force on its own date; from 1 August 2022 the structural law, for experiment routes too (regimes.json allRoutesFrom)")
  public String regimeOfEvent(LocalDate date, String structuralRegime) {
    return structuralRegime != null ? structuralRegime : params.regimeOfEventAt(date);
  }

  @Implements(value = "I-70", gives = "the WVO text a finding of the structural law cites on a date: WVO 10b10-10b21 until 31 July 2022, WVO 2020 2.107a-2.107l from 1 August 2022 (wet2020.json articleTexts)")
  public String articleTextOn(LocalDate date) {
    return params.law().articleTextOn(date);
  }

  @Implements(value = "I-71", gives = "the provider form of a route under the law as the law names it on the peildatum (wet2020.json providerForms); null for an unknown form or one not yet in force")
  public LawParameters.ProviderForm providerForm(String form, LocalDate asOf) {
    LawParameters.ProviderForm f = params.law().providerForm(form);
    return f == null || asOf != null && !Parameters.Dated.covers(f.validFrom(), f.validUntil(), asOf) ? null : f;
  }

  @Implements(value = "I-72", gives = "whether a school is a school for vbo (WVO 10b21(1)): it offers BB, KB or GL (wet2020.json glr.vboLeerwegen); null when its leerwegen are not given")
  public Boolean schoolIsVbo(List<String> schoolLeerwegen) {
    return schoolLeerwegen == null || schoolLeerwegen.isEmpty() ? null
        : schoolLeerwegen.stream().anyMatch(params.law().glr().vboLeerwegen()::contains);
  }

  @Implements(value = "I-72", gives = "whether a profiel code of a route under the law is a vmbo profiel: one of the reference data's beroepsgerichte profielen, or a TL profiel (wet2020.json tlProfielen)")
  public boolean lawProfielKnown(String profiel) {
    return reference.profiel(profiel) != null || params.law().tlProfielen().contains(profiel);
  }

  @Implements(value = "I-73", gives = "whether an mbo programme is an entreeopleiding, which is no DLR target (WEB 8.5a.2(1)): level 1, or no opleidingsdomein (\"NONE\")")
  public boolean entreeProgramme(Integer level, String domain) {
    return level != null && level == 1 || "NONE".equals(domain);
  }

  @Implements(value = "I-73", gives = "whether a DLR may lead from a leerweg to an mbo level (WVO 10b10(3), wet2020.json leerwegLevels); null when the level is unknown")
  public Boolean leerwegLeadsTo(String leerweg, Integer level) {
    return params.law().leerwegLeadsTo(leerweg, level);
  }

  @Implements(value = "I-74", gives = "the study-duration band of WVO 10b16 for the length of the route's mbo programme (wet2020.json durationBands); null when the length is unknown")
  public LawParameters.Band lawDurationBand(Integer programmeYears, Boolean extended) {
    return params.law().band(programmeYears, extended);
  }

  @Implements(value = "I-74", gives = "the hour row of WVO 10b17 (BOL) or 10b18 (BBL) for a route's pathway and duration (wet2020.json hours); the BBL 4-year total read as a minimum")
  public Parameters.HourNorm lawHourNorm(String pathway, Integer years) {
    return params.law().hourNorm(pathway, years);
  }

  @Implements(value = "I-74", gives = "the hour figures of a route that fall below their row, by name (total, guided, workplacement)")
  public List<String> hoursShortOf(Parameters.HourNorm norm, Integer total, Integer guided, Integer workplacement) {
    List<String> short_ = new ArrayList<>(3);
    if (total != null && total < norm.total()) {
      short_.add("total");
    }
    if (guided != null && guided < norm.guided()) {
      short_.add("guided");
    }
    if (workplacement != null && workplacement < norm.workplacement()) {
      short_.add("workplacement");
    }
    return List.copyOf(short_);
  }

  @Implements(value = {"I-73", "I-80"}, gives = "whether a route of this kind may lead from a leerweg to an mbo level: a DLR by the matrix of WVO 10b10(3) (wet2020.json leerwegLevels), a GLR only from BB to a basisberoepsopleiding (10b21(1)-(2), wet2020.json glr); for an unknown kind the DLR matrix; null when the leerweg or level is unknown")
  public Boolean leerwegAllowedIn(String kind, String leerweg, Integer level) {
    if (!"GLR".equals(kind)) {
      return leerwegLeadsTo(leerweg, level);
    }
    LawParameters.Glr glr = params.law().glr();
    return leerweg == null || level == null ? null : glr.leerwegen().contains(leerweg) && glr.level() == level;
  }

  @Implements(value = {"I-01", "I-62"}, gives = "the text version of the decree in force on the day that chose a fact's regime (tekstversies.json): D2013 under EXP_2013; D2015, D2018, D2019 or D2020 under EXP_2015; none under the structural law")
  public String textVersion(String regime, LocalDate day) {
    return params.textVersionAt(regime, day);
  }

  @Implements(value = {"I-18", "I-62"}, gives = "the text version of an application: the one in force at the submission instant, else, as for its regime, that of the first day of its start year")
  public String textVersionOfApplication(String regime, LocalDate submitted, SchoolYear start) {
    String atSubmission = textVersion(regime, submitted);
    return atSubmission != null || start == null ? atSubmission : textVersion(regime, start.firstDay());
  }

  @Implements(value = "I-01", gives = "the route kind (VMR2, BR_L, ...) a route type and mbo level make under a regime (routesoorten.json)")
  public String kindOf(String regime, Codes.RouteType type, Integer level, Boolean extended) {
    return params.kindOf(regime, type == null ? null : type.name(), level, extended);
  }

  @Implements(value = "I-01", gives = "the route kind as read under the regime of a later event: a D2013 vakmanschaproute is the level-2 route (routesoorten.json readLaterAs)")
  public String kindUnder(String regime, String kind) {
    return params.kindUnder(regime, kind);
  }

  @Implements(value = "I-19", gives = "the submission instant of an application as a date in Dutch time (aanvraagrondes.json timeZone)")
  public LocalDate submittedDate(OffsetDateTime at) {
    return at == null ? null : at.atZoneSameInstant(params.timeZone()).toLocalDate();
  }

  @Implements(value = "I-17", gives = "the route year of a date: the count of school years since the route began, the first being 1")
  public Integer routeYear(SchoolYear start, LocalDate date) {
    return start == null || date == null ? null : SchoolYear.containing(date).yearsSince(start) + 1;
  }

  @Implements(value = {"I-17", "I-22"}, gives = "the end of a route's design: the last day of its last school year")
  public LocalDate designEnd(SchoolYear start, Integer years) {
    return start == null || years == null || years < 1 ? null : start.plus(years - 1).lastDay();
  }

  @Implements(value = {"I-10", "I-11"}, gives = "the hour norm of a route: the row of art. 6a (bol) or 6b (bbl) for its study duration, in the text valid at its start; none for a route of unknown kind")
  public Parameters.HourNorm hourNorm(String kind, String pathway, Integer years, SchoolYear start) {
    return kind == null || start == null ? null : params.hourNorm(pathway, years, start.firstDay());
  }

  @Implements(value = "I-11", gives = "the duration band of art. 6 for a route kind, in the text valid at the route's start")
  public Parameters.DurationBand durationBand(String kind, SchoolYear start) {
    return kind == null || start == null ? null : params.durationBand(kind, start.firstDay());
  }

  @Implements(value = "I-11", gives = "for a beroepsroute (BR), the band art. 6(d) sets beside art. 6(c): that of a beroepsroute with a verlengde middenkaderopleiding (BR_L) at its start; none for other kinds")
  public Parameters.DurationBand extendedDurationBand(String kind, SchoolYear start) {
    return "BR".equals(kind) ? durationBand("BR_L", start) : null;
  }

  @Implements(value = "I-11", gives = "the regular duration of the programmes a route combines (D2013 art. 2(3)), for its kind at its start")
  public Parameters.DurationBand regularDurationBand(String kind, SchoolYear start) {
    return kind == null || start == null ? null : params.regularBand(kind, start.firstDay());
  }

  @Implements(value = {"I-03", "I-19"}, gives = "the application round of a route: the one for its kind and start school year in aanvraagrondes.json")
  public Parameters.Round applicationRound(String kind, SchoolYear start) {
    return params.round(kind, start);
  }

  @Implements(value = "I-21", gives = "the start of a school year in the route: the enrolment date, else the first day of the school year")
  public LocalDate yearBegins(Trajectory.Year year) {
    return year.enrolledOn() != null ? year.enrolledOn() : year.schoolYear() == null ? null : year.schoolYear().firstDay();
  }

  @Implements(value = "I-21", gives = "the student's age in whole years on the first day of a school year in the route")
  public Integer ageOn(LocalDate birthDate, LocalDate day) {
    return birthDate == null || day == null ? null : Period.between(birthDate, day).getYears();
  }

  @Implements(value = {"I-05", "I-63"}, gives = "whether a route's vmbo part is technical: sector techniek or landbouw (the old sector, or the TL profile of that name), or a technical profiel or Groen (null when neither sector nor profiel is known): the origins of a technologieroute in D2015 as I-05 reads it, and in D2018 to D2020 (art. 1(1)(p) 1°-3°)")
  public Boolean technicalSector(RouteParts.Vmbo vmbo) {
    if (vmbo == null) {
      return null;
    }
    if (vmbo.sector() != null) {
      return vmbo.sector() == Codes.Sector.TECHNIEK || vmbo.sector() == Codes.Sector.LANDBOUW;
    }
    Reference.Profiel profiel = reference.profiel(vmbo.profiel());
    if (profiel == null) {
      return null;
    }
    return profiel.technical() || "LANDBOUW".equals(profiel.formerSector());
  }

  @Implements(value = "I-50", gives = "whether a qualification's structure was valid for a route starting in its start year (kwalificatiestructuren.json)")
  public Boolean qualificationValidAtStart(String structure, SchoolYear start) {
    return params.qualificationStructureValidAt(structure, start == null ? null : start.firstDay());
  }

  @Implements(value = "I-60", gives = "whether a trajectory shows the vmbo exam passed: a vmbo diploma, or the whole exam (full, or common and sector part) passed")
  public boolean vmboPassShown(Trajectory t) {
    if (t.diplomas() != null && t.diplomas().stream().anyMatch(d -> d != null && VMBO_DIPLOMAS.contains(d.kind()))) {
      return true;
    }
    Set<Codes.ExamPart> passed = EnumSet.noneOf(Codes.ExamPart.class);
    if (t.exams() != null) {
      t.exams().stream().filter(e -> e != null && e.part() != null && Boolean.TRUE.equals(e.passed())).forEach(e -> passed.add(e.part()));
    }
    return passed.contains(Codes.ExamPart.VMBO_FULL)
        || (passed.contains(Codes.ExamPart.VMBO_COMMON_PART) && passed.contains(Codes.ExamPart.VMBO_SECTOR_PART));
  }

  /** A derivation as the interpretation index lists it. */
  public record Listed(String method, List<String> interpretations, String gives) {}

  /** Every derivation, by method name. */
  public static List<Listed> all() {
    List<Listed> listed = new ArrayList<>();
    Method[] methods = Derivations.class.getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method m : methods) {
      Implements i = m.getAnnotation(Implements.class);
      if (i != null) {
        listed.add(new Listed(m.getName(), List.of(i.value()), i.gives()));
      }
    }
    return listed;
  }

  @Implements(value = {"I-05", "I-63"}, gives = "whether a route is a technologieroute as art. 1(1)(p) means it (D2015 as I-05 reads it, and D2018 to D2020, which name the same origins): so called, and its vmbo part not known to lie outside techniek and landbouw (a technologieroute from another sector is a beroepsroute)")
  public boolean technologieroute(Codes.RouteType type, RouteParts.Vmbo vmbo) {
    return type == Codes.RouteType.TECHNOLOGIEROUTE && !Boolean.FALSE.equals(technicalSector(vmbo));
  }

  @Implements(value = "I-60", gives = "the first day a trajectory shows the vmbo exam passed: a vmbo diploma awarded, the whole exam passed, or the common and the sector part both passed (null when it shows none)")
  public LocalDate vmboPassShownOn(Trajectory t) {
    List<Trajectory.Exam> exams = examsOf(t);
    LocalDate diploma = t.diplomas() == null ? null : t.diplomas().stream()
        .filter(d -> d != null && VMBO_DIPLOMAS.contains(d.kind()) && d.awardedOn() != null)
        .map(Trajectory.Diploma::awardedOn).min(Comparator.naturalOrder()).orElse(null);
    return earliest(diploma, wholeExamOn(exams, true));
  }

  @Implements(value = "I-60", gives = "the first day a trajectory shows the common part of the vmbo exam passed (null when it shows none)")
  public LocalDate vmboCommonPartPassedOn(Trajectory t) {
    return first(examsOf(t), Codes.ExamPart.VMBO_COMMON_PART, true);
  }

  @Implements(value = "I-07", gives = "the first day a trajectory's exams show the common part of the vmbo exam completed (the common part or the whole exam), passed or not; null when none is")
  public LocalDate vmboCommonPartCompletedOn(List<Trajectory.Exam> exams) {
    return earliest(first(exams, Codes.ExamPart.VMBO_COMMON_PART, false), first(exams, Codes.ExamPart.VMBO_FULL, false));
  }

  @Implements(value = "I-07", gives = "the first day a trajectory's exams show the whole vmbo exam completed (the whole exam, or the common and the sector part), passed or not; null when they do not")
  public LocalDate vmboExamCompletedOn(List<Trajectory.Exam> exams) {
    return wholeExamOn(exams, false);
  }

  /** The first day the exams make the whole vmbo exam: the whole exam, or the common and the sector part (the later of the two). */
  private static LocalDate wholeExamOn(List<Trajectory.Exam> exams, boolean passedOnly) {
    LocalDate common = first(exams, Codes.ExamPart.VMBO_COMMON_PART, passedOnly);
    LocalDate sector = first(exams, Codes.ExamPart.VMBO_SECTOR_PART, passedOnly);
    LocalDate bothParts = common == null || sector == null ? null : common.isAfter(sector) ? common : sector;
    return earliest(first(exams, Codes.ExamPart.VMBO_FULL, passedOnly), bothParts);
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? b : a;
  }

  /** The first completion date of an exam part (recorded as passed, if {@code passedOnly}); null when none has one. */
  private static LocalDate first(List<Trajectory.Exam> exams, Codes.ExamPart part, boolean passedOnly) {
    LocalDate first = null;
    for (Trajectory.Exam e : exams) {
      if (e != null && e.part() == part && e.completedOn() != null && (!passedOnly || Boolean.TRUE.equals(e.passed()))) {
        first = earliest(first, e.completedOn());
      }
    }
    return first;
  }

  private static List<Trajectory.Exam> examsOf(Trajectory t) {
    return t.exams() == null ? List.of() : t.exams();
  }

  @Implements(value = "I-02", gives = "the day an mbo-2 diploma shows the basisberoepsopleiding completed: the first passed level-2 (or level-less) mbo exam on or before the diploma, else the diploma's own date")
  public LocalDate basisberoepsopleidingCompletedOn(List<Trajectory.Exam> exams, LocalDate awardedOn) {
    LocalDate first = null;
    for (Trajectory.Exam e : exams) {
      if (e != null && e.part() == Codes.ExamPart.MBO && (e.level() == null || e.level() == 2) && Boolean.TRUE.equals(e.passed())
          && e.completedOn() != null && !e.completedOn().isAfter(awardedOn) && (first == null || e.completedOn().isBefore(first))) {
        first = e.completedOn();
      }
    }
    return first != null ? first : awardedOn;
  }

  // ---- a student's route under the structural law, and the passage of 2022 (I-82 to I-88) ----

  @Implements(value = "I-82", gives = "the leerjaar of the route of each year of a trajectory as the law counts them (WVO 10b14, 10b19): 1 in the first year, one more after each year that does not end with promoted false; null for a year that begins on or after the day the student left the route")
  public List<Integer> routeLeerjaren(List<Trajectory.Year> years, LocalDate leftOn) {
    List<Integer> leerjaren = new ArrayList<>(years.size());
    int leerjaar = 1;
    for (Trajectory.Year y : years) {
      LocalDate begins = y == null ? null : yearBegins(y);
      boolean inRoute = leftOn == null || begins == null || begins.isBefore(leftOn);
      leerjaren.add(inRoute ? leerjaar : null);
      if (y == null || !Boolean.FALSE.equals(y.promoted())) {
        leerjaar++;
      }
    }
    return leerjaren;
  }

  @Implements(value = "I-82", gives = "a year's enrolment beside the enrolment the law asks in its route leerjaar (WVO 10b14; WEB 8.5a.7): AS_REQUIRED, STILL_AT_SCHOOL (a leerjaar from 3 at the school), AT_INSTITUTION_EARLY (leerjaar 1 or 2 at the institution), BOTH (at both, never allowed) or UNKNOWN (no enrolment given); null for a year outside the route")
  public String enrolmentAgainstLeerjaar(Integer leerjaar, String enrolledAt) {
    if (leerjaar == null) {
      return null;
    }
    if (enrolledAt == null) {
      return "UNKNOWN";
    }
    if (Codes.EnrolledAt.BOTH.name().equals(enrolledAt)) {
      return "BOTH";
    }
    boolean atSchool = leerjaar <= params.law().trajectory().schoolLeerjaren();
    if (atSchool == Codes.EnrolledAt.SCHOOL.name().equals(enrolledAt)) {
      return "AS_REQUIRED";
    }
    return atSchool ? "AT_INSTITUTION_EARLY" : "STILL_AT_SCHOOL";
  }

  @Implements(value = "I-82", gives = "the vmbo leerjaar a student enters a route under the law in, beside the third leerjaar the law names (WVO 10b10(2)): EARLY, AT or LATE; null when it is not given")
  public String entryAgainstLeerjaar(Integer vmboLeerjaar) {
    if (vmboLeerjaar == null) {
      return null;
    }
    int first = params.law().trajectory().firstVmboLeerjaar();
    return vmboLeerjaar < first ? "EARLY" : vmboLeerjaar == first ? "AT" : "LATE";
  }

  @Implements(value = "I-84", gives = "whether the agreement of WEB 8.5a.6 was made before the pupil first followed an mbo part: false for \"NONE\" or a date after that part (or after the year in which it fell); true for a date on or before it; null when either date is unknown and the year does not decide")
  public Boolean agreementBeforeFirstMboPart(
      nl.routetoets.model.LawParts.DateOrNone agreement, LocalDate firstPartOn, LocalDate firstPartYearBegins,
      LocalDate firstPartYearEnds) {
    if (agreement == null) {
      return null;
    }
    if (agreement.none()) {
      return Boolean.FALSE;
    }
    LocalDate made = agreement.date();
    if (firstPartOn != null) {
      return !made.isAfter(firstPartOn);
    }
    if (firstPartYearBegins != null && !made.isAfter(firstPartYearBegins)) {
      return Boolean.TRUE;
    }
    return firstPartYearEnds != null && made.isAfter(firstPartYearEnds) ? Boolean.FALSE : null;
  }

  @Implements(value = "I-85", gives = "when a central-exam sitting of the vmbo (VMBO_CE) falls in the route (WVO 10b19(1)-(2)): EARLY (subjects in route leerjaar 1, which the law permits), IN_TIME (up to the last leerjaar a design may hold it in, wet2020.json centralExamRouteYears), LATE (a first or second sitting after it), THIRD_SITTING (the third sitting, which follows the year of the others) or LATE_SITTING_UNKNOWN; null for other exams or an unknown leerjaar")
  public String centralExamTiming(String part, Integer leerjaar, Integer sitting) {
    if (!Codes.ExamPart.VMBO_CE.name().equals(part) || leerjaar == null) {
      return null;
    }
    if (leerjaar <= params.law().trajectory().earlyCentralExamLeerjaar()) {
      return "EARLY";
    }
    if (leerjaar <= java.util.Collections.max(params.law().centralExamRouteYears())) {
      return "IN_TIME";
    }
    // the law numbers the sittings itself (10b19(1)-(2)): the first and second, and the third after them
    return sitting == null ? "LATE_SITTING_UNKNOWN" : sitting == THIRD_SITTING ? "THIRD_SITTING" : "LATE";
  }

  /** The third sitting of the central exam, which the College voor toetsen en examens holds after the year of the others (10b19(2)). */
  private static final int THIRD_SITTING = 3;

  @Implements(value = "I-85", gives = "whether the school must enter a former pupil as candidate for the vmbo exam in this year (WVO 10b19(4)): in route leerjaar 3, when the record shows no whole vmbo exam taken (completed, passed or not, or a vmbo diploma) by the year's first day; not for a GLR whose school offers no BB exam (10b21(4)); null for a GLR when that is unknown")
  public Boolean examCandidateDue(
      Integer leerjaar, LocalDate yearBegins, LocalDate wholeExamTakenOn, boolean glr, Boolean bbFinalExamOffered) {
    if (leerjaar == null || leerjaar != params.law().trajectory().firstInstitutionLeerjaar()) {
      return Boolean.FALSE;
    }
    if (wholeExamTakenOn != null && yearBegins != null && !wholeExamTakenOn.isAfter(yearBegins)) {
      return Boolean.FALSE;
    }
    if (glr) {
      return bbFinalExamOffered == null ? null : bbFinalExamOffered;
    }
    return Boolean.TRUE;
  }

  @Implements(value = "I-85", gives = "the first day a trajectory shows the whole vmbo exam taken: completed (passed or not) or a vmbo diploma awarded; null when it shows neither")
  public LocalDate wholeVmboExamTakenOn(Trajectory t) {
    return earliest(vmboExamCompletedOn(examsOf(t)), vmboPassShownOn(t));
  }

  @Implements(value = "I-85", gives = "whether the results of a central exam sat in route leerjaar 1 or 2 have lapsed (WVO 10b19(5)): the pupil was not promoted at the end of that year; unknown when promotion is not given and the record goes on after that year")
  public Boolean centralExamResultsLapsed(Integer leerjaar, Boolean promoted, boolean laterYearRecorded) {
    if (leerjaar == null || leerjaar > params.law().trajectory().schoolLeerjaren() || Boolean.TRUE.equals(promoted)) {
      return Boolean.FALSE;
    }
    if (Boolean.FALSE.equals(promoted)) {
      return Boolean.TRUE;
    }
    return laterYearRecorded ? null : Boolean.FALSE;
  }

  @Implements(value = "I-85", gives = "whether a student who failed the vmbo exam (WVO 10b19(6)) went on in the route without the overstapoptie: true when a later year in the route began before a vmbo pass was shown; false when a pass was shown later or the student left the route; null when the record shows neither")
  public Boolean continuedAfterFailing(
      LocalDate failedOn, List<LocalDate> inRouteYearsBegin, LocalDate leftOn, LocalDate passShownOn) {
    if (failedOn == null) {
      return null;
    }
    for (LocalDate begins : inRouteYearsBegin) {
      if (begins != null && begins.isAfter(failedOn) && (passShownOn == null || passShownOn.isAfter(begins))) {
        return Boolean.TRUE;
      }
    }
    if (passShownOn != null && passShownOn.isAfter(failedOn) || leftOn != null) {
      return Boolean.FALSE;
    }
    return null;
  }

  @Implements(value = "I-86", gives = "whether the student held a diploma on the day of leaving the route: one awarded on or before that day")
  public boolean diplomaHeldOn(List<Trajectory.Diploma> diplomas, LocalDate day) {
    return day != null && diplomas != null && diplomas.stream()
        .anyMatch(d -> d != null && d.awardedOn() != null && !d.awardedOn().isAfter(day));
  }

  @Implements(value = "I-87", gives = "whether a study advice is a binding negative advice (WEB 8.1.7a): both binding and negative; unknown while either is")
  public Boolean bindingNegativeAdvice(Boolean binding, Boolean negative) {
    if (Boolean.FALSE.equals(binding) || Boolean.FALSE.equals(negative)) {
      return Boolean.FALSE;
    }
    return binding == null || negative == null ? null : Boolean.TRUE;
  }

  @Implements(value = "I-87", gives = "the first day in a year of the route from leerjaar 3 on which the Leerplichtwet no longer applied to the student (wet2020.json trajectory.leerplicht) while the record showed no vmbo diploma yet (WEB 8.5a.14); null when there is none up to the year's end, the day of leaving or the peildatum")
  public LocalDate withoutVmboDiplomaAfterLeerplicht(
      Integer leerjaar, LocalDate birthDate, LocalDate yearBegins, LocalDate yearEnds, LocalDate leftOn, LocalDate asOf,
      LocalDate vmboPassShownOn) {
    LocalDate leerplichtEnds = params.law().trajectory().leerplichtEndsOn(birthDate);
    if (leerjaar == null || leerjaar < params.law().trajectory().firstInstitutionLeerjaar() || leerplichtEnds == null
        || yearBegins == null || yearEnds == null) {
      return null;
    }
    LocalDate from = leerplichtEnds.isAfter(yearBegins) ? leerplichtEnds : yearBegins;
    LocalDate until = earliest(earliest(yearEnds, leftOn), asOf);
    if (from.isAfter(until) || vmboPassShownOn != null && !vmboPassShownOn.isAfter(from)) {
      return null;
    }
    return from;
  }

  @Implements(value = "I-88", gives = "the day from which the structural law judges the facts of every route, experiment routes included (regimes.json allRoutesFrom); null when no regime has one")
  public LocalDate lawForAllRoutesFrom() {
    for (Parameters.Regime r : params.regimes()) {
      if (r.allRoutesFrom() != null) {
        return r.allRoutesFrom();
      }
    }
    return null;
  }

  @Implements(value = "I-88", gives = "whether the student was still in the route on a day: having begun before it, a year of the route begins on or after it before the student left, or the student left on or after it")
  public boolean inRouteOn(LocalDate day, List<Trajectory.Year> years, LocalDate leftOn) {
    if (day == null || years.isEmpty()) {
      return false;
    }
    LocalDate first = yearBegins(years.get(0));
    if (first == null || !first.isBefore(day)) {
      return false; // a route that begins on the day or later was never in it before
    }
    if (leftOn != null && !leftOn.isBefore(day)) {
      return true;
    }
    for (Trajectory.Year y : years) {
      LocalDate begins = yearBegins(y);
      if (begins != null && !begins.isBefore(day) && (leftOn == null || begins.isBefore(leftOn))) {
        return true;
      }
    }
    return false;
  }

  @Implements(value = "I-88", gives = "whether a student who left a route records where the law lets the student go on (law2020.md N-TRANS-3): a fallback or overstapoptie offered, or a year from the day of leaving enrolled at the institution")
  public boolean overstapRecorded(Trajectory.Exit exit, List<Trajectory.Year> years) {
    if (exit == null) {
      return false;
    }
    if (exit.fallback() != null && Boolean.TRUE.equals(exit.fallback().offered())) {
      return true;
    }
    LocalDate leftOn = exit.leftOn();
    return leftOn != null && years.stream().anyMatch(y -> y != null && y.enrolledAt() == Codes.EnrolledAt.INSTITUTION
        && yearBegins(y) != null && !yearBegins(y).isBefore(leftOn));
  }

  @Implements(value = "I-88", gives = "whether a route's design runs on to or past a day: its last school year ends on or after it; null when the start or the study duration is unknown")
  public Boolean designRunsTo(SchoolYear start, Integer years, LocalDate day) {
    LocalDate end = designEnd(start, years);
    return end == null || day == null ? null : !end.isBefore(day);
  }

  @Implements(value = "I-88", gives = "whether a route under the law began before the law did (law2020.md N-TRANS-5): its first school year, else the student's first year, began before 1 August 2020 (looptijd.json structuralLawFrom)")
  public boolean startedBeforeLaw(LocalDate begins) {
    return begins != null && begins.isBefore(params.structuralLawFrom());
  }
}
