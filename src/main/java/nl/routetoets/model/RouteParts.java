package nl.routetoets.model;

import java.util.List;
import nl.routetoets.model.Codes.ExamScope;
import nl.routetoets.model.Codes.Pathway;
import nl.routetoets.model.Codes.Sector;

/** The parts of a route that applications and trajectories share. */
public final class RouteParts {
  private RouteParts() {}

  public record Vmbo(Sector sector, String profiel, String afdeling) {}

  /** {@code domain}: the opleidingsdomein crebo (79000–79160), its letter a–p or its name. */
  public record Mbo(Integer level, String domain, List<String> qualifications, Pathway pathway, Boolean extendedMiddenkader) {}

  public record Design(Integer years, Hours hours) {}

  public record Hours(Integer total, Integer guided, Integer workplacement) {}

  public record ExamPlan(Boolean sectorSubjectsExcluded, ExamScope vmboExamScope, Integer vmboExamLatestRouteYear) {}
}
