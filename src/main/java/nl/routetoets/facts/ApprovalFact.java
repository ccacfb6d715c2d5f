package nl.routetoets.facts;

import java.time.LocalDate;

/**
 * The experiment approval of a trajectory's route ({@code route.approval}); absent when the record names none.
 *
 * @param routeBegins derived: the start of the route's first school year (I-21), which art. 3(1) and 12 hold against the approval
 */
public record ApprovalFact(
    String path, String documentId, String applicationId, String routeId, LocalDate approvedOn, LocalDate withdrawnOn,
    String withdrawalReason, LocalDate routeBegins) implements Located {}
