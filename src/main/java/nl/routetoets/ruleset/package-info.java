/**
 * Loading and running the rule set: the DRL files, the dated parameters and the reference data
 * of the {@code rules/} folder, compiled once into an immutable {@link nl.routetoets.ruleset.RuleSet}
 * that evaluates facts in a session of its own per document.
 */
package nl.routetoets.ruleset;
