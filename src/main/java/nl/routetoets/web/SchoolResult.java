package nl.routetoets.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.Findings;
import nl.routetoets.model.Finding.Citation;
import nl.routetoets.web.ArticleTexts.ArticleText;
import tools.jackson.databind.JsonNode;

/**
 * A check result as a school's form page shows it. The result document is the rule set's and is not
 * changed; what changes is how it reads to the school:
 * <ul>
 * <li>a finding names its field by the form's label and links to it, and stands beside that field too;
 * <li>a REVIEW finding about what only the reviewer records (the {@code assessment} of UR art. 3, and with
 *     it the career guidance of art. 5(7), formats.md §1) is shown as "beoordeelt DUS-I", apart from the
 *     open findings, and does not keep the school's verdict below "Voldoet": the school cannot answer it;
 * <li>a finding that follows from another (a level or domain that does not fit the chosen qualifications,
 *     see {@link FollowsFrom}) says so, and the finding it follows from comes first;
 * <li>while the form itself has problems, the verdict says to mend them first.
 * </ul>
 *
 * @param verdict the school's verdict: the result's, but COMPLIANT where only DUS-I's judgement is open,
 *     and FORM_ERRORS while the form has problems
 * @param resultVerdict the result's own verdict
 * @param reviewer the findings DUS-I judges
 * @param ruleErrors for an ERROR result, the rule that failed (for the administrator, as the result names it)
 */
public record SchoolResult(String verdict, String resultVerdict, String asOf, String regime, String ruleSet, List<Group> formGroups,
    List<RouteResult> routes, List<Finding> reviewer, List<FollowsFrom.Cause> causes, List<String> ruleErrors) {

  public record RouteResult(String routeId, String verdict, String resultVerdict, List<Group> groups, FollowsFrom.Cause cause) {}

  public record Group(String citation, List<ArticleText> texts, List<Finding> findings) {}

  /**
   * @param anchor the finding's HTML id; {@code fieldId} and {@code fieldLabel} the field it is about (null when none)
   * @param missing the fields whose values it misses, by label
   * @param hint the choices the form offers for its field (a fix that names them), or null
   * @param followsFrom what it follows from ("volgt uit het niveau …"), or null; {@code causeField} the field of that cause
   */
  public record Finding(String anchor, String norm, String rule, String severity, String part, String path, String fieldId,
      String fieldLabel, String message, String fix, String hint, List<String> missing, List<String> missingPaths,
      String interpretation, String followsFrom, String causeField, String key) {}

  /** What a page supplies: the field a path is about (an input name, or null), a path's label, the choices for a field. */
  record Context(Locale locale, ArticleTexts texts, Function<String, String> fieldOf, Function<String, String> label,
      java.util.function.BiFunction<String, JsonNode, String> hint, List<FollowsFrom.Cause> causes, boolean formHasProblems) {}

  static SchoolResult of(JsonNode result, Context c) {
    String lang = ResultView.lang(c.locale());
    int[] counter = {0};
    List<Finding> reviewer = new ArrayList<>();
    List<JsonNode> open = new ArrayList<>();
    // a route document (a route under the law) has its own findings at the top: what they follow from has no route id
    FollowsFrom.Cause whole = c.causes().stream().filter(x -> x.routeId() == null).findFirst().orElse(null);
    List<Group> formGroups = groups(result.path("findings"), whole, c, lang, counter, reviewer, open);
    List<JsonNode> formOpen = List.copyOf(open);
    List<RouteResult> routes = new ArrayList<>();
    for (JsonNode r : result.path("routes")) {
      String routeId = r.path("routeId").asString();
      FollowsFrom.Cause cause = c.causes().stream().filter(x -> routeId.equals(x.routeId())).findFirst().orElse(null);
      open.clear();
      List<Group> groups = groups(r.path("findings"), cause, c, lang, counter, reviewer, open);
      List<JsonNode> all = new ArrayList<>(formOpen);
      all.addAll(open);
      String resultVerdict = r.path("verdict").asString();
      routes.add(new RouteResult(routeId, schoolVerdict(resultVerdict, all, c.formHasProblems()), resultVerdict, groups, cause));
    }
    List<JsonNode> everything = new ArrayList<>();
    result.path("findings").forEach(everything::add);
    result.path("routes").forEach(r -> r.path("findings").forEach(everything::add));
    everything.removeIf(f -> isReviewers(f));
    String resultVerdict = result.path("verdict").asString();
    return new SchoolResult(schoolVerdict(resultVerdict, everything, c.formHasProblems()), resultVerdict, text(result.path("asOf")),
        text(result.path("regime")), result.path("ruleSet").path("version").asString(null), formGroups, routes, reviewer, c.causes(),
        "ERROR".equals(resultVerdict) ? ruleErrors(result) : List.of());
  }

  private static List<String> ruleErrors(JsonNode result) {
    List<String> errors = new ArrayList<>();
    result.path("errors").forEach(e -> errors.add(e.path("problem").asString("")));
    return errors;
  }

  /**
   * The school's verdict: with problems in the form, mend those first; a result that needs review only for
   * what DUS-I judges is, for the school, "Voldoet". The rest is the result's own verdict.
   */
  static String schoolVerdict(String resultVerdict, List<JsonNode> open, boolean formHasProblems) {
    if ("INVALID".equals(resultVerdict) || "ERROR".equals(resultVerdict)) {
      return resultVerdict;
    }
    if (formHasProblems) {
      return "FORM_ERRORS";
    }
    if ("NEEDS_REVIEW".equals(resultVerdict) && open.stream().noneMatch(f -> {
      String s = f.path("severity").asString();
      return "VIOLATION".equals(s) || "REVIEW".equals(s) && !isReviewers(f);
    })) {
      return "COMPLIANT";
    }
    return resultVerdict;
  }

  /**
   * Whether a finding is one only the reviewer can answer: a REVIEW whose path and missing facts are all in
   * the reviewer's {@code assessment} (formats.md §1: "null, the usual case for a school's self-check,
   * gives REVIEW findings"), as the assessment of UR art. 3 and the career guidance of art. 5(7) are.
   */
  static boolean isReviewers(JsonNode f) {
    if (!"REVIEW".equals(f.path("severity").asString())) {
      return false;
    }
    List<String> facts = new ArrayList<>();
    String path = f.path("path").asString("");
    if (!path.isEmpty()) {
      facts.add(path);
    }
    f.path("missingFacts").forEach(m -> facts.add(m.asString()));
    return !facts.isEmpty() && facts.stream().allMatch(p -> p.equals("assessment") || p.startsWith("assessment."));
  }

  private static List<Group> groups(JsonNode findings, FollowsFrom.Cause cause, Context c, String lang, int[] counter,
      List<Finding> reviewer, List<JsonNode> open) {
    Map<String, List<Finding>> byArticle = new LinkedHashMap<>();
    Map<String, Citation> citations = new LinkedHashMap<>();
    Set<String> roots = new LinkedHashSet<>();
    for (JsonNode f : findings) {
      Finding view = finding(f, cause, c, lang, ++counter[0]);
      if (isReviewers(f)) {
        reviewer.add(view);
        continue;
      }
      open.add(f);
      Citation citation = Json.MAPPER.treeToValue(f.path("article"), Citation.class);
      String article = ResultView.article(citation);
      citations.putIfAbsent(article, citation);
      byArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(view);
      if (cause != null && cause.roots().contains(view.key())) {
        roots.add(article);
      }
    }
    List<Group> groups = new ArrayList<>();
    byArticle.forEach((article, list) -> {
      List<Finding> sorted = new ArrayList<>(list);
      if (cause != null) {
        sorted.sort(Comparator.comparing(x -> cause.roots().contains(x.key()) ? 0 : 1));
      }
      groups.add(new Group(article, c.texts().of(citations.get(article)), sorted));
    });
    // the finding the others follow from comes first
    groups.sort(Comparator.comparing(g -> roots.contains(g.citation()) ? 0 : 1));
    return groups;
  }

  private static Finding finding(JsonNode f, FollowsFrom.Cause cause, Context c, String lang, int n) {
    String path = f.path("path").asString("");
    List<String> missingPaths = new ArrayList<>();
    f.path("missingFacts").forEach(m -> missingPaths.add(m.asString()));
    List<String> missing = missingPaths.stream().map(c.label()).toList();
    String field = c.fieldOf().apply(path);
    if (field == null) {
      for (JsonNode m : f.path("missingFacts")) {
        field = c.fieldOf().apply(m.asString());
        if (field != null) {
          break;
        }
      }
    }
    String key = Findings.key(f);
    boolean follows = cause != null && cause.dependents().contains(key);
    return new Finding("finding-" + n, f.path("norm").asString(), f.path("rule").asString(), f.path("severity").asString(),
        ResultView.articlePart(f.path("article").path("citation").asString("")), path,
        field == null ? null : FormView.fieldId(field), path.isEmpty() && field == null ? null : c.label().apply(field != null ? field : path),
        f.path("message").path(lang).asString(""), f.path("fix").path(lang).asString(null),
        field == null || "INFO".equals(f.path("severity").asString()) ? null : c.hint().apply(field, f), missing, missingPaths,
        f.path("interpretation").asString(null), follows ? cause.tag() : null,
        follows ? FormView.fieldId(cause.field()) : null, key);
  }

  /** Every finding shown as open (not DUS-I's), by the input it stands beside: its path's field, else its missing facts'. */
  Map<String, List<Finding>> beside(Function<String, String> fieldOf) {
    Map<String, List<Finding>> beside = new LinkedHashMap<>();
    List<Group> all = new ArrayList<>(formGroups);
    routes.forEach(r -> all.addAll(r.groups()));
    for (Group g : all) {
      for (Finding f : g.findings()) {
        Set<String> fields = new LinkedHashSet<>();
        String own = fieldOf.apply(f.path());
        if (own != null) {
          fields.add(own);
        }
        if (fields.isEmpty()) {
          // no field of its own: the fields of the facts it misses
          f.missingPaths().stream().map(fieldOf).forEach(fields::add);
        }
        fields.stream().filter(Objects::nonNull).forEach(name -> beside.computeIfAbsent(name, k -> new ArrayList<>()).add(f));
      }
    }
    return beside;
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asString();
  }
}
