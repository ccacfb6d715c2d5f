package nl.routetoets.facts;

/** The work placement in one school year ({@code years[i].workplacement}). */
public record WorkplacementFact(String path, String yearPath, Integer hours, Boolean lightWorkOnly) implements Located {}
