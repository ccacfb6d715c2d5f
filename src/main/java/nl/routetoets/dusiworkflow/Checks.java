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
import nl.routetoets.check.RoutesReadInRun;
import nl.routetoets.document.DocumentReader;
import nl.routetoets.document.JsonReadErrors;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.InputError;
import nl.routetoets.model.Result;
import nl.routetoets.model.Trajectory;
import nl.routetoets.persistence.ApplicationStore;
import nl.routetoets.persistence.ApplicationStore.ApprovedRoute;
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

  public Checks(LiveRuleSet live, ApplicationStore store) {
    this.live = live;
    this.store = store;
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
   * earlier in the same request, or to a route approved in the workflow that the caller may see.
   */
  public List<Result> check(Caller caller, List<SourcedDocument> docs, LocalDate asOf) {
    RuleSet ruleSet = live.current();
    Checker checker = new Checker(ruleSet, asOf);
    Approved approved = approvedApplications(caller, docs);
    Map<String, Application> approvedById = new java.util.HashMap<>();
    approved.applications().forEach(app -> approvedById.put(app.id(), app));
    RoutesReadInRun routes = new RoutesReadInRun(approvedById::get);
    List<Result> results = new ArrayList<>(docs.size());
    for (SourcedDocument d : docs) {
      String ambiguous = d.valid() && d.document() instanceof Trajectory t && t.route() != null && t.route().ref() != null
          ? approved.ambiguous().get(t.route().ref().applicationId()) : null;
      results.add(ambiguous == null ? checker.check(d, routes) : Result.invalid(new Result.Subject(d.type(), d.id(), d.file(), d.line()),
          ruleSet.ref(), List.of(new InputError(d.file(), d.line(), "route.ref.applicationId", "approved applications of schools "
              + ambiguous + " carry the id \"" + trajectoryOf(d).route().ref().applicationId() + "\"; the reference cannot say which"))));
    }
    return results;
  }

  /**
   * The approved routes the trajectories refer to, each as an application holding only its approved
   * routes, dated by the decision. Routes of one version decided on different days take the latest
   * date (interpretations.md I-40).
   */
  /** {@code ambiguous}: ids that approved applications of several schools carry, with those schools' BRINs. */
  private record Approved(List<Application> applications, Map<String, String> ambiguous) {}

  private static Trajectory trajectoryOf(SourcedDocument d) {
    return (Trajectory) d.document();
  }

  private Approved approvedApplications(Caller caller, List<SourcedDocument> docs) {
    Set<String> ids = new LinkedHashSet<>();
    for (SourcedDocument d : docs) {
      if (d.valid() && d.document() instanceof Trajectory t && t.route() != null && t.route().ref() != null) {
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
