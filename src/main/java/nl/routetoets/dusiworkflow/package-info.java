/**
 * The DUS-I workflow, in which DUS-I reviewers judge the route applications of schools: submission
 * (checked under the live rule set, stored exactly as received, every version kept), the checks,
 * reviewers' decisions per route with a receipt, new versions of returned applications, re-checking
 * against the receipt, and the audit entry of every change. Beside it, the routes under the structural
 * law of 2020 that schools record ({@link nl.routetoets.dusiworkflow.LawRoutes}): no application and no
 * decision, but the same reading, checking, storing as received and visibility per school; the
 * workflow refuses a route document and says where it belongs. No HTTP here: the API and the pages
 * are its two edges.
 */
package nl.routetoets.dusiworkflow;
