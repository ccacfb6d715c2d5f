package nl.routetoets.dusiworkflow;

import java.util.Optional;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.ruleset.Reference;
import nl.routetoets.security.SchoolRegister;
import org.springframework.stereotype.Component;

/**
 * The schools accounts may be bound to: the vo schools of the reference data of the rule set in
 * service (rules/reference), read afresh on every question, so that a reload with a longer list counts
 * at once.
 */
@Component
class ReferenceSchools implements SchoolRegister {
  private final LiveRuleSet live;

  ReferenceSchools(LiveRuleSet live) {
    this.live = live;
  }

  @Override
  public Optional<String> name(String brin) {
    return Optional.ofNullable(live.current().reference().school(brin)).map(Reference.School::name);
  }
}
