package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;

/**
 * A school year in the route judged under the structural law ({@code years[i]}): every year of a route under
 * the law, and the years of an experiment route from 1 August 2022 (I-75). It stands instead of the
 * {@link YearFact} the experiment's rules read; years after the student left the route have none.
 *
 * @param regime always {@code LAW_2020}
 * @param routeKind {@code DLR} or {@code GLR}; null when the route does not say
 * @param startDate derived: the enrolment date, else the first day of the school year (I-21)
 * @param routeLeerjaar derived: the leerjaar of the route as the law counts them (I-82)
 * @param enrolment derived: the enrolment beside the one the law asks in that leerjaar (I-82): AS_REQUIRED,
 *     STILL_AT_SCHOOL, AT_INSTITUTION_EARLY, BOTH or UNKNOWN
 * @param examCandidateDue derived: the school must enter the former pupil as vmbo exam candidate this year (I-85); null when unknown
 * @param withoutVmboDiplomaFrom derived: the first day in this year on which the Leerplichtwet no longer applied and
 *     no vmbo diploma was shown (I-87); null when there is none
 * @param articleText derived: the WVO text in force on the year's first day (N-LAW-27)
 */
public record LawYearFact(
    String path, int index, String regime, String routeKind, String schoolYear, LocalDate startDate, Integer routeLeerjaar,
    Integer vmboLeerjaar, String enrolledAt, String enrolment, Boolean promoted, Boolean mboPartsFollowed,
    Boolean vmboExamCandidate, Boolean examCandidateDue, LocalDate withoutVmboDiplomaFrom, String articleText)
    implements Located, LawDated {}
