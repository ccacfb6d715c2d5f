/** The command line: {@code routetoets check|norms|test-rules}. An edge: nothing else depends on it. */
package nl.routetoets.cli;
