package nl.routetoets.facts;

/**
 * The councils' advice on an application ({@code advice}); {@code parentCouncil} is a code (formats.md). Always
 * present: an answer the form does not give, or a form without the section, is a null component.
 */
public record AdviceFact(
    String path, String documentId, Boolean schoolParticipationCouncil, Boolean studentCouncil, Boolean worksCouncil,
    String parentCouncil) implements Located {}
