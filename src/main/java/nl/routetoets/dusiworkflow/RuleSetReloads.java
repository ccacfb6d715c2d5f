package nl.routetoets.dusiworkflow;

import java.time.Clock;
import java.util.List;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.persistence.AuditAction;
import nl.routetoets.persistence.AuditLog;
import nl.routetoets.ruleset.RuleSetException;
import org.springframework.stereotype.Service;

/**
 * An admin's reload of the rule set in service, from the API or the admin's page: compiled, gated by every
 * fixture, swapped in only when all pass, and audited either way (a refusal with the number of problems).
 */
@Service
public class RuleSetReloads {
  /** What a reload came to. */
  public sealed interface Outcome permits Reloaded, Busy, Refused {
    /** The sha256 of the rule set that served before. */
    String before();
  }

  /** The new rule set serves. */
  public record Reloaded(String before, LiveRuleSet.Loaded now) implements Outcome {}

  /** Another reload was running; nothing changed. */
  public record Busy(String before, String message) implements Outcome {}

  /** The rules did not compile or did not pass their fixtures; the old rule set keeps serving. */
  public record Refused(String before, String folder, List<String> problems) implements Outcome {}

  private final LiveRuleSet live;
  private final AuditLog audit;
  private final Clock clock;

  public RuleSetReloads(LiveRuleSet live, AuditLog audit, Clock clock) {
    this.live = live;
    this.audit = audit;
    this.clock = clock;
  }

  public Outcome reload(String actor) {
    String before = live.current().ref().sha256();
    LiveRuleSet.Loaded now;
    try {
      now = live.reload(clock.instant());
    } catch (LiveRuleSet.ReloadInProgress e) {
      return new Busy(before, e.getMessage());
    } catch (RuleSetException e) {
      audit.append(actor, AuditAction.RULE_SET_RELOAD_REFUSED, "rule-set", e.problems().size() + " problem(s); still serving " + before);
      return new Refused(before, live.rulesFolder().toString(), e.problems());
    }
    audit.append(actor, AuditAction.RULE_SET_RELOADED, "rule-set", "version " + now.ruleSet().ref().version() + ", sha256 "
        + now.ruleSet().ref().sha256() + " (was " + before + ")");
    return new Reloaded(before, now);
  }
}
