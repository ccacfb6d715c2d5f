package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;

/**
 * The school's decision to let the pupil follow a geïntegreerde route ({@code glrDecision}, WVO 10b21(1));
 * a fact of every trajectory in a GLR, with null where the record does not say.
 *
 * @param articleText derived: the WVO text in force on the day of the decision, else on the first day of the route (N-LAW-27)
 */
public record GlrDecisionFact(
    String path, String regime, LocalDate decidedOn, Boolean parentsConsulted, Boolean institutionBoardConsulted,
    String articleText) implements Located, LawDated {}
