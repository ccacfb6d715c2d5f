/**
 * The DUS-I workflow without HTTP: checking documents under the live rule set, schools submitting
 * applications (stored exactly as received, every version kept), reviewers deciding per route with a
 * receipt, re-checking against that receipt, and the audit entry of every change.
 */
package nl.routetoets.review;
