package nl.routetoets.facts;

import nl.routetoets.ruleset.RouteScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * A route ({@code routes[i]} of an application, {@code route} of a trajectory): its own fields and what
 * is derived from them. Its parts (vmbo, mbo, design, hours, exam plan, ...) are facts of their own
 * whose {@code routePath} is this fact's {@code path}.
 *
 * @param documentId the id of the application or trajectory the route is checked in
 * @param routeId the route's id on its application; null for a trajectory's inline route
 * @param origin APPLICATION or TRAJECTORY
 * @param regime derived: the regime of the start year, or the structural law for a route without approval (I-01, I-14, I-18)
 * @param kind derived: the route kind under that regime (I-01): VMR, VMR2, VMR3, TR13, BR, BR_L
 * @param startDate derived: the first day of the start school year
 * @param submittedDate derived, applications only: the submission date in Dutch time (I-19)
 * @param textVersion derived: the text of the decree in force on the first day of the start year, within the regime
 *     (D2013, D2015, D2018, D2019, D2020; null under the structural law): what the route is (I-01, I-62)
 */
public record RouteFact(
    String path, String documentId, String routeId, String origin, String regime, String kind, String routeType,
    boolean technologieroute, String startSchoolYear, LocalDate startDate, LocalDate submittedDate, List<String> leerwegen,
    List<String> extraSubjects, String textVersion) implements Located, RouteScoped {

  @Override
  public String routePath() {
    return path;
  }
}
