package nl.routetoets.facts;

import java.time.LocalDate;

/**
 * When the basisberoepsopleiding that an mbo-2 diploma of a trajectory stands for was completed: one
 * per {@code MBO_2} diploma with a date. Derived, not read: the versions of art. 7(3) and art. 16a that
 * apply are those in force on this day (I-01, I-02, I-62). Findings about it point at the diploma.
 *
 * @param path the path of the diploma ({@code diplomas[i]})
 * @param completedOn derived: the first passed level-2 mbo exam up to the diploma, else the diploma's date (I-02)
 * @param regime derived: the regime of that day (I-01), or the structural law for a route without approval (I-14)
 * @param textVersion derived: the text of the decree in force on that day, within the regime (I-01, I-62): which
 *     art. 7(3) applies, and whether art. 16a does
 */
public record BasisberoepsopleidingFact(String path, LocalDate completedOn, String regime, String textVersion)
    implements Located {}
