package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;

/**
 * A study advice of the institution ({@code studyAdvice[i]}, WEB 8.1.7a) given under the structural law.
 *
 * @param bindingNegative derived: binding and negative both; null while either is unknown (I-87)
 * @param inRoute derived: given before the student left the route (or on an unknown day)
 * @param articleText derived: the WVO text in force on the day it was given (N-LAW-27)
 */
public record StudyAdviceFact(
    String path, int index, String regime, LocalDate givenOn, Boolean binding, Boolean negative, Boolean bindingNegative,
    boolean inRoute, String articleText) implements Located, LawDated {}
