package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;

/**
 * The fallback option offered on leaving the route ({@code exit.fallback}): art. 11 of the decree, and under
 * the structural law the overstapoptie (WVO 10b20), with the level judged jointly by both boards.
 *
 * @param regime derived: the regime of the day of leaving, as {@link ExitFact#regime()}
 * @param articleText derived: the WVO text in force on the day of leaving (N-LAW-27); null before the law
 */
public record FallbackFact(
    String path, String documentId, Boolean offered, String targetDiploma, String regime, Boolean levelJudgedJointly,
    Boolean sameInstitution, String articleText) implements Located, LawDated {}
