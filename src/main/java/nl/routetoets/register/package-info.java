/**
 * A register in the style of DUO's BRON as CSV: one row per student per school year. Rows are
 * grouped into trajectory documents (formats.md §2) by an external sort, so that a register of any
 * size and in any order is read in bounded memory. Columns: docs/formats.md, "The register".
 */
package nl.routetoets.register;
