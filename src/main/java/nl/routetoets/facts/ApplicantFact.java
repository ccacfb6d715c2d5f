package nl.routetoets.facts;

/**
 * The applicant of an application ({@code applicant}): who applies; the two parties are {@link PartyFact}s, present
 * when the form names them. Always present: a form without the section has a null {@code form}.
 */
public record ApplicantFact(String path, String documentId, String form) implements Located {}
