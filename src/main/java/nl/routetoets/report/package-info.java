/**
 * Compliance reports over whole populations: reads streams and registers, checks every record on
 * all cores, and writes its outputs in input order: findings.csv, results.jsonl, summary.json,
 * report.html and report.en.html with the pages in details/, and report.pdf.
 * The entry point {@link nl.routetoets.report.ReportRun} has no terminal or command-line dependency,
 * so the web service can run it as a job.
 */
package nl.routetoets.report;
