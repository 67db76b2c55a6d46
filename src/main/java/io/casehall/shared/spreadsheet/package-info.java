/**
 * The spreadsheet engine every import and export uses: import definitions (columns, row parser,
 * duplicate key) applied to a sink with a downloadable report, templates with instructions, streaming
 * (SXSSF) exports, and the record of import runs.
 */
package io.casehall.shared.spreadsheet;
