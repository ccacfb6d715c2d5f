package nl.routetoets.facts;

/**
 * The work placement in one school year ({@code years[i].workplacement}).
 *
 * @param ageAtYearStart derived: the student's age in whole years at the start of that school year (I-21), as on its
 *     {@link YearFact}, so that the rules for students under 16 test it within this fact
 */
public record WorkplacementFact(String path, String yearPath, Integer hours, Boolean lightWorkOnly, Integer ageAtYearStart)
    implements Located {}
