package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/** The description of the programme and its examination per year (WVO 10b13(2); {@code design.programmeDescription}); always a fact of a law route. *
 * @param regime always {@code LAW_2020}, as the route it is part of: so that a rule names its regime without joining the route
 */
public record ProgrammeDescriptionFact(
    String path, String routePath, Boolean perYear, Boolean examinationPerYear, Boolean partsMarked, Boolean inOer, String articleText, String regime)
    implements Located, RouteScoped, LawDated {}
