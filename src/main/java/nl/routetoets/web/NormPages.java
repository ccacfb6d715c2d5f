package nl.routetoets.web;

import java.util.List;
import java.util.Map;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.ruleset.NormCatalogue.Norm;
import nl.routetoets.ruleset.RuleInfo;
import nl.routetoets.ruleset.RuleSet;
import nl.routetoets.security.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The norm catalogue of the rule set in service: every norm, its article, rules and fixtures, and why a norm is not automated. */
@Controller
class NormPages {
  /** A norm with the rules that check it, each with the fixtures in which it fires. */
  public record NormRow(Norm norm, List<RuleRow> rules, int fixtures) {}

  public record RuleRow(RuleInfo rule, List<String> fixtures, List<ArticleTexts.ArticleText> texts) {}

  private final LiveRuleSet live;
  private final ArticleTexts texts;

  NormPages(LiveRuleSet live, ArticleTexts texts) {
    this.live = live;
    this.texts = texts;
  }

  /** The article a rule cites; for a rule of the law also its WVO 2020 successor and the WEB article beside it. */
  private List<ArticleTexts.ArticleText> texts(RuleInfo r) {
    List<ArticleTexts.ArticleText> all = new java.util.ArrayList<>(texts.of(r.article()));
    all.addAll(texts.of(r.renumbered()));
    all.addAll(texts.of(r.web()));
    return List.copyOf(all);
  }

  @GetMapping("/norms")
  String norms(Model model) {
    LiveRuleSet.Loaded loaded = live.loaded();
    model.addAttribute("norms", loaded.ruleSet().norms().all().stream().map(n -> row(n, loaded)).toList());
    model.addAttribute("ruleSet", loaded.ruleSet().ref());
    return "norms/list";
  }

  @GetMapping("/norms/{id}")
  String norm(@PathVariable String id, Model model) {
    LiveRuleSet.Loaded loaded = live.loaded();
    Norm norm = loaded.ruleSet().norms().get(id);
    if (norm == null) {
      throw Refused.notFound("no norm \"" + id + "\"");
    }
    model.addAttribute("row", row(norm, loaded));
    model.addAttribute("ruleSet", loaded.ruleSet().ref());
    return "norms/norm";
  }

  private NormRow row(Norm n, LiveRuleSet.Loaded loaded) {
    RuleSet ruleSet = loaded.ruleSet();
    Map<String, List<String>> fixtures = loaded.fixturesByRule();
    List<RuleRow> rules = ruleSet.rules().values().stream().filter(r -> r.norm().equals(n.id()))
        .map(r -> new RuleRow(r, fixtures.getOrDefault(r.name(), List.of()), texts(r))).toList();
    return new NormRow(n, rules, rules.stream().mapToInt(r -> r.fixtures().size()).sum());
  }
}
