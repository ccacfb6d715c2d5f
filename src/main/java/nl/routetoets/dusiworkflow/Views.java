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

  // ---- the reviewer's desk (issue 13): the worklist, assignment, decision terms, reasons for the whole form ----

  /**
   * The decision term of an application: the date by which the Minister decides on applications for its start school
   * year (UR art. 4(1), art. 5(2); interpretations.md I-90), read from the rule set's application rounds, with the
   * round's source and interpretation. Null where the start year has no round.
   */
  public record Term(LocalDate decisionBy, String source, String interpretation) {}

  /**
   * Where an application stands against its term on a day: open and past its term, open and due by the week's end,
   * open and due later, open without a known term, with the school (returned), or decided.
   */
  public enum Urgency { OVERDUE, THIS_WEEK, LATER, NO_TERM, WITH_SCHOOL, DECIDED }

  /**
   * What the worklist is asked. Null or blank means "any". {@code search}: part of the id, the school's name or BRIN;
   * {@code assignee}: "me", "none" or an account's name; {@code due}: "week" or "overdue"; {@code sort}: term,
   * received, id, school, year, status or assignee; {@code direction}: asc or desc; {@code page} from 1;
   * {@code today}: the day "this week" and "overdue" are counted from.
   */
  public record WorklistRequest(
      String search, String startSchoolYear, String routeType, String verdict, String status, String brin, String assignee,
      String due, String sort, String direction, int page, int size, LocalDate today) {}

  /** One line of the worklist. */
  public record WorklistEntry(
      String id, String schoolBrin, String schoolName, String startSchoolYear, ApplicationStatus status, int version, String verdict,
      List<RouteSummary> routes, OffsetDateTime createdAt, String assignedTo, OffsetDateTime assignedAt, Term term, Urgency urgency) {}

  /**
   * One page of the worklist, with the counts a reviewer starts the day with: open applications due from {@code today}
   * to {@code weekEnd}, open ones past their term, those assigned to the caller and those assigned to nobody.
   */
  public record Worklist(
      List<WorklistEntry> entries, int total, int page, int pages, int size, String sort, boolean descending, LocalDate today,
      LocalDate weekEnd, int dueThisWeek, int overdue, int mine, int unassigned) {}

  /** What the desk knows of one application beside the workflow's view: its school's name, who has it, its term. */
  public record DeskView(
      String schoolName, String assignedTo, OffsetDateTime assignedAt, Term term, Urgency urgency, LocalDate today, List<String> reviewers) {}

  /** A finding about the whole form of the current version, with the reason given for it once (null: none yet). */
  public record FormFinding(int index, JsonNode finding, String key, String reason, String givenBy, OffsetDateTime givenAt) {}
}
