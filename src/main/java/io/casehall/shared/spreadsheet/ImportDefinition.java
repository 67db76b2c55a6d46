package io.casehall.shared.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one kind of import reads: its columns in template order, how a row becomes a typed value, which
 * rows count as duplicates inside one file, and the row cap.
 *
 * <pre>{@code
 * ImportDefinition<Result> definition = ImportDefinition.<Result>builder("clearance-results", "办理结果")
 *         .column(SheetColumn.required("studentNo", "学号").aliases("Student No."))
 *         .column(SheetColumn.required("result", "办理结果").allowed("通过", "未通过"))
 *         .parser((row, errors) -> new Result(row.required("studentNo", errors), row.oneOf("result", errors)))
 *         .uniqueBy("studentNo")
 *         .build();
 * }</pre>
 */
public final class ImportDefinition<T> {

    public static final int DEFAULT_MAX_ROWS = 50_000;

    private final String kind;
    private final String sheetName;
    private final List<SheetColumn> columns;
    private final RowParser<T> parser;
    private final Function<SheetRow, String> duplicateKey;
    private final String duplicateLabel;
    private final int maxRows;

    private ImportDefinition(Builder<T> builder) {
        this.kind = builder.kind;
        this.sheetName = builder.sheetName;
        this.columns = List.copyOf(builder.columns);
        this.parser = Objects.requireNonNull(builder.parser, "parser");
        this.duplicateKey = builder.duplicateKey;
        this.duplicateLabel = builder.duplicateLabel;
        this.maxRows = builder.maxRows;
    }

    /**
     * @param kind      stable id of the import, e.g. "graduate-registry" (kept with each {@link ImportBatch})
     * @param sheetName name of the template's data sheet, e.g. "毕业生库"
     */
    public static <T> Builder<T> builder(String kind, String sheetName) {
        return new Builder<>(kind, sheetName);
    }

    public String kind() {
        return kind;
    }

    public String sheetName() {
        return sheetName;
    }

    public List<SheetColumn> columns() {
        return columns;
    }

    public RowParser<T> parser() {
        return parser;
    }

    public int maxRows() {
        return maxRows;
    }

    /** The key that makes two rows of one file duplicates, or null when the row has none (blank). */
    String duplicateKeyOf(SheetRow row) {
        if (duplicateKey == null) {
            return null;
        }
        String key = duplicateKey.apply(row);
        return key == null || key.isBlank() ? null : key;
    }

    String duplicateLabel() {
        return duplicateLabel;
    }

    public static final class Builder<T> {

        private final String kind;
        private final String sheetName;
        private final List<SheetColumn> columns = new ArrayList<>();
        private RowParser<T> parser;
        private Function<SheetRow, String> duplicateKey;
        private String duplicateLabel = "";
        private int maxRows = DEFAULT_MAX_ROWS;

        private Builder(String kind, String sheetName) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.sheetName = Objects.requireNonNull(sheetName, "sheetName");
        }

        public Builder<T> column(SheetColumn column) {
            if (columns.stream().anyMatch(c -> c.key().equals(column.key()))) {
                throw new IllegalArgumentException("Duplicate column key " + column.key());
            }
            columns.add(column);
            return this;
        }

        public Builder<T> parser(RowParser<T> rowParser) {
            this.parser = rowParser;
            return this;
        }

        /**
         * Rows with the same values in these columns (blanks and case ignored) are duplicates: the first one
         * counts, later ones are refused naming the first one's row number.
         */
        public Builder<T> uniqueBy(String... columnKeys) {
            List<String> keys = List.of(columnKeys);
            this.duplicateKey = row -> keys.stream().allMatch(row::isBlank) ? null
                    : keys.stream().map(k -> row.text(k).replaceAll("\\s", "").toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining("\u0001"));
            this.duplicateLabel = keys.stream()
                    .map(k -> columns.stream().filter(c -> c.key().equals(k)).findFirst()
                            .map(SheetColumn::header).orElse(k))
                    .collect(Collectors.joining("+"));
            return this;
        }

        /** A duplicate key computed freely; {@code label} names it in the reason (e.g. "学号或证件号码"). */
        public Builder<T> duplicateKey(String label, Function<SheetRow, String> key) {
            this.duplicateKey = key;
            this.duplicateLabel = label;
            return this;
        }

        public Builder<T> maxRows(int max) {
            this.maxRows = max;
            return this;
        }

        public ImportDefinition<T> build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("An import needs at least one column");
            }
            return new ImportDefinition<>(this);
        }
    }
}
