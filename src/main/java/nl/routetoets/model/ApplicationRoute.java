package nl.routetoets.model;

import java.util.List;
import nl.routetoets.model.Codes.Leerweg;
import nl.routetoets.model.Codes.RouteType;

/** One route requested on an application form (UR2015 art. 2(5)). */
public record ApplicationRoute(
    String routeId,
    RouteType routeType,
    List<Leerweg> leerwegen,
    RouteParts.Vmbo vmbo,
    RouteParts.Mbo mbo,
    RouteParts.Design design,
    RouteParts.ExamPlan exams,
    List<String> extraSubjects,
    OfferedPreviousYear offeredPreviousYear,
    Exclusions exclusions,
    Oer oer) {

  public record OfferedPreviousYear(Boolean school, Boolean institution) {}

  public record Exclusions(Boolean mboQualityInsufficient, Boolean leerwegResultsDeficient, Boolean inBolBblExperiment) {}

  public record Oer(Boolean programmeWithHours, Boolean fallbackExecution) {}
}
