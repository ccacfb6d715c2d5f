package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/** The description of the programme and its examination per year (WVO 10b13(2); {@code design.programmeDescription}); always a fact of a law route. */
public record ProgrammeDescriptionFact(
    String path, String routePath, Boolean perYear, Boolean examinationPerYear, Boolean partsMarked, Boolean inOer, String articleText)
    implements Located, RouteScoped, LawDated {}
