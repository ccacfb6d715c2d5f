package nl.routetoets.facts;

/** The samenwerkingsovereenkomst of an application ({@code agreement}); absent when the form has none. */
public record AgreementFact(
    String path, String documentId, String kind, Boolean facilities, Boolean governance, Boolean fallback,
    Boolean complaints, Boolean sectorAndDomain, Boolean employersInQualificationChoice, Boolean employersInSetup)
    implements Located {}
