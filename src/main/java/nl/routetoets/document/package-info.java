/**
 * Reading the documents of formats.md: single JSON files, bundles and JSON Lines streams, with an
 * error that names the file, the line, the JSON path and the problem for anything that is not right.
 */
package nl.routetoets.document;
