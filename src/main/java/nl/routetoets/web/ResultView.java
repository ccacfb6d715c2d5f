package nl.routetoets.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.routetoets.document.Json;
import nl.routetoets.dusiworkflow.Findings;
import nl.routetoets.model.Finding.Citation;
import nl.routetoets.web.ArticleTexts.ArticleText;
import tools.jackson.databind.JsonNode;

/**
 * A check result as the pages show it: the findings about the whole form and those of each route,
 * grouped by the article they rest on, each group with the article's text. Built from the result's
 * JSON, so a stored result shows exactly as it was stored; verdicts and texts are the rule set's own.
 */
public record ResultView(String verdict, String asOf, String regime, String ruleSet, List<ArticleGroup> formGroups,
    List<RouteView> routes, List<ErrorView> errors) {

  public record RouteView(String routeId, String verdict, List<ArticleGroup> groups, int findings) {}

  public record ArticleGroup(String citation, List<ArticleText> texts, List<FindingView> findings) {}

  /** {@code field}: the form field the finding's path names, when the form shows it (for a link to fix it). */
  public record FindingView(String norm, String rule, String severity, String part, String path, String message, String fix,
      List<String> missingFacts, String interpretation, String key, String field) {}

  public record ErrorView(String path, String problem, String field) {}

  static ResultView of(JsonNode result, Locale locale, ArticleTexts texts, java.util.Set<String> fields) {
    return of(result, locale, texts, path -> fields.contains(path) ? path : null);
  }

  /**
   * As above, with the form field (its input name) that a finding's or an error's path is about given
   * by {@code fieldOf}, which answers null for a path no field shows.
   */
  static ResultView of(JsonNode result, Locale locale, ArticleTexts texts, Function<String, String> fieldOf) {
    boolean en = "en".equals(lang(locale));
    List<RouteView> routes = new ArrayList<>();
    for (JsonNode r : result.path("routes")) {
      List<ArticleGroup> groups = groups(r.path("findings"), en, texts, fieldOf);
      routes.add(new RouteView(r.path("routeId").asString(), r.path("verdict").asString(), groups, r.path("findings").size()));
    }
    List<ErrorView> errors = new ArrayList<>();
    for (JsonNode e : result.path("errors")) {
      String path = e.path("path").asString("");
      errors.add(new ErrorView(path, e.path("problem").asString(""), id(fieldOf.apply(path))));
    }
    return new ResultView(result.path("verdict").asString(), text(result.path("asOf")), text(result.path("regime")),
        result.path("ruleSet").path("version").asString(null), groups(result.path("findings"), en, texts, fieldOf), routes, errors);
  }

  private static String id(String field) {
    return field == null ? null : FormView.fieldId(field);
  }

  private static List<ArticleGroup> groups(JsonNode findings, boolean en, ArticleTexts texts, Function<String, String> fieldOf) {
    Map<String, List<FindingView>> byArticle = new LinkedHashMap<>();
    Map<String, Citation> citations = new LinkedHashMap<>();
    for (JsonNode f : findings) {
      Citation c = Json.MAPPER.treeToValue(f.path("article"), Citation.class);
      String key = article(c);
      citations.putIfAbsent(key, c);
      byArticle.computeIfAbsent(key, k -> new ArrayList<>()).add(finding(f, en, fieldOf));
    }
    List<ArticleGroup> groups = new ArrayList<>();
    byArticle.forEach((article, list) -> groups.add(new ArticleGroup(article, texts.of(citations.get(article)), list)));
    return groups;
  }

  /** "Besluit …, art. 6": the citation up to the article, so that the parts of one article form one group. */
  static String article(Citation c) {
    if (c == null || c.citation() == null) {
      return "";
    }
    String upToArticle = ", art. " + c.article();
    int at = c.citation().indexOf(upToArticle);
    return at < 0 ? c.citation() : c.citation().substring(0, at + upToArticle.length());
  }

  private static FindingView finding(JsonNode f, boolean en, Function<String, String> fieldOf) {
    String lang = en ? "en" : "nl";
    List<String> missing = new ArrayList<>();
    f.path("missingFacts").forEach(m -> missing.add(m.asString()));
    String path = f.path("path").asString("");
    return new FindingView(f.path("norm").asString(), f.path("rule").asString(), f.path("severity").asString(),
        articlePart(f.path("article").path("citation").asString("")), path,
        f.path("message").path(lang).asString(""), f.path("fix").path(lang).asString(null), missing,
        f.path("interpretation").asString(null), Findings.key(f), id(fieldOf.apply(path)));
  }

  /** "art. 6, onder b": the citation from the article on, shown with each finding of the article's group. */
  static String articlePart(String citation) {
    int at = citation.indexOf(", art. ");
    return at < 0 ? null : citation.substring(at + 2);
  }

  /** The language of a finding's texts: English when the page is, else Dutch. */
  static String lang(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "en" : "nl";
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asString();
  }
}
