package nl.routetoets.facts;

/** The applicant of an application ({@code applicant}): who applies; the two parties are {@link PartyFact}s. */
public record ApplicantFact(String path, String documentId, String form) implements Located {}
