package nl.routetoets.oldfacts;

import java.util.ArrayList;
import java.util.List;
import nl.routetoets.model.Codes;
import nl.routetoets.model.RouteParts;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.ruleset.Reference;

/** Builds the route facts both applications and trajectories share. */
public final class RouteFacts {
  private RouteFacts() {}

  /** The route part of a fact; the caller adds what only its document knows. */
  public static OldRouteFact route(
      String path, Codes.RouteType type, List<Codes.Leerweg> leerwegen, RouteParts.Vmbo vmbo, RouteParts.Mbo mbo,
      RouteParts.Design design, RouteParts.ExamPlan exams, SchoolYear start, Parameters params, Reference reference) {
    String regime = start == null ? null : params.regimeAt(start.firstDay());
    String routeType = name(type);
    Integer level = mbo == null ? null : mbo.level();
    Boolean extended = mbo == null ? null : mbo.extendedMiddenkader();
    Integer years = design == null ? null : design.years();
    RouteParts.Hours hours = design == null ? null : design.hours();
    String domain = mbo == null ? null : mbo.domain();
    return new OldRouteFact()
        .path(path)
        .regime(regime)
        .kind(params.kindOf(regime, routeType, level, extended))
        .routeType(routeType)
        .technologieroute(type == Codes.RouteType.TECHNOLOGIEROUTE)
        .startSchoolYear(start == null ? null : start.toString())
        .startDate(start == null ? null : start.firstDay())
        .leerwegen(leerwegen == null ? null : leerwegen.stream().map(Enum::name).toList())
        .sector(vmbo == null ? null : name(vmbo.sector()))
        .profiel(vmbo == null ? null : vmbo.profiel())
        .afdeling(vmbo == null ? null : vmbo.afdeling())
        .technicalSector(technicalSector(vmbo, reference))
        .level(level)
        .domain(domain)
        .domainLetter(reference.domainLetter(domain))
        .qualifications(mbo == null || mbo.qualifications() == null ? null : List.copyOf(mbo.qualifications()))
        .pathway(mbo == null ? null : name(mbo.pathway()))
        .extended(extended)
        .years(years)
        .designEnd(start == null || years == null || years < 1 ? null : start.plus(years - 1).lastDay())
        .hoursTotal(hours == null ? null : hours.total())
        .hoursGuided(hours == null ? null : hours.guided())
        .hoursWorkplacement(hours == null ? null : hours.workplacement())
        .sectorSubjectsExcluded(exams == null ? null : exams.sectorSubjectsExcluded())
        .examScope(exams == null ? null : name(exams.vmboExamScope()))
        .examLatestRouteYear(exams == null ? null : exams.vmboExamLatestRouteYear());
  }

  /**
   * One fact per qualification named for the route, with its level, domain and list from the reference
   * data, and whether that list was valid for a route starting in {@code start} (interpretations.md I-50).
   */
  public static List<OldQualificationFact> qualifications(
      String routePath, RouteParts.Mbo mbo, SchoolYear start, Parameters params, Reference reference) {
    List<OldQualificationFact> facts = new ArrayList<>();
    if (mbo == null || mbo.qualifications() == null) {
      return facts;
    }
    for (int i = 0; i < mbo.qualifications().size(); i++) {
      String crebo = mbo.qualifications().get(i);
      Reference.Qualification q = reference.qualification(crebo);
      facts.add(new OldQualificationFact()
          .path(routePath + ".mbo.qualifications[" + i + "]")
          .routePath(routePath)
          .crebo(crebo)
          .known(q != null)
          .level(q == null ? null : q.level())
          .domainLetter(q == null ? null : q.domainLetter())
          .name(q == null ? null : q.name())
          .structure(q == null ? null : q.structure())
          .structureName(q == null || params.qualificationStructure(q.structure()) == null ? null
              : params.qualificationStructure(q.structure()).name())
          .validAtStart(q == null ? null : params.qualificationStructureValidAt(q.structure(), start == null ? null : start.firstDay())));
    }
    return facts;
  }

  /**
   * Sector techniek or landbouw, or (from 2016) a technical profiel or Groen, the successor of
   * landbouw (interpretations.md I-05); null when neither sector nor profiel is known.
   */
  static Boolean technicalSector(RouteParts.Vmbo vmbo, Reference reference) {
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

  public static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
