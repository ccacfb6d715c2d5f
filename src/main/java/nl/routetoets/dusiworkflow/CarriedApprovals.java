package nl.routetoets.dusiworkflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.InputError;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.ApplicationStore.ApplicationRow;
import nl.routetoets.persistence.ApplicationStore.DecisionRow;
import nl.routetoets.persistence.ApplicationStore.RouteRow;
import nl.routetoets.persistence.ApplicationStore.VersionRow;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.Overrule;
import nl.routetoets.security.Caller;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A route approved in the version before stays approved in the new version when the school did not
 * change it (issue 13): its content as the checker reads it (the route of the application, formats.md
 * §1, every field) is the same in both versions. The approval is recorded again on the new version as a
 * decision of its own, with a receipt of what the new version shows, so that everything that reads the
 * decisions of a version (the reviewer's page, the queue's status, a trajectory's {@code route.ref}) sees
 * it. It is not carried over when the new version shows a VIOLATION the approval did not overrule with a
 * reason (a changed part of the form, or other rules): an approval must overrule each violation it goes
 * against (interpretations.md I-41), so such a route is decided again. Every outcome, carried over or not,
 * is written to the audit log in Dutch.
 */
final class CarriedApprovals {
  private final ApplicationStore store;
  private final AuditLog audit;

  CarriedApprovals(ApplicationStore store, AuditLog audit) {
    this.store = store;
    this.audit = audit;
  }

  /** Carries the approvals of {@code previous} over to {@code current} where the route is unchanged; true if any was. */
  boolean carryOver(Caller caller, ApplicationRow app, VersionRow previous, VersionRow current, Application now) {
    List<DecisionRow> approved = store.decisions(previous.id()).stream().filter(d -> d.outcome() == DecisionOutcome.APPROVED).toList();
    if (approved.isEmpty()) {
      return false;
    }
    Map<String, ApplicationRoute> before = routes(previous.document());
    Map<String, ApplicationRoute> after = new LinkedHashMap<>();
    if (now.routes() != null) {
      now.routes().forEach(r -> after.putIfAbsent(r.routeId(), r));
    }
    List<String> routeIds = store.routes(current.id()).stream().map(RouteRow::routeId).toList();
    String object = ApplicationWorkflow.objectId(app);
    boolean any = false;
    for (DecisionRow d : approved) {
      String routeId = d.routeId();
      Origin origin = Origin.of(d, previous.version());
      ApplicationRoute then = before.get(routeId);
      ApplicationRoute route = after.get(routeId);
      if (route == null) {
        audit.append(caller.name(), AuditAction.APPROVAL_NOT_CARRIED_OVER, object,
            "Route " + routeId + " (goedgekeurd in versie " + origin.version() + ") staat niet meer in versie " + current.version() + ".");
        continue;
      }
      if (then == null || !then.equals(route)) {
        audit.append(caller.name(), AuditAction.APPROVAL_NOT_CARRIED_OVER, object,
            "Route " + routeId + " is gewijzigd sinds versie " + previous.version() + ": de goedkeuring uit versie " + origin.version()
                + " geldt niet voor versie " + current.version() + "; de route wordt opnieuw beoordeeld.");
        continue;
      }
      List<JsonNode> shown = Findings.ofRoute(current.result(), routeId);
      Set<String> shownKeys = shown.stream().map(Findings::key).collect(Collectors.toSet());
      // an overrule of a finding the new version no longer shows has nothing to overrule
      List<Overrule> overrules = d.overrules().stream()
          .filter(o -> shownKeys.contains(Findings.key(o.norm(), o.path(), o.rule()))).toList();
      String motivation = "Goedgekeurd in versie " + origin.version() + " (motivering: " + origin.motivation() + "). De route is in versie "
          + current.version() + " niet gewijzigd, dus de goedkeuring blijft staan.";
      DecisionRequest request = new DecisionRequest(routeId, DecisionOutcome.APPROVED, motivation, overrules);
      List<InputError> refused = Decisions.validate(request, routeIds, shown);
      if (!refused.isEmpty()) {
        String norms = shown.stream().filter(ApplicationWorkflow::isViolation)
            .filter(f -> overrules.stream().noneMatch(o -> Findings.key(o.norm(), o.path(), o.rule()).equals(Findings.key(f))))
            .map(f -> f.path("norm").asString()).distinct().collect(Collectors.joining(", "));
        audit.append(caller.name(), AuditAction.APPROVAL_NOT_CARRIED_OVER, object,
            "Route " + routeId + " is ongewijzigd sinds versie " + previous.version() + ", maar de goedkeuring blijft niet staan: versie "
                + current.version() + " heeft een schending die bij de goedkeuring niet is overruled (" + norms
                + "); de route wordt opnieuw beoordeeld.");
        continue;
      }
      ObjectNode receipt = ApplicationWorkflow.receipt(app, current, current.result(), routeId, shown);
      ObjectNode carried = receipt.putObject("carriedOver");
      carried.put("fromVersion", origin.version());
      carried.put("decidedBy", origin.decidedBy());
      carried.put("decidedOn", origin.decidedOn());
      carried.put("motivation", origin.motivation());
      store.insertDecision(new DecisionRow(0, current.id(), routeId, DecisionOutcome.APPROVED, motivation, overrules, receipt,
          d.decidedBy(), d.decidedAt(), d.decidedOn()));
      audit.append(caller.name(), AuditAction.APPROVAL_CARRIED_OVER, object,
          "Route " + routeId + " blijft goedgekeurd in versie " + current.version() + ": ongewijzigd sinds versie " + previous.version()
              + " (goedgekeurd in versie " + origin.version() + " door " + origin.decidedBy() + " op " + origin.decidedOn() + ").");
      any = true;
    }
    return any;
  }

  /** The version in which an approval was decided, by whom, when and why: a carried-over approval names its origin. */
  private record Origin(int version, String decidedBy, String decidedOn, String motivation) {
    static Origin of(DecisionRow d, int version) {
      JsonNode c = d.receipt() == null ? null : d.receipt().path("carriedOver");
      if (c != null && c.isObject()) {
        return new Origin(c.path("fromVersion").asInt(version), c.path("decidedBy").asString(d.decidedBy()),
            c.path("decidedOn").asString(String.valueOf(d.decidedOn())), c.path("motivation").asString(d.motivation()));
      }
      return new Origin(version, d.decidedBy(), String.valueOf(d.decidedOn()), d.motivation());
    }
  }

  /** The routes of a stored version by id, as the checker reads them; none when it no longer reads. */
  private static Map<String, ApplicationRoute> routes(byte[] document) {
    Map<String, ApplicationRoute> routes = new LinkedHashMap<>();
    List<SourcedDocument> read = Checks.read(document, false);
    if (read.size() == 1 && read.get(0).valid() && read.get(0).document() instanceof Application app && app.routes() != null) {
      app.routes().forEach(r -> routes.putIfAbsent(r.routeId(), r));
    }
    return routes;
  }
}
