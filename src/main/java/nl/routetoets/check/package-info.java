/**
 * Checking documents of any kind: picks the peildatum, resolves route references against the
 * applications of the same run, and hands each document to its checker.
 */
package nl.routetoets.check;
