package nl.routetoets.facts;

/**
 * One of the two applying boards ({@code applicant.school}, {@code applicant.institution}).
 *
 * @param party SCHOOL or INSTITUTION
 */
public record PartyFact(String path, String documentId, String party, String brin, Boolean signed) implements Located {}
