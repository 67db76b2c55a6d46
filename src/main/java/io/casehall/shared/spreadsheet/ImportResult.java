package io.casehall.shared.spreadsheet;

/** A finished import: the recorded batch (id, counts, report document) and the full report. */
public record ImportResult(ImportBatch batch, ImportReport report) {
}
