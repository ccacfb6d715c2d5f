package nl.routetoets.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service: {@code java -jar routetoets.jar serve}, see README "Service". Only the packages that hold Spring's
 * components and settings are scanned: reading every class of the program to find them (the rules' facts, the
 * model, the report, …: two thirds of its classes) cost the start about a second. ComponentScanTest holds every
 * component to these packages.
 */
@SpringBootApplication(scanBasePackages = {"nl.routetoets.service", "nl.routetoets.api", "nl.routetoets.web", "nl.routetoets.security",
    "nl.routetoets.persistence", "nl.routetoets.dusiworkflow", "nl.routetoets.reportjob"})
@ConfigurationPropertiesScan({"nl.routetoets.service", "nl.routetoets.api", "nl.routetoets.web", "nl.routetoets.security",
    "nl.routetoets.persistence", "nl.routetoets.dusiworkflow", "nl.routetoets.reportjob"})
public class RouteToetsApplication {
  /** The packages scanned for components and settings, as the annotations above name them. */
  public static final java.util.List<String> SCANNED = java.util.List.of("nl.routetoets.service", "nl.routetoets.api",
      "nl.routetoets.web", "nl.routetoets.security", "nl.routetoets.persistence", "nl.routetoets.dusiworkflow",
      "nl.routetoets.reportjob");
}
