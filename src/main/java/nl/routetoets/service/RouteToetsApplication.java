package nl.routetoets.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The service: {@code java -jar routetoets.jar serve}, see README "Service". */
@SpringBootApplication(scanBasePackages = "nl.routetoets")
@ConfigurationPropertiesScan("nl.routetoets")
public class RouteToetsApplication {}
