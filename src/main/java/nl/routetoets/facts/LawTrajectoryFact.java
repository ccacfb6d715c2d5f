package nl.routetoets.facts;

import nl.routetoets.ruleset.LawDated;

/**
 * A trajectory judged under the structural law from its start: a route under the law ({@code route.kind}),
 * or a route without an experiment approval that began on or after 1 August 2020 (law2020.md N-TRANS-4).
 * What the law asks of the student's entry into the route.
 *
 * @param routeKind {@code DLR} or {@code GLR}; null for a route that does not say (an experiment-shaped route without approval)
 * @param experimentShaped the route is written as an experiment route (no {@code kind}), without approval (N-TRANS-4)
 * @param level the mbo level of the route's programme
 * @param startLeerwegAllowed derived: the start leerweg may lead to that level in a route of this kind
 *     ({@code Derivations.leerwegAllowedIn}, I-73, I-80, I-83); null when unknown
 * @param entry derived: the vmbo leerjaar of the first year beside the third leerjaar of WVO 10b10(2): EARLY, AT or LATE (I-82)
 * @param articleText derived: the WVO text in force on the first day of the student's first year (N-LAW-27)
 */
public record LawTrajectoryFact(
    String path, String documentId, String regime, String routeKind, boolean experimentShaped, String startLeerweg,
    Integer level, Boolean startLeerwegAllowed, Integer firstVmboLeerjaar, String entry, String articleText)
    implements Located, LawDated {}
