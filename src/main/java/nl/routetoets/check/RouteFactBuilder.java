package nl.routetoets.check;

import java.util.List;
import java.util.function.Consumer;
import nl.routetoets.facts.DesignFact;
import nl.routetoets.facts.DurationAgainstBandFact;
import nl.routetoets.facts.ExamPlanFact;
import nl.routetoets.facts.HoursAgainstNormFact;
import nl.routetoets.facts.MboPartFact;
import nl.routetoets.facts.QualificationFact;
import nl.routetoets.facts.UnansweredFact;
import nl.routetoets.facts.VmboPartFact;
import nl.routetoets.model.Codes;
import nl.routetoets.model.RouteParts;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.ruleset.Derivations;
import nl.routetoets.ruleset.Parameters;
import nl.routetoets.ruleset.Reference;

/** The facts of a route's parts, which applications and trajectories share: one per JSON object present. */
final class RouteFactBuilder {
  private final Derivations derive;
  private final Parameters params;
  private final Reference reference;

  RouteFactBuilder(Derivations derive, Parameters params, Reference reference) {
    this.derive = derive;
    this.params = params;
    this.reference = reference;
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** {@code kind}: the route kind under the regime of its start, which the derived facts need (null when none). */
  void parts(
      String routePath, String kind, List<?> leerwegen, RouteParts.Vmbo vmbo, RouteParts.Mbo mbo, RouteParts.Design design, RouteParts.ExamPlan exams,
      SchoolYear start, Consumer<Object> out) {
    if (vmbo != null) {
      out.accept(new VmboPartFact(routePath + ".vmbo", routePath, name(vmbo.sector()), vmbo.profiel(), vmbo.afdeling(),
          derive.technicalSector(vmbo)));
    }
    if (mbo != null) {
      out.accept(new MboPartFact(routePath + ".mbo", routePath, mbo.level(), mbo.domain(), reference.domainLetter(mbo.domain()),
          mbo.qualifications() == null ? null : List.copyOf(mbo.qualifications()), name(mbo.pathway()),
          mbo.extendedMiddenkader()));
      qualifications(routePath, mbo, start, out);
    }
    if (design != null) {
      out.accept(new DesignFact(routePath + ".design", routePath, design.years(), derive.designEnd(start, design.years())));
    }
    unanswered(routePath, "leerwegen", leerwegen == null || leerwegen.isEmpty() ? null : leerwegen, out);
    unanswered(routePath, "mbo.level", mbo == null ? null : mbo.level(), out);
    unanswered(routePath, "mbo.domain", mbo == null ? null : mbo.domain(), out);
    unanswered(routePath, "mbo.pathway", mbo == null ? null : mbo.pathway(), out);
    unanswered(routePath, "mbo.qualifications", mbo == null || mbo.qualifications() == null || mbo.qualifications().isEmpty()
        ? null : mbo.qualifications(), out);
    unanswered(routePath, "vmbo.sector", vmbo == null ? null : vmbo.sector(), out);
    unanswered(routePath, "vmbo.profiel", vmbo == null ? null : vmbo.profiel(), out);
    unanswered(routePath, "exams.vmboExamLatestRouteYear", exams == null ? null : exams.vmboExamLatestRouteYear(), out);
    unanswered(routePath, "exams.sectorSubjectsExcluded", exams == null ? null : exams.sectorSubjectsExcluded(), out);
    durationAgainstBand(routePath, kind, design, start, out);
    hoursAgainstNorm(routePath, kind, mbo, design, start, out);
    if (exams != null) {
      out.accept(new ExamPlanFact(routePath + ".exams", routePath, exams.sectorSubjectsExcluded(), name(exams.vmboExamScope()),
          exams.vmboExamLatestRouteYear()));
    }
  }

  private static void unanswered(String routePath, String field, Object answer, Consumer<Object> out) {
    if (answer == null) {
      out.accept(new UnansweredFact(routePath + "." + field, routePath, field));
    }
  }

  /** Every route of a known kind has one, also without a design: a rule then finds its duration unknown within it. */
  private void durationAgainstBand(String routePath, String kind, RouteParts.Design design, SchoolYear start, Consumer<Object> out) {
    if (kind == null) {
      return;
    }
    out.accept(new DurationAgainstBandFact(routePath + ".design", routePath, kind, design == null ? null : design.years(),
        derive.durationBand(kind, start), derive.extendedDurationBand(kind, start),
        derive.regularDurationBand(kind, start)));
  }

  private void hoursAgainstNorm(
      String routePath, String kind, RouteParts.Mbo mbo, RouteParts.Design design, SchoolYear start, Consumer<Object> out) {
    if (mbo == null || design == null || design.years() == null) {
      return;
    }
    Parameters.HourNorm norm = derive.hourNorm(kind, name(mbo.pathway()), design.years(), start);
    if (norm != null) {
      RouteParts.Hours h = design.hours();
      out.accept(new HoursAgainstNormFact(routePath + ".design.hours", routePath, name(mbo.pathway()), design.years(), norm,
          h == null ? null : h.total(), h == null ? null : h.guided(), h == null ? null : h.workplacement()));
    }
  }

  /** One fact per qualification named, with its level, domain and list from the reference data. */
  private void qualifications(String routePath, RouteParts.Mbo mbo, SchoolYear start, Consumer<Object> out) {
    if (mbo.qualifications() == null) {
      return;
    }
    for (int i = 0; i < mbo.qualifications().size(); i++) {
      String crebo = mbo.qualifications().get(i);
      Reference.Qualification q = reference.qualification(crebo);
      Parameters.QualificationStructure structure = q == null ? null : params.qualificationStructure(q.structure());
      out.accept(new QualificationFact(routePath + ".mbo.qualifications[" + i + "]", routePath, crebo, q != null,
          q == null ? null : q.level(), q == null ? null : q.domainLetter(), q == null ? null : q.name(),
          q == null ? null : q.structure(), structure == null ? null : structure.name(),
          q == null ? null : derive.qualificationValidAtStart(q.structure(), start), mbo.level(),
          reference.domainLetter(mbo.domain())));
    }
  }

  /** The application round for a route kind and start school year. */
  Parameters.Round round(String kind, SchoolYear start) {
    return derive.applicationRound(kind, start);
  }

  /** Whether the route is a technologieroute as D2015 means it (I-05). */
  boolean technologieroute(Codes.RouteType type, RouteParts.Vmbo vmbo) {
    return derive.technologieroute(type, vmbo);
  }

  /** The text of the decree a route is read under: that of the first day of its start year, within its regime (I-62). */
  String textVersion(String regime, SchoolYear start) {
    return derive.textVersion(regime, start == null ? null : start.firstDay());
  }

  /** The route kind from the route type and mbo part under a regime. */
  String kind(String regime, Codes.RouteType type, RouteParts.Mbo mbo) {
    return derive.kindOf(regime, type, mbo == null ? null : mbo.level(), mbo == null ? null : mbo.extendedMiddenkader());
  }
}
