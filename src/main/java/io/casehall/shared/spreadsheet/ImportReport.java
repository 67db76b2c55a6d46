package io.casehall.shared.spreadsheet;

import java.util.List;

/**
 * The outcome of one import: every non-empty data row in file order with what became of it. Reasons are
 * already in the importing user's language. {@code headers} are the definition's columns the file had,
 * and each row's {@code values} follow them, so a report sheet can be fixed and imported again.
 */
public record ImportReport(String kind, List<String> headers, List<ReportRow> rows) implements java.io.Serializable {

    /** One data row: its row number in the file, its original values, the outcome and the reasons. */
    public record ReportRow(int rowNumber, List<String> values, RowOutcome outcome, List<String> reasons)
            implements java.io.Serializable {

        public ReportRow {
            values = List.copyOf(values);
            reasons = List.copyOf(reasons);
        }

        public boolean refused() {
            return outcome == RowOutcome.REFUSED;
        }

        /** The reasons joined for one cell or line. */
        public String reasonText() {
            return String.join("；", reasons);
        }
    }

    public ImportReport {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public int totalRows() {
        return rows.size();
    }

    /** Rows imported, updated or found unchanged. */
    public int imported() {
        return (int) rows.stream().filter(row -> row.outcome().isImported()).count();
    }

    public int refused() {
        return (int) rows.stream().filter(ReportRow::refused).count();
    }

    public int count(RowOutcome outcome) {
        return (int) rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    public List<ReportRow> refusedRows() {
        return rows.stream().filter(ReportRow::refused).toList();
    }

    /** A row's value in the column with this header, "" when absent. */
    public String value(ReportRow row, String header) {
        int index = headers.indexOf(header);
        return index < 0 || index >= row.values().size() ? "" : row.values().get(index);
    }
}
