package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;

/**
 * A student still in a route that began as an experiment (or without approval before the law) on the day
 * the structural law took over every route, 1 August 2022 (law2020.md N-TRANS-2, N-TRANS-3; I-88). Its path
 * is the trajectory's route.
 *
 * @param switchDate the day the law judges every route from (regimes.json allRoutesFrom)
 * @param leerwegLeadsToLevel derived: the student's start leerweg may lead to the route's mbo level in a doorlopende
 *     leerroute (WVO 10b10(3), I-83); null when either is unknown
 * @param overstapRecorded derived: the student left the route with a fallback offered, or went on enrolled at the institution (I-88)
 * @param designRunsPastSwitch derived: the route's design runs on to or past the switch (I-88); null when unknown
 * @param articleText the WVO text in force on the switch date (N-LAW-27)
 */
public record PassageFact(
    String path, String regime, LocalDate switchDate, String startLeerweg, Integer level, Boolean leerwegLeadsToLevel,
    boolean overstapRecorded, Boolean designRunsPastSwitch, LocalDate designEnd, String articleText)
    implements Located, LawDated {}
