package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.Parameters.Round;
import nl.routetoets.ruleset.RouteScoped;

/**
 * An application's submission and decision dates beside the application round for one of its routes
 * ({@code routes[i]}): one fact, so that a rule compares them within it and a form submitted and
 * decided in time wakes no rule. There is one for each route of a known kind and start year that a
 * round in aanvraagrondes.json covers.
 *
 * @param round derived: the round for the route's kind and start school year (I-03, I-19)
 * @param submittedDate derived: the submission instant as a date in Dutch time (I-19)
 */
public record SubmissionAgainstRoundFact(String path, String routePath, Round round, LocalDate submittedDate, LocalDate decidedOn)
    implements Located, RouteScoped {}
