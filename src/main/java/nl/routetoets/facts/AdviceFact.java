package nl.routetoets.facts;

/** The councils' advice on an application ({@code advice}); {@code parentCouncil} is a code (formats.md). */
public record AdviceFact(
    String path, String documentId, Boolean schoolParticipationCouncil, Boolean studentCouncil, Boolean worksCouncil,
    String parentCouncil) implements Located {}
