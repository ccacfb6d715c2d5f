package nl.routetoets.dusiworkflow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.routetoets.dusiworkflow.Views.DecisionRequest;
import nl.routetoets.model.InputError;
import nl.routetoets.persistence.DecisionOutcome;
import nl.routetoets.persistence.Overrule;
import tools.jackson.databind.JsonNode;

/**
 * What a decision must say. Approving a route goes against each of its VIOLATION findings, so each
 * needs a reason (interpretations.md I-41); any finding may be overruled with a reason, but only one
 * that was shown.
 */
final class Decisions {
  private Decisions() {}

  static List<InputError> validate(DecisionRequest request, List<String> routeIds, List<JsonNode> shown) {
    List<InputError> errors = new ArrayList<>();
    if (request.routeId() == null || !routeIds.contains(request.routeId())) {
      errors.add(error("routeId", "one of the routes of the current version: " + String.join(", ", routeIds)));
    }
    if (request.outcome() == null) {
      errors.add(error("outcome", "APPROVED, REJECTED or RETURNED"));
    }
    if (request.motivation() == null || request.motivation().isBlank()) {
      errors.add(error("motivation", "every decision needs a motivation"));
    }
    List<Overrule> overrules = request.overrules() == null ? List.of() : request.overrules();
    Set<String> shownKeys = new HashSet<>();
    shown.forEach(f -> shownKeys.add(Findings.key(f)));
    Set<String> overruled = new HashSet<>();
    for (int i = 0; i < overrules.size(); i++) {
      Overrule o = overrules.get(i);
      String key = o == null ? null : Findings.key(o.norm(), o.path(), o.rule());
      if (key == null || !shownKeys.contains(key)) {
        errors.add(error("overrules[" + i + "]", "names no finding of this route (give its norm, path and rule as shown)"));
      } else if (o.reason() == null || o.reason().isBlank()) {
        errors.add(error("overrules[" + i + "].reason", "an overruled finding needs a reason"));
      } else {
        overruled.add(key);
      }
    }
    if (request.outcome() == DecisionOutcome.APPROVED) {
      for (JsonNode f : shown) {
        if (ApplicationWorkflow.isViolation(f) && !overruled.contains(Findings.key(f))) {
          errors.add(error("overrules", "approving overrules the VIOLATION " + Findings.key(f) + ": give a reason for it"));
        }
      }
    }
    return errors;
  }

  private static InputError error(String path, String problem) {
    return new InputError(null, null, path, problem);
  }
}
