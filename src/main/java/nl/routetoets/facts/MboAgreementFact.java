package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;

/**
 * The agreement between the institution and a pupil who follows mbo parts while a pupil of the school
 * ({@code mboAgreementOn}, WEB 8.5a.6); a fact only when the record shows such parts followed under the law.
 *
 * @param none the record says there is no agreement ({@code "NONE"})
 * @param firstPartYearPath the first year of the route as a pupil in which mbo parts were followed; null when only
 *     {@code firstMboPartOn} shows them
 * @param beforeFirstPart derived: the agreement was made on or before the first mbo part (I-84); null when unknown
 * @param articleText derived: the WVO text in force on the day of the first mbo part (N-LAW-27)
 */
public record MboAgreementFact(
    String path, String regime, boolean none, LocalDate agreementOn, LocalDate firstMboPartOn, String firstPartYearPath,
    Boolean beforeFirstPart, String articleText) implements Located, LawDated {}
