/**
 * Compliance reports over whole populations: reads streams and registers, checks every record on
 * all cores, and writes findings.csv, results.jsonl, summary.json and report.html in input order.
 * The entry point {@link nl.routetoets.report.ReportRun} has no terminal or command-line dependency,
 * so the web service can run it as a job.
 */
package nl.routetoets.report;
