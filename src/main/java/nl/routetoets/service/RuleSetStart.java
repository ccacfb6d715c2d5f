package nl.routetoets.service;

import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.ruleset.Limits;
import nl.routetoets.ruleset.RuleCache;
import nl.routetoets.ruleset.RulesFolder;
import nl.routetoets.service.ServiceConfig.CheckProperties;
import nl.routetoets.service.ServiceConfig.RulesProperties;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts taking the rule set into service as soon as the service's settings are known, before Spring builds the rest
 * of the service, on a thread of its own: loading the rules (and, for a rule set or fixtures not passed before,
 * running the fixtures) goes on while the web server, the database and its migrations are made. The rule set bean
 * ({@link ServiceConfig}) waits for it, and the service is ready only after every bean is made: a ready service
 * has its rules in service. A rules or fixtures folder that is named but cannot be used stops the start at once,
 * before anything else is made. (Registered in META-INF/spring.factories.)
 */
public final class RuleSetStart implements ApplicationListener<ApplicationPreparedEvent> {
  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    if (!event.getSpringApplication().getAllSources().contains(RouteToetsApplication.class)) {
      return;
    }
    event.getApplicationContext().getBeanFactory()
        .registerSingleton("liveRuleSetStarting", begin(Binder.get(event.getApplicationContext().getEnvironment())));
  }

  /** The first rule set of the settings, on its way; a folder named but unusable fails here. */
  static LiveRuleSet.Starting begin(Binder settings) {
    RulesProperties rules = settings.bindOrCreate("routetoets", RulesProperties.class);
    CheckProperties check = settings.bindOrCreate("routetoets.check", CheckProperties.class);
    RulesFolder.Folder rulesFolder;
    RulesFolder.Folder fixturesFolder;
    try {
      rulesFolder = RulesFolder.rulesNamedBy(rules.rules(), RulesFolder.Source.PROPERTY);
      fixturesFolder = RulesFolder.fixturesNamedBy(rules.fixtures(), RulesFolder.Source.FIXTURES_PROPERTY);
    } catch (RulesFolder.Unusable e) {
      throw new RulesUnusable(e);
    }
    return LiveRuleSet.begin(rulesFolder.path(), fixturesFolder.path(), new Limits(check.timeLimit(), check.maxFirings()),
        check.reloadTimeLimit(), RuleCache.standard(rules.cache()));
  }

  /** The rules or fixtures folder the settings name cannot be used: {@link RulesFailureAnalyzer} words it. */
  static final class RulesUnusable extends RuntimeException {
    RulesUnusable(RulesFolder.Unusable cause) {
      super(cause.getMessage(), cause);
    }
  }
}
