package nl.routetoets.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.routetoets.service.RouteToetsApplication;
import nl.routetoets.service.RulesFailureAnalyzer;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web service; the other commands never start Spring. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Starts the RouteToets service: the check API, the review workflow, accounts (README, \"Service\").",
        "Spring options pass through, e.g. --server.port=9090 or --spring.datasource.url=jdbc:postgresql://…"},
    footer = {"", "The first admin comes from ROUTETOETS_ADMIN_USER and ROUTETOETS_ADMIN_PASSWORD."})
final class ServeCommand implements Callable<Integer> {
  @Unmatched List<String> springArgs = new ArrayList<>();

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    SpringApplication app = new SpringApplication(RouteToetsApplication.class);
    app.addListeners(event -> {
      if (event instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    ConfigurableApplicationContext context;
    try {
      context = app.run(springArgs.toArray(String[]::new));
    } catch (RuntimeException e) {
      String rules = RulesFailureAnalyzer.sentence(e);
      if (rules == null) {
        throw e;
      }
      spec.commandLine().getErr().println("routetoets serve: " + rules);
      spec.commandLine().getErr().flush();
      return Main.USAGE;
    }
    if (context.isActive()) {
      closed.await(); // until SIGTERM/SIGINT closes the context gracefully
    }
    return Main.OK;
  }
}
