package nl.routetoets.facts;

import java.time.LocalDate;
import nl.routetoets.ruleset.LawDated;

/**
 * A route under the structural law that began before the law did, 1 August 2020 (law2020.md N-TRANS-5):
 * a fact only then. Its path is the school year that shows it: the route's {@code firstSchoolYear}, else the
 * student's first year.
 *
 * @param articleText the WVO text in force on that day: none before the law, so the finding cites the WVO of 2020
 */
public record LawStartFact(String path, String regime, String schoolYear, LocalDate begins, String articleText)
    implements Located, LawDated {}
