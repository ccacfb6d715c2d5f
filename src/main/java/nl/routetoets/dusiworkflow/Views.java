package nl.routetoets.dusiworkflow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.routetoets.model.Result.RuleSetRef;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.Overrule;
import tools.jackson.databind.JsonNode;

/** What the workflow shows: applications, versions, decisions, receipts and re-check differences. */
public final class Views {
  private Views() {}

  public record DecisionRequest(String routeId, DecisionOutcome outcome, String motivation, List<Overrule> overrules) {}

  /**
   * Which application a caller means: ids are unique per school, so {@code school} (a BRIN) picks
   * one when the id alone names applications of several schools the caller may see; null otherwise.
   */
  public record ApplicationRef(String id, String school) {
    public static ApplicationRef of(String id) {
      return new ApplicationRef(id, null);
    }
  }

  public record RouteSummary(String routeId, String routeType, String verdict) {}

  /** One line of the reviewer's queue. */
  public record QueueEntry(
      String id, String schoolBrin, String startSchoolYear, ApplicationStatus status, int version, String verdict,
      List<RouteSummary> routes, OffsetDateTime createdAt) {}

  public record DecisionView(
      String routeId, DecisionOutcome outcome, String motivation, List<Overrule> overrules, JsonNode receipt, String decidedBy,
      OffsetDateTime decidedAt, LocalDate decidedOn) {}

  /** A version as received: {@code result} is the check result stored with it, unchanged. */
  public record VersionView(
      int version, String documentSha256, String verdict, RuleSetRef ruleSet, String submittedBy, OffsetDateTime receivedAt,
      List<RouteSummary> routes, JsonNode result, List<DecisionView> decisions) {}

  public record ApplicationView(
      String id, String schoolBrin, String startSchoolYear, ApplicationStatus status, int currentVersion, OffsetDateTime createdAt,
      List<Integer> versions, VersionView current) {}

  public record Changed(JsonNode before, JsonNode after) {}

  /** {@code basis}: RECEIPT when the route was decided (compared with what the reviewer saw), else SUBMISSION. */
  public record RouteDiff(
      String routeId, String basis, String verdictThen, String verdictNow, List<JsonNode> added, List<JsonNode> removed,
      List<Changed> changed) {}

  public record Recheck(
      String id, String schoolBrin, int version, LocalDate asOf, RuleSetRef ruleSetThen, RuleSetRef ruleSetNow, String verdictThen, String verdictNow,
      List<RouteDiff> routes, JsonNode result) {}

  /**
   * Which route under the law a caller means: route ids are unique per school, so {@code school} (a
   * BRIN) picks one when the id alone names routes of several schools the caller may see; null otherwise.
   */
  public record LawRouteRef(String id, String school) {}

  /** One line of the list of routes under the law: the fields of its newest version and that version's verdict. */
  public record LawRouteEntry(
      String id, String schoolBrin, String institutionBrin, String kind, String firstSchoolYear, int version, String verdict,
      OffsetDateTime savedAt, OffsetDateTime createdAt) {}

  /** A save of a route as received: {@code document} is its JSON as sent, {@code result} the check result stored with it. */
  public record LawRouteVersionView(
      int version, String documentSha256, String verdict, RuleSetRef ruleSet, String savedBy, OffsetDateTime savedAt, JsonNode document,
      JsonNode result) {}

  /** One save of a route in the list of its versions. */
  public record LawRouteVersionSummary(int version, String verdict, String savedBy, OffsetDateTime savedAt) {}

  /** A route under the law with its versions, oldest first, and its newest version (the document and its result). */
  public record LawRouteView(
      String id, String schoolBrin, String institutionBrin, String kind, String firstSchoolYear, int currentVersion,
      OffsetDateTime createdAt, List<LawRouteVersionSummary> versions, LawRouteVersionView current) {}
}
