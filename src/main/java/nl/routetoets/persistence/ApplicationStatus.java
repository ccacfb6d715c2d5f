package nl.routetoets.persistence;

/**
 * Where an application stands in the DUS-I workflow: submitted, some routes decided (IN_REVIEW), a
 * route sent back to the school (RETURNED, which takes a new version), or every route decided.
 * Stored by name in {@code application.status}; {@link Columns} is the one place that converts.
 */
public enum ApplicationStatus { SUBMITTED, IN_REVIEW, RETURNED, DECIDED }
