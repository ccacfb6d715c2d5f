/**
 * The Spring Boot application behind {@code routetoets serve}: configuration, the rule set in
 * service, request ids in the logs, and what {@code /actuator/info} says. The outermost edge after the
 * command line.
 */
package nl.routetoets.service;
