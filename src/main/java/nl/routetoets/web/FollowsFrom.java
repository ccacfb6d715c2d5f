package nl.routetoets.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.routetoets.dusiworkflow.Findings;
import nl.routetoets.ruleset.Reference;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings that follow from another: a route whose mbo level (or opleidingsdomein) does not fit the
 * qualifications it names, all of one other level (domain), gets several findings from that one slip —
 * the qualifications' level, the duration band, the exam plan, the leerwegen — because the route's kind
 * follows from its level. Which ones follow from it is not guessed: the route is checked once more with
 * the qualifications' level (domain), and the findings that are then gone are the ones that follow from
 * it. The findings about the qualifications themselves are the ones they follow from, and come first.
 * The result document is not changed; this is how the school's page reads it.
 */
final class FollowsFrom {
  private FollowsFrom() {}

  /**
   * What several findings of a route follow from.
   *
   * @param routeId the application's route, or null for a route document (a route under the law)
   * @param field the input the cause is in ({@code routes[0].mbo.level})
   * @param text what the page says above the route's findings; {@code tag} what it says beside each that follows
   * @param roots the findings (keys) it is about; {@code dependents} the findings (keys) that follow from it
   */
  public record Cause(String routeId, String field, String text, String tag, Set<String> roots, Set<String> dependents) {
    /** The HTML id of the input the cause is in. */
    public String fieldId() {
      return FormView.fieldId(field);
    }
  }

  /**
   * The causes in a checked document: per route of an application, or of the route document itself.
   * {@code recheck} checks a changed copy of the document, as the page checked the document.
   */
  static List<Cause> of(ObjectNode doc, JsonNode result, Function<ObjectNode, JsonNode> recheck, Reference reference,
      MessageSource messages, Locale locale) {
    String verdict = result.path("verdict").asString();
    if ("INVALID".equals(verdict) || "ERROR".equals(verdict)) {
      return List.of();
    }
    List<Cause> causes = new ArrayList<>();
    if ("route".equals(doc.path("type").asString(""))) {
      cause(doc, doc, null, "", result, recheck, reference, messages, locale).ifPresent(causes::add);
    } else {
      JsonNode routes = doc.path("routes");
      for (int i = 0; i < routes.size(); i++) {
        if (routes.get(i) instanceof ObjectNode route && route.path("routeId").isString()) {
          cause(doc, route, route.path("routeId").asString(), ApplicationForm.routePrefix(i), result, recheck, reference, messages, locale)
              .ifPresent(causes::add);
        }
      }
    }
    return causes;
  }

  private static java.util.Optional<Cause> cause(ObjectNode doc, ObjectNode route, String routeId, String prefix, JsonNode result,
      Function<ObjectNode, JsonNode> recheck, Reference reference, MessageSource messages, Locale locale) {
    List<Reference.Qualification> quals = new ArrayList<>();
    for (String crebo : FormInput.items(route.path("mbo").path("qualifications"))) {
      Reference.Qualification q = reference.qualification(crebo);
      if (q == null) {
        return java.util.Optional.empty(); // a crebo the lists do not know says nothing about the level
      }
      quals.add(q);
    }
    if (quals.isEmpty()) {
      return java.util.Optional.empty();
    }
    Set<String> roots = keys(findings(result, routeId), prefix + "mbo.qualifications", prefix + "mbo.level", prefix + "mbo.domain");
    Set<Integer> levels = new HashSet<>();
    Set<String> letters = new HashSet<>();
    quals.forEach(q -> {
      levels.add(q.level());
      letters.add(q.domainLetter());
    });
    JsonNode level = route.path("mbo").path("level");
    if (levels.size() == 1 && level.isInt() && level.asInt() != levels.iterator().next()) {
      int theirs = levels.iterator().next();
      Set<String> dependents = dependents(doc, routeId, prefix, result, recheck, roots, copy -> {
        ((ObjectNode) at(copy, routeId).path("mbo")).put("level", theirs);
      });
      if (!dependents.isEmpty()) {
        Object[] args = {level.asInt(), theirs, dependents.size()};
        return java.util.Optional.of(new Cause(routeId, prefix + "mbo.level", messages.getMessage("follows.level.text", args, locale),
            messages.getMessage("follows.level.tag", args, locale), roots, dependents));
      }
    }
    String domain = route.path("mbo").path("domain").isString() ? route.path("mbo").path("domain").asString() : null;
    String ours = domain == null ? null : reference.domainLetter(domain);
    if (letters.size() == 1 && ours != null && letters.iterator().next() != null && !ours.equals(letters.iterator().next())) {
      String theirs = letters.iterator().next();
      Set<String> dependents = dependents(doc, routeId, prefix, result, recheck, roots, copy -> {
        ((ObjectNode) at(copy, routeId).path("mbo")).put("domain", theirs);
      });
      if (!dependents.isEmpty()) {
        Object[] args = {ours + " – " + reference.domainName(ours), theirs + " – " + reference.domainName(theirs), dependents.size()};
        return java.util.Optional.of(new Cause(routeId, prefix + "mbo.domain", messages.getMessage("follows.domain.text", args, locale),
            messages.getMessage("follows.domain.tag", args, locale), roots, dependents));
      }
    }
    return java.util.Optional.empty();
  }

  /** The findings of the route that are gone when the document is checked with {@code change}, without the roots. */
  private static Set<String> dependents(ObjectNode doc, String routeId, String prefix, JsonNode result,
      Function<ObjectNode, JsonNode> recheck, Set<String> roots, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode copy = doc.deepCopy();
    change.accept(copy);
    JsonNode then = recheck.apply(copy);
    Set<String> before = keys(findings(result, routeId));
    Set<String> after = keys(findings(then, routeId));
    Set<String> gone = new LinkedHashSet<>(before);
    gone.removeAll(after);
    gone.removeAll(roots);
    return gone;
  }

  private static JsonNode at(ObjectNode doc, String routeId) {
    if (routeId == null) {
      return doc;
    }
    for (JsonNode r : doc.path("routes")) {
      if (routeId.equals(r.path("routeId").asString(null))) {
        return r;
      }
    }
    throw new IllegalStateException("no route " + routeId);
  }

  /** A route's findings in a result: of an application's route by its id, of a route document at the top. */
  private static List<JsonNode> findings(JsonNode result, String routeId) {
    List<JsonNode> out = new ArrayList<>();
    if (routeId == null) {
      result.path("findings").forEach(out::add);
      return out;
    }
    for (JsonNode r : result.path("routes")) {
      if (routeId.equals(r.path("routeId").asString(null))) {
        r.path("findings").forEach(out::add);
      }
    }
    return out;
  }

  /** The keys of the findings, of those at or below one of the paths when paths are given. */
  private static Set<String> keys(List<JsonNode> findings, String... paths) {
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode f : findings) {
      String path = f.path("path").asString("");
      if (paths.length == 0 || java.util.Arrays.stream(paths).anyMatch(p -> path.equals(p) || path.startsWith(p + "[")
          || path.startsWith(p + "."))) {
        keys.add(Findings.key(f));
      }
    }
    return keys;
  }
}
