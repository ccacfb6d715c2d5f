package nl.routetoets.facts;

/** The reviewer's assessment of an application ({@code assessment}), UR art. 3. Always present: a criterion not judged is null. */
public record AssessmentFact(
    String path, String documentId, Boolean executionFeasible, Boolean businessInvolved, Boolean readyToStart,
    Boolean sufficientSupport, Boolean risksManaged) implements Located {}
