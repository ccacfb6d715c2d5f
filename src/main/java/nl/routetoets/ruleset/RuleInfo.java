package nl.routetoets.ruleset;

import java.util.List;
import nl.routetoets.model.Finding.Citation;
import nl.routetoets.model.Finding.Text;
import nl.routetoets.model.Severity;

/**
 * What a rule says about itself in its metadata: the norm it checks, the article, the regime(s),
 * the severity, its messages and fix in Dutch and English, and the interpretation it relies on.
 */
public record RuleInfo(
    String packageName,
    String name,
    String file,
    String norm,
    Severity severity,
    List<String> regimes,
    Citation article,
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
