package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/**
 * The joint notification to the Minister ({@code melding}, WVO 10b12). There is one when the document
 * gives it or says {@code "NONE"}.
 *
 * @param routeBegins derived: the first day of the route's first school year
 *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record MeldingFact(String path, String routePath, boolean none, LocalDate notifiedOn, Boolean jointly, LocalDate routeBegins,
    String articleText, String regime) implements Located, RouteScoped, LawDated {}
