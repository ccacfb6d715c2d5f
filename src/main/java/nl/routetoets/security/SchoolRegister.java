package nl.routetoets.security;

import java.util.Optional;

/**
 * The vo schools a SCHOOL account may be bound to, by BRIN number: the reference list of the rule set in
 * service. Accounts refuse a BRIN that is not on it, and the pages show each BRIN's name beside it.
 */
public interface SchoolRegister {
  /** The school's name, or empty when the list does not hold this BRIN. */
  Optional<String> name(String brin);
}
