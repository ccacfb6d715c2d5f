package nl.routetoets.dusiworkflow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.routetoets.document.Json;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.dusiworkflow.Views.LawRouteEntry;
import nl.routetoets.dusiworkflow.Views.LawRouteRef;
import nl.routetoets.dusiworkflow.Views.LawRouteVersionSummary;
import nl.routetoets.dusiworkflow.Views.LawRouteVersionView;
import nl.routetoets.dusiworkflow.Views.LawRouteView;
import nl.routetoets.model.Codes.LawRouteKind;
import nl.routetoets.model.DocumentIds;
import nl.routetoets.model.InputError;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.Printable;
import nl.routetoets.model.Result;
import nl.routetoets.model.SchoolYear;
import nl.routetoets.model.Verdict;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.persistence.LawRouteStore;
import nl.routetoets.persistence.LawRouteStore.Filter;
import nl.routetoets.persistence.LawRouteStore.NewVersion;
import nl.routetoets.persistence.LawRouteStore.RouteFields;
import nl.routetoets.persistence.LawRouteStore.RouteRow;
import nl.routetoets.persistence.LawRouteStore.VersionRow;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Refused;
import nl.routetoets.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routes a school offers under the structural law of 2020 (formats.md §5). The law has no
 * application and no decision: a school records its route, the service checks it on the peildatum
 * given and keeps every save as received with its result, and trajectories refer to it by id. A
 * school records and sees only the routes of its own BRINs; reviewers and auditors see all. Another
 * school's route answers 404 like one that does not exist, so its existence does not leak.
 */
@Service
public class LawRoutes {
  /** What a route document was sent for; the path of a workflow that takes experiment applications. */
  static final String APPLICATIONS = "/api/v1/applications";
  static final String ROUTES = "/api/v1/routes";

  private final Checks checks;
  private final LawRouteStore store;
  private final AuditLog audit;
  private final Clock clock;

  public LawRoutes(Checks checks, LawRouteStore store, AuditLog audit, Clock clock) {
    this.checks = checks;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** A school's new route: checked on the peildatum, then stored as received with its result. */
  @Transactional
  public LawRouteView record(Caller caller, byte[] body, LocalDate asOf) {
    Save s = checkSave(caller, body, asOf);
    // unique per school: a school learns only of its own ids, never that another school used one
    if (store.find(s.brin(), s.route().id()).isPresent()) {
      throw Refused.conflict("your school " + s.brin() + " already has a route \"" + s.route().id() + "\"; a changed route gets"
          + " a new version with POST " + ROUTES + "/{id}/versions");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long id = store.insertRoute(s.route().id(), s.brin(), s.fields(), now);
    store.insertVersion(new NewVersion(id, 1, body, ApplicationWorkflow.sha256(body), s.result(), caller.name(), now));
    store.updateCurrent(id, 1, s.fields());
    audit.append(caller.name(), AuditAction.ROUTE_RECORDED, objectId(s.brin(), s.route().id()), "version 1, verdict " + s.result().verdict());
    return view(caller, new LawRouteRef(s.route().id(), s.brin()));
  }

  /** A changed route: a new version; earlier versions stay, and trajectories from now on meet the new one. */
  @Transactional
  public LawRouteView recordVersion(Caller caller, LawRouteRef ref, byte[] body, LocalDate asOf) {
    RouteRow row = visible(caller, ref);
    Save s = checkSave(caller, body, asOf);
    if (!row.routeId().equals(s.route().id())) {
      throw Refused.invalid("id", "a new version keeps the route's id \"" + row.routeId() + "\", not \"" + s.route().id() + "\"");
    }
    if (!row.schoolBrin().equals(s.brin())) {
      throw Refused.invalid("provider.school.brin", "a new version keeps the school " + row.schoolBrin() + ", not " + s.brin());
    }
    int version = row.currentVersion() + 1;
    OffsetDateTime now = OffsetDateTime.now(clock);
    store.insertVersion(new NewVersion(row.id(), version, body, ApplicationWorkflow.sha256(body), s.result(), caller.name(), now));
    store.updateCurrent(row.id(), version, s.fields());
    audit.append(caller.name(), AuditAction.ROUTE_VERSION_RECORDED, objectId(row.schoolBrin(), row.routeId()),
        "version " + version + ", verdict " + s.result().verdict());
    return view(caller, new LawRouteRef(row.routeId(), row.schoolBrin()));
  }

  private record Save(LawRoute route, String brin, Result result) {
    RouteFields fields() {
      String institution = route.provider() == null || route.provider().institution() == null ? null
          : route.provider().institution().brin();
      return new RouteFields(institution, route.kind(), route.firstSchoolYear() == null ? null : route.firstSchoolYear().toString());
    }
  }

  /** The one route document of the body, checked; refused (and nothing stored) when it cannot be checked or is not the caller's. */
  private Save checkSave(Caller caller, byte[] body, LocalDate asOf) {
    if (!caller.is(Role.SCHOOL)) {
      throw Refused.forbidden("only a school records the routes it offers");
    }
    List<SourcedDocument> docs = Checks.read(body, false);
    if (docs.size() != 1 || (docs.get(0).type() != null && !"route".equals(docs.get(0).type()))) {
      throw Refused.invalid("type", "record exactly one document of type \"route\" (a DLR or GLR under the law); an experiment"
          + " application goes to " + APPLICATIONS);
    }
    Result result = checks.check(caller, docs, asOf).get(0);
    if (result.verdict() == Verdict.INVALID) {
      throw Refused.invalid("the route cannot be checked as sent; nothing was stored", result.errors());
    }
    if (result.verdict() == Verdict.ERROR) {
      throw Refused.invalid("the rule set in service could not check the route; nothing was stored; "
          + "the administrator must fix the rule named below", result.errors());
    }
    LawRoute route = (LawRoute) docs.get(0).document();
    String brin = route.provider() == null || route.provider().school() == null ? null : route.provider().school().brin();
    if (brin == null || brin.isBlank()) {
      throw Refused.invalid("provider.school.brin", "the school's BRIN number is needed to record a route");
    }
    if (!caller.brins().contains(brin)) {
      throw Refused.forbidden("your account records routes for BRIN " + String.join(", ", caller.brins().stream().sorted().toList())
          + ", not for " + brin + ": a school records only the routes it offers itself (provider.school.brin)");
    }
    return new Save(route, brin, result);
  }

  /** The routes the caller may see (a school: its own), oldest first, filtered; a filter that names nothing valid is refused. */
  public List<LawRouteEntry> list(Caller caller, String kind, String firstSchoolYear, String verdict, String brin) {
    List<InputError> errors = new ArrayList<>();
    LawRouteKind kindOf = ApplicationWorkflow.parsed(errors, "kind", kind, LawRouteKind::valueOf);
    ApplicationWorkflow.parsed(errors, "firstSchoolYear", firstSchoolYear, SchoolYear::parse);
    Verdict verdictOf = ApplicationWorkflow.parsed(errors, "verdict", verdict, Verdict::valueOf);
    if (!errors.isEmpty()) {
      throw Refused.invalid("the filter is not valid", errors);
    }
    Set<String> only = caller.is(Role.SCHOOL) ? caller.brins() : null;
    return store.list(new Filter(kindOf, firstSchoolYear, brin, verdictOf, only)).stream()
        .map(l -> new LawRouteEntry(l.route().routeId(), l.route().schoolBrin(), l.route().institutionBrin(), name(l.route().kind()),
            l.route().firstSchoolYear(), l.route().currentVersion(), l.verdict().name(), l.savedAt(), l.route().createdAt()))
        .toList();
  }


  public LawRouteView view(Caller caller, LawRouteRef ref) {
    RouteRow r = visible(caller, ref);
    List<LawRouteVersionSummary> versions = store.versions(r.id()).stream()
        .map(v -> new LawRouteVersionSummary(v.version(), v.verdict().name(), v.savedBy(), v.savedAt())).toList();
    return new LawRouteView(r.routeId(), r.schoolBrin(), r.institutionBrin(), name(r.kind()), r.firstSchoolYear(), r.currentVersion(),
        r.createdAt(), versions, version(r, r.currentVersion()));
  }

  public LawRouteVersionView version(Caller caller, LawRouteRef ref, int version) {
    return version(visible(caller, ref), version);
  }

  private LawRouteVersionView version(RouteRow r, int version) {
    VersionRow v = stored(r, version);
    return new LawRouteVersionView(v.version(), v.documentSha256(), v.verdict().name(), v.ruleSet(), v.savedBy(), v.savedAt(),
        Json.MAPPER.readTree(v.document()), v.result());
  }

  /** The document exactly as the school sent it. */
  public byte[] document(Caller caller, LawRouteRef ref, int version) {
    return stored(visible(caller, ref), version).document();
  }

  private VersionRow stored(RouteRow r, int version) {
    return store.version(r.id(), version)
        .orElseThrow(() -> Refused.notFound("route " + r.routeId() + " has no version " + version));
  }

  /**
   * The one route the caller means and may see. Another school's route with the same id is invisible
   * (404 as for no route at all); an id that names routes of several schools the caller sees needs the school.
   */
  private RouteRow visible(Caller caller, LawRouteRef ref) {
    // an id outside the id syntax cannot name a route, so it is not looked up
    List<RouteRow> seen = (DocumentIds.valid(ref.id()) ? store.findAll(ref.id()) : List.<RouteRow>of()).stream()
        .filter(r -> caller.sees(r.schoolBrin()))
        .filter(r -> ref.school() == null || ref.school().equals(r.schoolBrin()))
        .toList();
    if (seen.isEmpty()) {
      throw Refused.notFound("no route " + Printable.quote(ref.id()));
    }
    if (seen.size() > 1) {
      throw Refused.conflict("routes of schools " + seen.stream().map(RouteRow::schoolBrin).collect(Collectors.joining(", "))
          + " carry the id \"" + ref.id() + "\"; name the school with ?school=BRIN");
    }
    return seen.get(0);
  }

  /** The audit entries of the route, newest first. */
  public List<AuditLog.Entry> history(Caller caller, LawRouteRef ref, int limit) {
    RouteRow r = visible(caller, ref);
    return audit.list(objectId(r.schoolBrin(), r.routeId()), limit);
  }

  static String objectId(String schoolBrin, String routeId) {
    return "route:" + schoolBrin + "/" + routeId;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
