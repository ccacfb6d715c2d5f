package nl.routetoets.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import nl.routetoets.document.Json;
import nl.routetoets.live.LiveRuleSet;
import nl.routetoets.ruleset.RuleSetException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

@Configuration
public class ServiceConfig {
  /**
   * Where the rules and their fixtures are read: when unset, the working folder's rules/ and test-fixtures/ when there
   * are, else those bundled with the program ({@link nl.routetoets.ruleset.RulesFolder}); and where compiled rule sets
   * are kept ({@link nl.routetoets.ruleset.RuleCache#standard}; unset: the user's cache folder).
   */
  @ConfigurationProperties("routetoets")
  public record RulesProperties(Path rules, Path fixtures, String cache) {}

  /**
   * The bounds of a check: a document whose rules run past {@code timeLimit} or fire more than
   * {@code maxFirings} times gets an ERROR result naming the rule; a reload's fixtures together may take
   * {@code reloadTimeLimit}.
   */
  @ConfigurationProperties("routetoets.check")
  public record CheckProperties(
      @DefaultValue("2s") Duration timeLimit, @DefaultValue("10000") int maxFirings, @DefaultValue("60s") Duration reloadTimeLimit) {}

  /**
   * Time stamps of decisions and audit entries, and the moment an application submitted on the school's
   * form is received (written into the document as its submittedAt, UR2015 art. 2(7)); rules are never
   * evaluated on the clock (the peildatum is explicit). {@code routetoets.clock.start} (an ISO instant,
   * optional) starts the clock at that instant, running on from there: for a demo or training service
   * that replays an application round of the experiment (2014-2022), whose windows have long closed.
   */
  @Bean
  Clock clock(@org.springframework.beans.factory.annotation.Value("${routetoets.clock.start:}") String start) {
    if (start.isBlank()) {
      return Clock.systemUTC();
    }
    java.time.Instant at = java.time.OffsetDateTime.parse(start).toInstant();
    return Clock.offset(Clock.systemUTC(), Duration.between(java.time.Instant.now(), at));
  }

  /** The project's one JSON configuration, so that the API writes results byte for byte as the command line does. */
  @Bean
  JsonMapper jsonMapper() {
    return Json.MAPPER.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
  }

  /**
   * The rule set in service, started before the rest of the service by {@link RuleSetStart}: the service's parts get
   * it at once, and {@link #ruleSetInService} waits for its rules once every part is made, before the web server takes
   * requests and long before the service says it is ready.
   */
  @Bean
  LiveRuleSet liveRuleSet(LiveRuleSet.Starting starting) {
    return starting.live();
  }

  /**
   * Waits for the first rule set, after every part of the service is made (building those took as long as loading the
   * rules, and went on meanwhile) and before the web server is started: a service that answers has its rules. A rule
   * set that cannot be taken into service stops the start ({@link RulesFailureAnalyzer}).
   */
  @Bean
  static SmartInitializingSingleton ruleSetInService(ObjectProvider<LiveRuleSet.Starting> starting, ObjectProvider<Clock> clock) {
    return () -> {
      try {
        starting.getObject().await(clock.getObject().instant());
      } catch (RuleSetException e) {
        throw new RuleSetNotInService(e);
      }
    };
  }

  /** The first rule set could not be taken into service. */
  static final class RuleSetNotInService extends RuntimeException {
    RuleSetNotInService(RuleSetException cause) {
      super(cause.getMessage(), cause);
    }
  }

  @Bean
  InfoContributor ruleSetInfo(LiveRuleSet live) {
    return builder -> {
      LiveRuleSet.Loaded loaded = live.loaded();
      java.util.Map<String, Object> ruleSet = new java.util.LinkedHashMap<>();
      ruleSet.put("version", loaded.ruleSet().ref().version());
      ruleSet.put("sha256", loaded.ruleSet().ref().sha256());
      ruleSet.put("rules", loaded.ruleSet().rules().size());
      ruleSet.put("fixturesPassed", loaded.fixtures());
      // false: they had passed before with the same rules, fixtures and limits, and were not run again at this start
      ruleSet.put("fixturesRunAtLoad", loaded.fixturesRun());
      ruleSet.put("loadedAt", loaded.loadedAt().toString());
      builder.withDetail("ruleSet", ruleSet);
    };
  }
}
