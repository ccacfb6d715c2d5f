/**
 * The REST API under {@code /api/v1}: checks, the norm catalogue and rule set, applications and
 * decisions, accounts, the audit log. HTTP only: controllers translate to the workflow and back, and
 * every error is an RFC 9457 problem detail naming the JSON path and the problem.
 */
package nl.routetoets.api;
