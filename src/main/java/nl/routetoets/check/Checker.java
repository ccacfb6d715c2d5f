package nl.routetoets.check;

import java.time.LocalDate;
import java.util.List;
import nl.routetoets.document.SourcedDocument;
import nl.routetoets.facts.ApplicationFact;
import nl.routetoets.facts.RouteFact;
import nl.routetoets.model.Application;
import nl.routetoets.model.ApplicationRoute;
import nl.routetoets.model.Finding;
import nl.routetoets.model.InputError;
import nl.routetoets.model.LawRoute;
import nl.routetoets.model.Result;
import nl.routetoets.model.Trajectory;
import nl.routetoets.ruleset.RuleFailure;
import nl.routetoets.ruleset.RuleSet;

/**
 * Checks documents against one rule set: applications and trajectories, with the peildatum of the
 * caller or of the document. A trajectory's {@code route.ref} is resolved by the caller's
 * {@link RouteResolver}, or, without one, against the applications this checker checked before.
 * Safe to use from several threads.
 */
public final class Checker {
  /** Where an inline route sits in a trajectory. */
  private static final String INLINE_ROUTE = "route";
  /** The regime of a route under the structural law, which is the regime of its result. */
  private static final String LAW = "LAW_2020";

  private final RuleSet ruleSet;
  private final LocalDate asOfOverride;
  private final RoutesReadInRun readInRun = new RoutesReadInRun();

  /** {@code asOfOverride}: the peildatum from the caller (CLI --as-of, API asOf); null to use the document's. */
  public Checker(RuleSet ruleSet, LocalDate asOfOverride) {
    this.ruleSet = ruleSet;
    this.asOfOverride = asOfOverride;
  }

  /** Checks in a run of documents read in order: a trajectory may refer to an application this checker checked before. */
  public Result check(SourcedDocument d) {
    return check(d, readInRun);
  }

  public Result check(SourcedDocument d, RouteResolver routes) {
    Result.Subject subject = new Result.Subject(d.type(), d.id(), d.file(), d.line());
    if (!d.valid()) {
      return Result.invalid(subject, ruleSet.ref(), d.errors());
    }
    LocalDate asOf = asOfOverride != null ? asOfOverride : d.document().asOf() != null ? d.document().asOf() : d.bundleAsOf();
    if (asOf == null) {
      return Result.invalid(subject, ruleSet.ref(), List.of(new InputError(d.file(), d.line(), "asOf",
          "no peildatum: give \"asOf\" in the document or pass --as-of; the checker never uses today's date")));
    }
    if (d.document() instanceof LawRoute route) {
      routes.checked(route);
      List<Object> facts = LawRouteFactBuilder.facts(route, asOf, ruleSet);
      PassageFacts.ofRoute(route, ruleSet.derivations(), facts::add);
      return evaluate(subject, asOf, LAW, List.of(), facts, Regimes.judged(LAW));
    }
    if (d.document() instanceof Application app) {
      routes.checked(app);
      List<Object> facts = ApplicationFactBuilder.facts(app, ruleSet);
      List<String> routeIds = app.routes() == null ? List.of() : app.routes().stream().map(ApplicationRoute::routeId).toList();
      String regime = ((ApplicationFact) facts.get(0)).startRegime();
      return evaluate(subject, asOf, regime, routeIds, facts, Regimes.judged(regime));
    }
    Trajectory t = (Trajectory) d.document();
    String routePath = INLINE_ROUTE;
    if (t.route().ref() != null && t.route().ref().route() != null) {
      LawRoute route = routes.lawRoute(t.route().ref().route());
      if (route == null) {
        return Result.invalid(subject, ruleSet.ref(), List.of(new InputError(d.file(), d.line(), "route.ref.route",
            "no route document \"" + t.route().ref().route() + "\" was read before this trajectory")));
      }
      t = withRoute(t, Trajectory.Route.underLaw(route));
    } else if (t.route().ref() != null) {
      Resolved resolved = resolve(t.route().ref(), routes);
      if (resolved == null) {
        return Result.invalid(subject, ruleSet.ref(), List.of(new InputError(d.file(), d.line(), "route.ref",
            "no application \"" + t.route().ref().applicationId() + "\" with route \"" + t.route().ref().routeId()
                + "\" was read before this trajectory")));
      }
      t = withRoute(t, resolved.route());
      routePath = resolved.path();
    }
    TrajectoryFactBuilder.Built built = TrajectoryFactBuilder.facts(t, routePath, asOf, ruleSet);
    return evaluate(subject, asOf, built.regime(), List.of(), built.facts(), built.regimes());
  }

  /**
   * The rules over the facts of one document; a rule that fails makes the result an ERROR naming it.
   * {@code judged}: the regimes the document's facts were judged under, which with those of the rules that
   * found something are the regimes that decided (I-89).
   */
  private Result evaluate(
      Result.Subject subject, LocalDate asOf, String regime, List<String> routeIds, List<Object> facts, java.util.SortedSet<String> judged) {
    List<Finding> findings;
    try {
      findings = ruleSet.evaluate(facts);
    } catch (RuleFailure e) {
      return Result.error(subject, asOf, regime, ruleSet.ref(), e.problem());
    }
    return ResultAssembler.of(subject, asOf, regime, Regimes.decided(judged, findings, ruleSet), ruleSet.ref(), routeIds, findings);
  }

  /** A referenced route and where it sits in the application it came from ({@code routes[i]}). */
  private record Resolved(Trajectory.Route route, String path) {}

  /** An application route as the route of a trajectory; the application's decision date is the approval. */
  private static Resolved resolve(Trajectory.RouteRef ref, RouteResolver routes) {
    Application app = routes.application(ref.applicationId());
    if (app == null || app.routes() == null) {
      return null;
    }
    for (int i = 0; i < app.routes().size(); i++) {
      ApplicationRoute r = app.routes().get(i);
      if (ref.routeId().equals(r.routeId())) {
        Trajectory.Approval approval = new Trajectory.Approval(app.id(), r.routeId(), app.decidedOn(), null, null);
        return new Resolved(
            Trajectory.Route.experiment(approval, r.routeType(), r.leerwegen(), r.vmbo(), r.mbo(), r.design(), r.exams()),
            "routes[" + i + "]");
      }
    }
    return null;
  }

  private static Trajectory withRoute(Trajectory t, Trajectory.Route route) {
    return new Trajectory(t.id(), t.asOf(), t.birthDate(), route, t.startLeerweg(), t.informedBeforeEnrolment(), t.years(),
        t.exams(), t.vmboResults(), t.diplomas(), t.exit(), t.mboAgreementOn(), t.firstMboPartOn(), t.studyAdvice(), t.glrDecision());
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }
}
