/** Checking route applications: from a form to facts, and from findings to a verdict per route. */
package nl.routetoets.application;
