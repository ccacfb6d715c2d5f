package nl.routetoets.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The checker's answer for one document (formats.md §4). {@code regime} is the regime of the document's
 * start (of the route, or of the application); {@code regimes} every regime that decided something in it,
 * sorted: those its facts were judged under and those of the rules that found something (interpretations.md
 * I-89). A trajectory that spans 1 August 2022 names both the decree's and the law's; an unreadable document none.
 */
public record Result(
    Subject subject,
    Verdict verdict,
    LocalDate asOf,
    String regime,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> regimes,
    RuleSetRef ruleSet,
    List<RouteResult> routes,
    List<Finding> findings,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<InputError> errors) {

  /** What was checked; {@code file} and {@code line} say where it came from when read from a file. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Subject(String type, String id, String file, Integer line) {}

  public record RuleSetRef(String version, String sha256) {}

  public record RouteResult(String routeId, Verdict verdict, List<Finding> findings) {}

  /**
   * A result that does not say which regimes decided: as results were before they said so, and as they are
   * still stored (a stored result keeps the text it was stored as).
   */
  public Result(
      Subject subject, Verdict verdict, LocalDate asOf, String regime, RuleSetRef ruleSet, List<RouteResult> routes,
      List<Finding> findings, List<InputError> errors) {
    this(subject, verdict, asOf, regime, List.of(), ruleSet, routes, findings, errors);
  }

  public static Result invalid(Subject subject, RuleSetRef ruleSet, List<InputError> errors) {
    return new Result(subject, Verdict.INVALID, null, null, List.of(), ruleSet, List.of(), List.of(), List.copyOf(errors));
  }

  /** The rules could not finish this document: no findings, and the problem naming the rule as its error. */
  public static Result error(Subject subject, LocalDate asOf, String regime, RuleSetRef ruleSet, String problem) {
    return new Result(subject, Verdict.ERROR, asOf, regime, List.of(), ruleSet, List.of(), List.of(),
        List.of(new InputError(subject.file(), subject.line(), null, problem)));
  }
}
