package nl.routetoets.facts;

import java.time.LocalDate;

/** The experiment approval of a trajectory's route ({@code route.approval}); absent when the record names none. */
public record ApprovalFact(
    String path, String documentId, String applicationId, String routeId, LocalDate approvedOn, LocalDate withdrawnOn,
    String withdrawalReason) implements Located {}
