package nl.routetoets.dusiworkflow;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.dusiworkflow.Views.ApplicationRef;
import nl.routetoets.dusiworkflow.Views.ApplicationView;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.dusiworkflow.Views.DecisionView;
import nl.routetoets.dusiworkflow.Views.QueueEntry;
import nl.routetoets.dusiworkflow.Views.Recheck;
import nl.routetoets.dusiworkflow.Views.RouteDiff;
import nl.routetoets.dusiworkflow.Views.RouteSummary;
import nl.routetoets.dusiworkflow.Views.VersionView;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.Codes.RouteType;
import nl.routetoets.model.DocumentIds;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Printable;
import nl.routetoets.model.Result;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Severity;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.ApplicationStatus;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.ApplicationStore.ApplicationRow;
import nl.routetoets.persistence.ApplicationStore.DecisionRow;
import nl.routetoets.persistence.ApplicationStore.NewVersion;
import nl.routetoets.persistence.ApplicationStore.QueueFilter;
import nl.routetoets.persistence.ApplicationStore.RouteRow;
import nl.routetoets.persistence.ApplicationStore.VersionRow;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.Overrule;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applications from submission to decision. A school sees only its own BRINs' applications; to any
 * other caller without the right they do not exist (404), so their existence does not leak.
 */
@Service
public class ApplicationWorkflow {
  /**
   * Said to whoever sends a {@code route} document here, in Dutch and English: under the structural law
   * there is no application to DUS-I, so this workflow only takes the applications of the experiment.
   */
  public static final String NO_APPLICATION_UNDER_THE_LAW = "Een route onder de Wet sterk beroepsonderwijs (een doorlopende"
      + " leerroute of geïntegreerde route) vraagt geen aanvraag bij DUS-I: leg de route vast met POST " + LawRoutes.ROUTES
      + ". Aanvragen zijn er alleen voor routes van het experiment. / A route under the Wet sterk beroepsonderwijs (a DLR or"
      + " GLR) needs no application to DUS-I: record it with POST " + LawRoutes.ROUTES + ". Applications are for experiment"
      + " routes only.";

  private final Checks checks;
  private final ApplicationStore store;
  private final AuditLog audit;
  private final Clock clock;

  public ApplicationWorkflow(Checks checks, ApplicationStore store, AuditLog audit, Clock clock) {
    this.checks = checks;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** A school's new application: checked, then stored as received with its result. */
  @Transactional
  public ApplicationView submit(Caller caller, byte[] body, LocalDate asOf) {
    Submission s = checkSubmission(caller, body, asOf);
    // unique per school: a school learns only of its own ids, never that another school used one
    if (store.find(s.brin(), s.app().id()).isPresent()) {
      throw Refused.conflict("your school " + s.brin() + " already has an application \"" + s.app().id() + "\"; a returned"
          + " application gets a new version with POST /api/v1/applications/{id}/versions");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id = store.insertApplication(s.app().id(), s.brin(), schoolYear(s.app()), ApplicationStatus.SUBMITTED, now);
    storeVersion(caller, id, 1, body, s, now);
    store.updateState(id, ApplicationStatus.SUBMITTED, 1, schoolYear(s.app()));
    audit.append(caller.name(), AuditAction.APPLICATION_SUBMITTED, objectId(s.brin(), s.app().id()),
        "version 1, verdict " + s.result().verdict());
    return view(caller, new ApplicationRef(s.app().id(), s.brin()));
  }

  /** A new version of a returned application; earlier versions and their decisions stay. */
  @Transactional
  public ApplicationView submitVersion(Caller caller, ApplicationRef ref, byte[] body, LocalDate asOf) {
    ApplicationRow row = visible(caller, ref);
    String id = row.documentId();
    Submission s = checkSubmission(caller, body, asOf);
    if (!id.equals(s.app().id())) {
      throw Refused.invalid("id", "a new version keeps the application's id \"" + id + "\", not \"" + s.app().id() + "\"");
    }
    if (!row.schoolBrin().equals(s.brin())) {
      throw Refused.invalid("applicant.school.brin", "a new version keeps the school " + row.schoolBrin() + ", not " + s.brin());
    }
    if (row.status() != ApplicationStatus.RETURNED) {
      throw Refused.conflict("only a RETURNED application takes a new version; this one is " + row.status());
    }
    int version = row.currentVersion() + 1;
    OffsetDateTime now = OffsetDateTime.now(clock);
    VersionRow previous = store.version(row.id(), row.currentVersion()).orElseThrow();
    long versionId = storeVersion(caller, row.id(), version, body, s, now);
    store.updateState(row.id(), ApplicationStatus.SUBMITTED, version, schoolYear(s.app()));
    audit.append(caller.name(), AuditAction.VERSION_SUBMITTED, objectId(row), "version " + version + ", verdict " + s.result().verdict());
    // routes approved before stay approved where the route did not change (issue 13); the rest wait for a decision
    if (new CarriedApprovals(store, audit).carryOver(caller, row, previous, store.version(row.id(), version).orElseThrow(), s.app())) {
      store.updateStatus(row.id(), status(store.routes(versionId).size(), store.decisions(versionId)));
    }
    return view(caller, new ApplicationRef(id, row.schoolBrin()));
  }

  private record Submission(Application app, String brin, Result result) {}

  private Submission checkSubmission(Caller caller, byte[] body, LocalDate asOf) {
    List<SourcedDocument> docs = Checks.read(body, false);
    if (docs.stream().anyMatch(d -> "route".equals(d.type()))) {
      throw Refused.invalid("type", NO_APPLICATION_UNDER_THE_LAW);
    }
    if (docs.size() != 1 || (docs.get(0).type() != null && !"application".equals(docs.get(0).type()))) {
      throw Refused.invalid("type", "submit exactly one document of type \"application\"");
    }
    Result result = checks.check(caller, docs, asOf).get(0);
    if (result.verdict() == Verdict.INVALID) {
      throw Refused.invalid("the application cannot be checked as sent; nothing was stored", result.errors());
    }
    if (result.verdict() == Verdict.ERROR) {
      // not the school's fault, but an application the rules could not check is not one to review
      throw Refused.invalid("the rule set in service could not check the application; nothing was stored; "
          + "the administrator must fix the rule named below", result.errors());
    }
    Application app = (Application) docs.get(0).document();
    String brin = app.applicant() == null || app.applicant().school() == null ? null : app.applicant().school().brin();
    if (brin == null || brin.isBlank()) {
      throw Refused.invalid("applicant.school.brin", "the school's BRIN number is needed to submit an application");
    }
    if (!caller.brins().contains(brin)) {
      throw Refused.forbidden("your account submits for BRIN " + String.join(", ", caller.brins().stream().sorted().toList())
          + ", not for " + brin);
    }
    return new Submission(app, brin, result);
  }

  private long storeVersion(Caller caller, long applicationId, int version, byte[] body, Submission s, OffsetDateTime now) {
    Map<String, RouteType> types = s.app().routes().stream()
        .filter(r -> r.routeType() != null)
        .collect(Collectors.toMap(ApplicationRoute::routeId, ApplicationRoute::routeType));
    List<RouteRow> routes = s.result().routes().stream()
        .map(r -> new RouteRow(r.routeId(), types.get(r.routeId()), r.verdict()))
        .toList();
    long versionId = store.insertVersion(new NewVersion(applicationId, version, body, sha256(body), s.result(), caller.name(), now), routes);
    // the reviewer's worklist searches the school's name as the newest version gives it
    store.setSchoolName(applicationId, s.app().applicant().school().name());
    return versionId;
  }

  public List<QueueEntry> queue(Caller caller, String startSchoolYear, String routeType, String verdict, String status, String brin) {
    List<InputError> errors = new ArrayList<>();
    parsed(errors, "startSchoolYear", startSchoolYear, SchoolYear::parse);
    RouteType type = parsed(errors, "routeType", routeType, RouteType::valueOf);
    Verdict verdictOf = parsed(errors, "verdict", verdict, Verdict::valueOf);
    ApplicationStatus statusOf = parsed(errors, "status", status, ApplicationStatus::valueOf);
    if (!errors.isEmpty()) {
      throw Refused.invalid("the queue filter is not valid", errors);
    }
    Set<String> only = caller.is(Role.SCHOOL) ? caller.brins() : null;
    List<QueueEntry> entries = new ArrayList<>();
    for (ApplicationRow a : store.queue(new QueueFilter(startSchoolYear, type, verdictOf, statusOf, brin, only))) {
      VersionRow v = store.version(a.id(), a.currentVersion()).orElseThrow();
      entries.add(new QueueEntry(a.documentId(), a.schoolBrin(), a.startSchoolYear(), a.status(), a.currentVersion(),
          v.verdict().name(), routes(v), a.createdAt()));
    }
    return entries;
  }

  /** The value a filter parameter names, or null when it names none (the error is added). */
  static <T> T parsed(List<InputError> errors, String name, String value, Function<String, T> parse) {
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      errors.add(new InputError(null, null, name, "\"" + value + "\" is not a valid " + name));
      return null;
    }
  }

  public ApplicationView view(Caller caller, ApplicationRef ref) {
    ApplicationRow a = visible(caller, ref);
    List<Integer> versions = store.versionNumbers(a.id());
    return new ApplicationView(a.documentId(), a.schoolBrin(), a.startSchoolYear(), a.status(), a.currentVersion(),
        a.createdAt(), versions, version(a, a.currentVersion()));
  }

  public VersionView version(Caller caller, ApplicationRef ref, int version) {
    return version(visible(caller, ref), version);
  }

  private VersionView version(ApplicationRow a, int version) {
    VersionRow v = store.version(a.id(), version)
        .orElseThrow(() -> Refused.notFound("application " + a.documentId() + " has no version " + version));
    List<DecisionView> decisions = store.decisions(v.id()).stream().map(ApplicationWorkflow::decisionView).toList();
    return new VersionView(v.version(), v.documentSha256(), v.verdict().name(), v.ruleSet(), v.submittedBy(), v.receivedAt(), routes(v),
        v.result(), decisions);
  }

  /** The document exactly as the school sent it. */
  public byte[] document(Caller caller, ApplicationRef ref, int version) {
    ApplicationRow a = visible(caller, ref);
    return store.version(a.id(), version).map(VersionRow::document)
        .orElseThrow(() -> Refused.notFound("application " + a.documentId() + " has no version " + version));
  }

  /** A reviewer's decision on one route of the current version, with its receipt. */
  @Transactional
  public DecisionView decide(Caller caller, ApplicationRef ref, DecisionRequest request) {
    if (!caller.is(Role.REVIEWER)) {
      throw Refused.forbidden("only reviewers decide");
    }
    ApplicationRow a = visible(caller, ref);
    VersionRow v = store.version(a.id(), a.currentVersion()).orElseThrow();
    List<RouteRow> routes = store.routes(v.id());
    List<DecisionRow> decided = store.decisions(v.id());
    JsonNode result = v.result();
    List<JsonNode> shown = request.routeId() == null ? List.of() : Findings.ofRoute(result, request.routeId());
    List<InputError> errors = Decisions.validate(request, routes.stream().map(RouteRow::routeId).toList(), shown);
    if (!errors.isEmpty()) {
      throw Refused.invalid("the decision is not complete", errors);
    }
    if (decided.stream().anyMatch(d -> d.routeId().equals(request.routeId()))) {
      throw Refused.conflict("route " + request.routeId() + " of version " + v.version() + " is decided already");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate on = now.atZoneSameInstant(checks.live().current().parameters().timeZone()).toLocalDate();
    ObjectNode receipt = receipt(a, v, result, request.routeId(), shown);
    List<Overrule> overrules = request.overrules() == null ? List.of() : request.overrules();
    store.insertDecision(new DecisionRow(0, v.id(), request.routeId(), request.outcome(), request.motivation(), overrules, receipt,
        caller.name(), now, on));
    List<DecisionRow> all = store.decisions(v.id());
    store.updateStatus(a.id(), status(routes.size(), all));
    audit.append(caller.name(), AuditAction.DECISION_RECORDED, objectId(a),
        "version " + v.version() + ", route " + request.routeId() + ": " + request.outcome()
            + (overrules.isEmpty() ? "" : ", overrules " + overrules.size() + " finding(s)"));
    return all.stream().filter(d -> d.routeId().equals(request.routeId())).map(ApplicationWorkflow::decisionView).findFirst().orElseThrow();
  }

  /** Every route decided: RETURNED if any was returned, else DECIDED; some decided: IN_REVIEW. */
  static ApplicationStatus status(int routes, List<DecisionRow> decisions) {
    if (decisions.isEmpty()) {
      return ApplicationStatus.SUBMITTED;
    }
    if (decisions.size() < routes) {
      return ApplicationStatus.IN_REVIEW;
    }
    return decisions.stream().anyMatch(d -> d.outcome() == DecisionOutcome.RETURNED)
        ? ApplicationStatus.RETURNED : ApplicationStatus.DECIDED;
  }

  /** What the decision rested on: the input, the rule set, the regime and the findings exactly as shown. */
  static ObjectNode receipt(ApplicationRow a, VersionRow v, JsonNode result, String routeId, List<JsonNode> shown) {
    ObjectNode r = Json.MAPPER.createObjectNode();
    r.put("applicationId", a.documentId());
    r.put("version", v.version());
    r.put("routeId", routeId);
    r.put("inputSha256", v.documentSha256());
    r.set("ruleSet", result.path("ruleSet"));
    r.set("regime", result.path("regime"));
    r.set("asOf", result.path("asOf"));
    r.put("verdict", Findings.routeVerdict(result, routeId));
    ArrayNode findings = r.putArray("findings");
    shown.forEach(findings::add);
    return r;
  }

  /** The current version checked again under the rule set in service, compared per route with what was decided or shown. */
  public Recheck recheck(Caller caller, ApplicationRef ref) {
    ApplicationRow a = visible(caller, ref);
    VersionRow v = store.version(a.id(), a.currentVersion()).orElseThrow();
    JsonNode then = v.result();
    LocalDate asOf = LocalDate.parse(then.path("asOf").asString());
    Result now = checks.check(caller, Checks.read(v.document(), false), asOf).get(0);
    JsonNode nowJson = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(now));
    Map<String, DecisionRow> decisions = store.decisions(v.id()).stream()
        .collect(Collectors.toMap(DecisionRow::routeId, d -> d));
    List<RouteDiff> diffs = new ArrayList<>();
    for (RouteRow route : store.routes(v.id())) {
      DecisionRow d = decisions.get(route.routeId());
      JsonNode receipt = d == null ? null : d.receipt();
      List<JsonNode> before = receipt == null ? Findings.ofRoute(then, route.routeId()) : list(receipt.path("findings"));
      String verdictThen = receipt == null ? route.verdict().name() : receipt.path("verdict").asString();
      // under a rule set that cannot finish the document there is nothing to compare: the verdict ERROR says why
      Findings.Diff diff = now.verdict() == Verdict.ERROR ? new Findings.Diff(List.of(), List.of(), List.of())
          : Findings.diff(before, Findings.ofRoute(nowJson, route.routeId()));
      diffs.add(new RouteDiff(route.routeId(), receipt == null ? "SUBMISSION" : "RECEIPT", verdictThen,
          Findings.routeVerdict(nowJson, route.routeId()), diff.added(), diff.removed(), diff.changed()));
    }
    return new Recheck(a.documentId(), a.schoolBrin(), v.version(), asOf, v.ruleSet(), now.ruleSet(), v.verdict().name(),
        now.verdict().name(), diffs, nowJson);
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  /**
   * The one application the caller means and may see. Another school's application with the same id
   * is invisible (404 as for no application at all); an id that names applications of several
   * schools the caller sees needs the school.
   */
  ApplicationRow visible(Caller caller, ApplicationRef ref) {
    // an id outside the id syntax cannot name an application, so it is not looked up
    List<ApplicationRow> seen = (DocumentIds.valid(ref.id()) ? store.findAll(ref.id()) : List.<ApplicationRow>of()).stream()
        .filter(a -> caller.sees(a.schoolBrin()))
        .filter(a -> ref.school() == null || ref.school().equals(a.schoolBrin()))
        .toList();
    if (seen.isEmpty()) {
      throw Refused.notFound("no application " + Printable.quote(ref.id()));
    }
    if (seen.size() > 1) {
      throw Refused.conflict("applications of schools " + seen.stream().map(ApplicationRow::schoolBrin).collect(Collectors.joining(", "))
          + " carry the id \"" + ref.id() + "\"; name the school with ?school=BRIN");
    }
    return seen.get(0);
  }

  /**
   * The audit entries of the application, newest first. Entries written before ids were unique per
   * school name the id alone; they belong to the oldest application with that id, which was the only one then.
   */
  public List<AuditLog.Entry> history(Caller caller, ApplicationRef ref, int limit) {
    ApplicationRow a = visible(caller, ref);
    List<String> objects = new ArrayList<>(List.of(objectId(a)));
    if (store.findAll(a.documentId()).get(0).id() == a.id()) {
      objects.add("application:" + a.documentId());
    }
    return audit.listOfAny(objects, limit);
  }

  private List<RouteSummary> routes(VersionRow v) {
    return store.routes(v.id()).stream()
        .map(r -> new RouteSummary(r.routeId(), r.routeType() == null ? null : r.routeType().name(), r.verdict().name())).toList();
  }

  private static DecisionView decisionView(DecisionRow d) {
    return new DecisionView(d.routeId(), d.outcome(), d.motivation(), d.overrules(), d.receipt(), d.decidedBy(), d.decidedAt(),
        d.decidedOn());
  }

  private static String schoolYear(Application app) {
    return app.startSchoolYear() == null ? null : app.startSchoolYear().toString();
  }

  static String objectId(ApplicationRow a) {
    return objectId(a.schoolBrin(), a.documentId());
  }

  static String objectId(String schoolBrin, String applicationId) {
    return "application:" + schoolBrin + "/" + applicationId;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean isViolation(JsonNode finding) {
    return Severity.VIOLATION.name().equals(finding.path("severity").asString());
  }
}
