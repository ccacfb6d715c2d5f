package nl.routetoets.persistence;

/** A reviewer's decision on one route. Stored by name in {@code decision.outcome}; {@link Columns} is the one place that converts. */
public enum DecisionOutcome { APPROVED, REJECTED, RETURNED }
