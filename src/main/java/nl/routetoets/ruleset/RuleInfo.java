package nl.routetoets.ruleset;

import java.util.List;
import nl.routetoets.model.Finding.Citation;
import nl.routetoets.model.Finding.Text;
import nl.routetoets.model.Severity;

/**
 * What a rule says about itself in its metadata: the norm it checks, the article, the regime(s),
 * the severity, its messages and fix in Dutch and English, and the interpretation it relies on.
 * {@code renumbered}: for a rule of the structural law that cites the WVO, the same article in the WVO
 * 2020 (law2020.md N-LAW-27), cited when the fact that decides is dated from 1 August 2022; else null.
 * {@code web}: for a rule of the structural law whose norm the WEB holds too ({@code @web}), that WEB article,
 * cited beside the WVO article; else null.
 */
public record RuleInfo(
    String packageName,
    String name,
    String file,
    String norm,
    Severity severity,
    List<String> regimes,
    Citation article,
    Citation renumbered,
    Citation web,
    Text message,
    Text fix,
    String interpretation) {

  public String key() {
    return key(packageName, name);
  }

  static String key(String packageName, String name) {
    return packageName + "/" + name;
  }
}
