package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;
import nl.routetoets.ruleset.RouteScoped;

/** What only a geïntegreerde route has ({@code glr}, WVO 10b21); a fact of every GLR, with null where unknown. */
public record GlrFact(String path, String routePath, Boolean bbFinalExamOffered, String articleText)
    implements Located, RouteScoped, LawDated {}
