package nl.routetoets.facts;

/** The project plan of an application ({@code projectPlan}). Always present: an answer not given is a null component. */
public record ProjectPlanFact(
    String path, String documentId, Boolean sharedVision, Boolean organisationPlan, Boolean programmaticWhole)
    implements Located {}
