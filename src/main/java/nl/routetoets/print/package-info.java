/**
 * Printed documents: a page the templates wrote, laid out as PDF (a decision, a report). No template and no
 * web framework here, so the report command and the service print the same way.
 */
package nl.routetoets.print;
