/**
 * Compliance reports as jobs of the service: an auditor or reviewer uploads a trajectory stream or a
 * BRON-style register, the report package's {@code ReportRun} checks it on a bounded executor under
 * the rule set in service, and its outputs land in a folder of their own. Used by the API and
 * the pages.
 */
package nl.routetoets.reportjob;
