package nl.routetoets.model;

import java.util.List;
import nl.routetoets.model.Codes.ExamScope;
import nl.routetoets.model.Codes.Location;
import nl.routetoets.model.Codes.Pathway;
import nl.routetoets.model.Codes.Sector;

/** The parts of a route that applications and trajectories share. */
public final class RouteParts {
  private RouteParts() {}

  public record Vmbo(Sector sector, String profiel, String afdeling) {}

  /**
   * {@code domain}: the opleidingsdomein crebo (79000–79160), its letter a–p or its name; {@code "NONE"}
   * for an entree programme under the law. {@code programmeYears} (1–3) and {@code relatedToVo} belong
   * to routes under the law (formats.md §5); the reader refuses them on an experiment route.
   */
  public record Mbo(
      Integer level, String domain, List<String> qualifications, Pathway pathway, Boolean extendedMiddenkader,
      Integer programmeYears, Boolean relatedToVo) {}

  /**
   * {@code years} and {@code hours} are common; the other parts belong to routes under the law
   * (formats.md §5), and the reader refuses them on an experiment route.
   */
  public record Design(
      Integer years, Hours hours, List<Location> locations, LawParts.CentralExamRouteYear vmboCentralExamRouteYear,
      LawParts.ReducedHours reducedHours, LawParts.ProgrammeDescription programmeDescription, LawParts.Teams teams) {}

  public record Hours(Integer total, Integer guided, Integer workplacement) {}

  public record ExamPlan(Boolean sectorSubjectsExcluded, ExamScope vmboExamScope, Integer vmboExamLatestRouteYear) {}
}
