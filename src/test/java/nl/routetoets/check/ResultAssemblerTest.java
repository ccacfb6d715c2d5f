package nl.routetoets.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import nl.routetoets.model.Finding;
import nl.routetoets.model.Result;
import nl.routetoets.model.Severity;
import nl.routetoets.model.Verdict;
import org.junit.jupiter.api.Test;

/** A route is never judged better than the form it is requested on (interpretations.md I-12). */
class ResultAssemblerTest {
  /** A finding a rule made while matching the route at {@code routes[i]} when its path points into it. */
  private static Finding finding(String path, Severity severity) {
    String route = path.startsWith("routes[") ? path.substring(0, path.indexOf(']') + 1) : null;
    return new Finding("N-APP-10", "rule " + path, severity, null, path, new TreeMap<>(), new Finding.Text("nl", "en"), List.of(),
        null, null, route);
  }

  private static Result outcome(List<String> routes, Finding... findings) {
    return ResultAssembler.of(new Result.Subject("application", "APP-1", null, null), LocalDate.of(2017, 11, 15), "EXP_2015",
        new Result.RuleSetRef("v", "sha"), routes, List.of(findings));
  }

  @Test
  void aViolationAboutTheFormMakesEveryRouteNonCompliantWhileItStaysReportedOnce() {
    Result r = outcome(List.of("R1", "R2"), finding("submittedAt", Severity.VIOLATION), finding("routes[1].design.years", Severity.REVIEW));
    assertThat(r.routes()).extracting(Result.RouteResult::verdict).containsExactly(Verdict.NON_COMPLIANT, Verdict.NON_COMPLIANT);
    assertThat(r.routes().get(0).findings()).isEmpty();
    assertThat(r.findings()).extracting(Finding::path).containsExactly("submittedAt");
    assertThat(r.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
  }

  @Test
  void aReviewAboutTheFormLeavesARouteOwnViolationAndMakesACleanRouteNeedReview() {
    Result r = outcome(List.of("R1", "R2"), finding("assessment", Severity.REVIEW), finding("routes[0].leerwegen", Severity.VIOLATION));
    assertThat(r.routes()).extracting(Result.RouteResult::verdict).containsExactly(Verdict.NON_COMPLIANT, Verdict.NEEDS_REVIEW);
  }

  @Test
  void aNoteAboutTheFormChangesNoVerdict() {
    Result r = outcome(List.of("R1"), finding("decidedOn", Severity.INFO));
    assertThat(r.routes()).extracting(Result.RouteResult::verdict).containsExactly(Verdict.COMPLIANT);
    assertThat(r.verdict()).isEqualTo(Verdict.COMPLIANT);
  }

  @Test
  void aFindingGoesToTheRouteItCarriesWhereverItsPathPoints() {
    Finding formFindingOnARouteField = new Finding("N-APP-10", "form", Severity.VIOLATION, null, "routes[0].routeType",
        new TreeMap<>(), new Finding.Text("nl", "en"), List.of(), null, null, null);
    Finding routeTwoFindingOnAFormField = new Finding("N-APP-11", "route", Severity.REVIEW, null, "submittedAt", new TreeMap<>(),
        new Finding.Text("nl", "en"), List.of(), null, null, "routes[1]");
    Result r = outcome(List.of("R1", "R2"), formFindingOnARouteField, routeTwoFindingOnAFormField);
    assertThat(r.findings()).containsExactly(formFindingOnARouteField);
    assertThat(r.routes().get(0).findings()).isEmpty();
    assertThat(r.routes().get(1).findings()).containsExactly(routeTwoFindingOnAFormField);
  }
}
