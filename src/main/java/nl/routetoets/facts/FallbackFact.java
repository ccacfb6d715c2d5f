package nl.routetoets.facts;

/** The fallback option offered on leaving the route ({@code exit.fallback}), art. 11. */
public record FallbackFact(String path, String documentId, Boolean offered, String targetDiploma) implements Located {}
