package nl.routetoets.persistence;

/**
 * Which of the school's forms a draft is of: the application form (also a new version of a returned
 * application) or the plan of a route under the law. Stored by name in {@code form_draft.kind}.
 */
public enum DraftKind { APPLICATION, ROUTE }
