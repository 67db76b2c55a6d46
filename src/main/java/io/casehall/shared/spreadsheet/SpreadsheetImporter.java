package io.casehall.shared.spreadsheet;

import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The import engine, free of storage and web concerns: reads an .xlsx against an {@link ImportDefinition},
 * applies accepted rows to an {@link ImportSink} and returns an {@link ImportReport}; writes the
 * downloadable template and report workbooks. Texts (reasons, report columns, instructions) are in the
 * current user's language. Most callers use {@link SpreadsheetImports}, which adds upload validation and
 * keeps each run as an {@link ImportBatch}.
 */
@Component
public class SpreadsheetImporter {

    /** The header row must be among the first rows of a sheet (a title row above it is fine). */
    static final int HEADER_SCAN_ROWS = 20;
    /** Names of instruction sheets, never read as data. */
    static final Set<String> INSTRUCTION_SHEETS = Set.of("填写说明", "Instructions");

    private final Messages messages;
    private final ImportWorkbooks workbooks;

    public SpreadsheetImporter(Messages messages) {
        this.messages = messages;
        this.workbooks = new ImportWorkbooks(messages);
    }

    /**
     * Reads the file, parses and de-duplicates its rows, and applies the accepted ones to the sink in file
     * order. Throws {@link SpreadsheetRejectedException} when the file as a whole cannot be imported
     * (nothing is applied then).
     */
    public <T> ImportReport importWorkbook(ImportDefinition<T> definition, byte[] xlsx, ImportSink<T> sink) {
        ParsedSheet sheet = read(definition, xlsx);
        List<Pending<T>> pending = new ArrayList<>(sheet.rows().size());
        Map<String, Integer> firstRowByKey = new HashMap<>();
        for (DataRow data : sheet.rows()) {
            SheetRow row = data.row();
            RowErrors errors = new RowErrors();
            data.lossyKeys().forEach(key -> errors.add("spreadsheet.error.precision", row.header(key)));
            String duplicateKey = definition.duplicateKeyOf(row);
            if (duplicateKey != null) {
                Integer first = firstRowByKey.putIfAbsent(duplicateKey, row.rowNumber());
                if (first != null) {
                    errors.add("spreadsheet.error.duplicate", String.valueOf(first), definition.duplicateLabel());
                }
            }
            T value = null;
            try {
                value = definition.parser().parse(row, errors);
            } catch (UserFacingException e) {
                errors.add(e.messageKey(), e.args());
            }
            pending.add(new Pending<>(row, errors, value));
        }

        sink.prepare(pending.stream().filter(p -> p.errors().isEmpty()).map(Pending::value).toList());
        List<ImportReport.ReportRow> reportRows = new ArrayList<>(pending.size());
        for (Pending<T> p : pending) {
            RowOutcome outcome = RowOutcome.REFUSED;
            if (p.errors().isEmpty()) {
                try {
                    outcome = sink.apply(p.value(), p.errors());
                } catch (UserFacingException e) {
                    p.errors().add(e.messageKey(), e.args());
                }
                if (p.errors().hasAny() || outcome == null) {
                    outcome = p.errors().hasAny() ? RowOutcome.REFUSED : RowOutcome.IMPORTED;
                }
            }
            List<String> values = sheet.presentKeys().stream().map(p.row()::text).toList();
            List<String> reasons = java.util.stream.Stream.concat(p.errors().reasons().stream(),
                            outcome == RowOutcome.REFUSED ? java.util.stream.Stream.empty() : p.errors().notes().stream())
                    .map(reason -> messages.get(reason.messageKey(), reason.args())).toList();
            reportRows.add(new ImportReport.ReportRow(p.row().rowNumber(), values, outcome, reasons));
        }
        sink.complete();
        return new ImportReport(definition.kind(), sheet.presentHeaders(), reportRows);
    }

    /** The file's data rows as text, without applying them (for previews, or callers with their own loop). */
    public List<SheetRow> readRows(ImportDefinition<?> definition, byte[] xlsx) {
        return read(definition, xlsx).rows().stream().map(DataRow::row).toList();
    }

    private record Pending<T>(SheetRow row, RowErrors errors, T value) {
    }

    record DataRow(SheetRow row, Set<String> lossyKeys) {
    }

    record ParsedSheet(List<String> presentKeys, List<String> presentHeaders, List<DataRow> rows) {
    }

    ParsedSheet read(ImportDefinition<?> definition, byte[] xlsx) {
        HeaderAndRows collector = new HeaderAndRows(definition);
        try {
            SheetReader.read(xlsx, collector);
        } catch (SpreadsheetRejectedException e) {
            throw e;
        } catch (Exception e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof SpreadsheetRejectedException rejected) {
                    throw rejected;
                }
            }
            throw new SpreadsheetRejectedException("spreadsheet.unreadable");
        }
        if (collector.columnIndex == null) {
            List<String> missing = definition.columns().stream().filter(SheetColumn::required)
                    .filter(column -> !collector.bestMatch.containsKey(column.key()))
                    .map(SheetColumn::header).toList();
            if (missing.isEmpty()) {
                missing = definition.columns().stream().map(SheetColumn::header).toList();
            }
            throw new SpreadsheetRejectedException("spreadsheet.missingHeaders", String.join("、", missing),
                    String.valueOf(HEADER_SCAN_ROWS));
        }
        if (collector.rows.isEmpty()) {
            throw new SpreadsheetRejectedException("spreadsheet.noRows");
        }
        List<String> presentKeys = definition.columns().stream().map(SheetColumn::key)
                .filter(collector.columnIndex::containsKey).toList();
        List<String> presentHeaders = definition.columns().stream()
                .filter(column -> collector.columnIndex.containsKey(column.key())).map(SheetColumn::header).toList();
        return new ParsedSheet(presentKeys, presentHeaders, collector.rows);
    }

    /** Finds the header row (the first of the first rows naming every required column) and collects data rows. */
    private static final class HeaderAndRows implements SheetReader.Visitor {

        private final ImportDefinition<?> definition;
        private final Map<String, SheetColumn> columnsByKey = new LinkedHashMap<>();
        private final List<DataRow> rows = new ArrayList<>();
        private Map<String, Integer> columnIndex;
        private Map<Integer, String> keyByColumn;
        private Map<String, Integer> bestMatch = Map.of();

        HeaderAndRows(ImportDefinition<?> definition) {
            this.definition = definition;
            definition.columns().forEach(column -> columnsByKey.put(column.key(), column));
        }

        @Override
        public boolean startSheet(String name) {
            return !INSTRUCTION_SHEETS.contains(name == null ? "" : name.strip());
        }

        @Override
        public boolean row(SheetReader.RawRow raw) {
            if (columnIndex == null) {
                if (raw.rowNumber() > HEADER_SCAN_ROWS) {
                    return false;
                }
                Map<String, Integer> match = matchHeader(raw);
                boolean complete = definition.columns().stream().filter(SheetColumn::required)
                        .allMatch(column -> match.containsKey(column.key()));
                if (complete) {
                    columnIndex = match;
                    keyByColumn = match.entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
                } else if (match.size() > bestMatch.size()) {
                    bestMatch = match;
                }
                return true;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean blank = true;
            for (Map.Entry<String, Integer> entry : columnIndex.entrySet()) {
                String text = raw.cells().getOrDefault(entry.getValue(), "");
                blank &= text.isEmpty();
                values.put(entry.getKey(), text);
            }
            if (blank) {
                return true;
            }
            Set<String> lossyKeys = new LinkedHashSet<>();
            raw.lossyColumns().stream().map(keyByColumn::get).filter(java.util.Objects::nonNull).forEach(lossyKeys::add);
            rows.add(new DataRow(new SheetRow(raw.rowNumber(), columnsByKey, values, columnIndex.keySet()), lossyKeys));
            if (rows.size() > definition.maxRows()) {
                throw new SpreadsheetRejectedException("spreadsheet.tooManyRows", String.valueOf(definition.maxRows()));
            }
            return true;
        }

        private Map<String, Integer> matchHeader(SheetReader.RawRow raw) {
            Map<String, Integer> match = new LinkedHashMap<>();
            for (Map.Entry<Integer, String> cell : raw.cells().entrySet()) {
                for (SheetColumn column : definition.columns()) {
                    if (!match.containsKey(column.key()) && column.matchesHeader(cell.getValue())) {
                        match.put(column.key(), cell.getKey());
                        break;
                    }
                }
            }
            return match;
        }

        @Override
        public boolean endSheet() {
            return columnIndex != null;
        }
    }

    /**
     * The file users fill in: a data sheet with the header row and a 填写说明 sheet explaining each column
     * (see {@link ImportWorkbooks#template}).
     */
    public byte[] template(ImportDefinition<?> definition) {
        return workbooks.template(definition);
    }

    /**
     * The downloadable report: sheet 1 holds only the refused rows, sheet 2 every row with its result
     * (see {@link ImportWorkbooks#reportWorkbook}).
     */
    public byte[] reportWorkbook(ImportReport report) {
        return workbooks.reportWorkbook(report);
    }
}
