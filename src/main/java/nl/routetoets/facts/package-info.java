/**
 * The vocabulary of the rules: the facts the DRL files in {@code rules/} match on. Built from the
 * documents by the application and trajectory checkers; every fact knows its JSON path, so that a
 * finding can point at the field it is about.
 */
package nl.routetoets.facts;
