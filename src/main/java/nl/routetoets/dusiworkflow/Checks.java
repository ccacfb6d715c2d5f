package nl.routetoets.dusiworkflow;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.routetoets.check.Checker;
import nl.routetoets.check.RouteResolver;
import nl.routetoets.check.RoutesReadInRun;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.JsonReadErrors;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.InputError;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.Result;
import nl.routetoets.model.Trajectory;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.ApplicationStore.ApprovedRoute;
import nl.routetoets.persistence.LawRouteStore;
import nl.routetoets.persistence.LawRouteStore.Latest;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.security.Caller;
import nl.routetoets.security.Role;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;

/**
 * Reads request bodies with the project's strict reader (so the API's input errors are the command
 * line's) and checks them under one snapshot of the live rule set.
 */
@Service
public class Checks {
  private final LiveRuleSet live;
  private final ApplicationStore store;
  private final LawRouteStore lawRoutes;

  public Checks(LiveRuleSet live, ApplicationStore store, LawRouteStore lawRoutes) {
    this.live = live;
    this.store = store;
    this.lawRoutes = lawRoutes;
  }

  /** A JSON body (one document or a bundle), or JSON Lines (one document per line); UTF-8 either way. */
  public static List<SourcedDocument> read(byte[] body, boolean jsonLines) {
    List<SourcedDocument> docs = new ArrayList<>();
    if (jsonLines) {
      Iterator<SourcedDocument> it = DocumentReader.readJsonLines(null, new ByteArrayInputStream(body));
      it.forEachRemaining(docs::add);
    } else {
      try {
        DocumentReader.readJson(null, new ByteArrayInputStream(body), docs::add);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e); // a byte array does not fail to read
      }
    }
    return docs;
  }

  /** A request object (decision, account) that Jackson could not read, as an error in the words the documents get. */
  public static InputError problem(JacksonException e) {
    return new InputError(null, null, JsonReadErrors.path("", e), JsonReadErrors.describe(e));
  }

  /**
   * Checks the documents in order, as the command line does: a trajectory may refer to an application
   * or a route document earlier in the same request, to a route approved in the workflow, or to a
   * route under the law stored in the service (its newest version), of a school the caller may see.
   */
  public List<Result> check(Caller caller, List<SourcedDocument> docs, LocalDate asOf) {
    RuleSet ruleSet = live.current();
    Checker checker = new Checker(ruleSet, asOf);
    Approved approved = approvedApplications(caller, docs);
    Map<String, Application> approvedById = new java.util.HashMap<>();
    approved.applications().forEach(app -> approvedById.put(app.id(), app));
    Stored stored = storedLawRoutes(caller, docs);
    RoutesReadInRun routes = new RoutesReadInRun(new KnownBefore(approvedById, stored.routes()));
    Set<String> readInRequest = new java.util.HashSet<>();
    List<Result> results = new ArrayList<>(docs.size());
    for (SourcedDocument d : docs) {
      if (d.valid() && d.document() instanceof LawRoute r) {
        readInRequest.add(r.id());
      }
      results.add(ambiguity(d, approved, stored, readInRequest)
          .map(error -> Result.invalid(new Result.Subject(d.type(), d.id(), d.file(), d.line()), ruleSet.ref(), List.of(error)))
          .orElseGet(() -> checker.check(d, routes)));
    }
    return results;
  }

  /** What the service knew before the request: approved applications and stored routes under the law. */
  private record KnownBefore(Map<String, Application> applications, Map<String, LawRoute> lawRoutes) implements RouteResolver {
    @Override
    public Application application(String applicationId) {
      return applications.get(applicationId);
    }

    @Override
    public LawRoute lawRoute(String routeId) {
      return lawRoutes.get(routeId);
    }
  }

  /**
   * The error of a trajectory whose reference names what several schools the caller sees have stored
   * under one id, so that it cannot say which; empty when the reference is clear. A route document read
   * earlier in the request settles its id, as it does on the command line.
   */
  private static java.util.Optional<InputError> ambiguity(
      SourcedDocument d, Approved approved, Stored stored, Set<String> readInRequest) {
    if (!(d.valid() && d.document() instanceof Trajectory t && t.route() != null && t.route().ref() != null)) {
      return java.util.Optional.empty();
    }
    Trajectory.RouteRef ref = t.route().ref();
    if (ref.route() != null) {
      String schools = readInRequest.contains(ref.route()) ? null : stored.ambiguous().get(ref.route());
      return java.util.Optional.ofNullable(schools).map(s -> new InputError(d.file(), d.line(), "route.ref.route",
          "routes of schools " + s + " carry the id \"" + ref.route() + "\"; the reference cannot say which"));
    }
    String schools = ref.applicationId() == null ? null : approved.ambiguous().get(ref.applicationId());
    return java.util.Optional.ofNullable(schools).map(s -> new InputError(d.file(), d.line(), "route.ref.applicationId",
        "approved applications of schools " + s + " carry the id \"" + ref.applicationId() + "\"; the reference cannot say which"));
  }

  /** {@code ambiguous}: ids that stored routes of several schools carry, with those schools' BRINs. */
  private record Stored(Map<String, LawRoute> routes, Map<String, String> ambiguous) {}

  /**
   * The stored routes under the law the trajectories refer to ({@code route.ref.route}), each as its
   * newest version, of the schools the caller may see (a school: its own BRINs).
   */
  private Stored storedLawRoutes(Caller caller, List<SourcedDocument> docs) {
    Set<String> ids = new LinkedHashSet<>();
    for (SourcedDocument d : docs) {
      if (d.valid() && d.document() instanceof Trajectory t && t.route() != null && t.route().ref() != null
          && t.route().ref().route() != null) {
        ids.add(t.route().ref().route());
      }
    }
    if (ids.isEmpty()) {
      return new Stored(Map.of(), Map.of());
    }
    Set<String> onlyBrins = caller.is(Role.SCHOOL) ? caller.brins() : null;
    Map<String, List<Latest>> byId = new java.util.HashMap<>();
    lawRoutes.latest(ids, onlyBrins).forEach(l -> byId.computeIfAbsent(l.routeId(), k -> new ArrayList<>()).add(l));
    Map<String, LawRoute> routes = new java.util.HashMap<>();
    Map<String, String> ambiguous = new java.util.HashMap<>();
    byId.forEach((id, latest) -> {
      if (latest.size() > 1) {
        ambiguous.put(id, latest.stream().map(Latest::schoolBrin).sorted().collect(java.util.stream.Collectors.joining(", ")));
        return;
      }
      List<SourcedDocument> read = read(latest.get(0).document(), false);
      // stored under an earlier, looser reader and no longer readable: the reference is not resolved
      if (read.size() == 1 && read.get(0).valid() && read.get(0).document() instanceof LawRoute route) {
        routes.put(id, route);
      }
    });
    return new Stored(routes, ambiguous);
  }

  /**
   * The approved routes the trajectories refer to, each as an application holding only its approved
   * routes, dated by the decision. Routes of one version decided on different days take the latest
   * date (interpretations.md I-40).
   */
  /** {@code ambiguous}: ids that approved applications of several schools carry, with those schools' BRINs. */
  private record Approved(List<Application> applications, Map<String, String> ambiguous) {}

  private Approved approvedApplications(Caller caller, List<SourcedDocument> docs) {
    Set<String> ids = new LinkedHashSet<>();
    for (SourcedDocument d : docs) {
      if (d.valid() && d.document() instanceof Trajectory t && t.route() != null && t.route().ref() != null
          && t.route().ref().applicationId() != null) {
        ids.add(t.route().ref().applicationId());
      }
    }
    if (ids.isEmpty()) {
      return new Approved(List.of(), Map.of());
    }
    Set<String> onlyBrins = caller.is(Role.SCHOOL) ? caller.brins() : null;
    List<ApprovedRoute> approved = store.approvedRoutes(ids, onlyBrins);
    List<Application> apps = new ArrayList<>();
    Map<String, String> ambiguous = new java.util.HashMap<>();
    for (String id : ids) {
      List<ApprovedRoute> ofId = approved.stream().filter(a -> a.documentId().equals(id)).toList();
      if (ofId.isEmpty()) {
        continue;
      }
      Set<String> schools = new java.util.TreeSet<>();
      ofId.forEach(a -> schools.add(a.schoolBrin()));
      if (schools.size() > 1) {
        ambiguous.put(id, String.join(", ", schools));
        continue;
      }
      // the newest version with an approval is the application as approved
      ApprovedRoute newest = ofId.get(ofId.size() - 1);
      List<ApprovedRoute> mine = ofId.stream().filter(a -> a.version() == newest.version()).toList();
      List<SourcedDocument> stored = read(newest.document(), false);
      if (stored.size() != 1 || !(stored.get(0).document() instanceof Application app)) {
        continue; // stored under an earlier, looser reader and no longer readable: the reference is not resolved
      }
      Set<String> routeIds = new java.util.HashSet<>();
      LocalDate decidedOn = null;
      for (ApprovedRoute a : mine) {
        routeIds.add(a.routeId());
        decidedOn = decidedOn == null || a.decidedOn().isAfter(decidedOn) ? a.decidedOn() : decidedOn;
      }
      List<ApplicationRoute> routes = app.routes().stream().filter(r -> routeIds.contains(r.routeId())).toList();
      apps.add(new Application(app.id(), app.asOf(), app.submittedAt(), app.startSchoolYear(), decidedOn, app.submissionChannel(),
          app.applicant(), app.existingCooperation(), app.pilotProfielSchool(), app.agreement(), app.advice(), app.projectPlan(),
          app.assessment(), routes));
    }
    return new Approved(apps, ambiguous);
  }

  public LiveRuleSet live() {
    return live;
  }
}
