package io.casehall.shared.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One data row of an import as text, keyed by column key, with helpers that check a cell and add a
 * reason naming the column when it is wrong. Cells are already trimmed; numbers keep their digits and
 * dates read yyyy-MM-dd.
 */
public final class SheetRow {

    /** Year, month and optional day: 2020-06-30, 2020/6/30, 2020.6.30, 2020年6月30日, 2016-09, 2016年9月. */
    private static final List<Pattern> DATES = List.of(
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?"),
            Pattern.compile("(\\d{4})(年)(\\d{1,2})月(\\d{1,2})日?"),
            Pattern.compile("(\\d{4})([-/.年])(\\d{1,2})月?()"),
            Pattern.compile("(\\d{4})()(\\d{2})(\\d{2})"));

    private final int rowNumber;
    private final Map<String, SheetColumn> columns;
    private final Map<String, String> values;
    private final Set<String> present;

    SheetRow(int rowNumber, Map<String, SheetColumn> columns, Map<String, String> values, Set<String> present) {
        this.rowNumber = rowNumber;
        this.columns = columns;
        this.values = values;
        this.present = present;
    }

    /** A row for tests and for callers that build rows themselves. */
    public static SheetRow of(int rowNumber, List<SheetColumn> columns, Map<String, String> values) {
        Map<String, SheetColumn> byKey = new LinkedHashMap<>();
        columns.forEach(column -> byKey.put(column.key(), column));
        Map<String, String> cleaned = new LinkedHashMap<>();
        values.forEach((key, value) -> cleaned.put(key, value == null ? "" : value.strip()));
        return new SheetRow(rowNumber, byKey, cleaned, values.keySet());
    }

    /** The row number Excel shows (1-based), so users find the row. */
    public int rowNumber() {
        return rowNumber;
    }

    /** Whether the file has this column at all (a blank cell in a present column is not the same as no column). */
    public boolean hasColumn(String key) {
        return present.contains(key);
    }

    /** The cell's text, "" when blank or when the file has no such column. */
    public String text(String key) {
        String value = values.get(key);
        return value == null ? "" : value;
    }

    /** The cell's text, or null when blank. */
    public String textOrNull(String key) {
        String value = text(key);
        return value.isEmpty() ? null : value;
    }

    public boolean isBlank(String key) {
        return text(key).isEmpty();
    }

    /** All values by column key, in column order. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** The header users see for a column key. */
    public String header(String key) {
        SheetColumn column = columns.get(key);
        return column == null ? key : column.header();
    }

    /** The text, or a reason "{header} 不能为空" when blank. */
    public String required(String key, RowErrors errors) {
        String value = text(key);
        if (value.isEmpty()) {
            errors.add("spreadsheet.error.required", header(key));
        }
        return value;
    }

    /** The text (null when blank), refused when longer than {@code max} characters. */
    public String maxLength(String key, int max, RowErrors errors) {
        String value = textOrNull(key);
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add("spreadsheet.error.tooLong", header(key), max);
        }
        return value;
    }

    /** The text (null when blank), refused unless it fully matches {@code regex}; the reason uses {@code messageKey}. */
    public String matching(String key, String regex, String messageKey, RowErrors errors) {
        String value = textOrNull(key);
        if (value != null && !value.matches(regex)) {
            errors.add(messageKey, header(key), value);
        }
        return value;
    }

    /** The text (null when blank), refused unless it is one of the column's allowed values. */
    public String oneOf(String key, RowErrors errors) {
        String value = textOrNull(key);
        SheetColumn column = columns.get(key);
        if (value != null && column != null && !column.allowedValues().isEmpty()
                && !column.allowedValues().contains(value)) {
            errors.add("spreadsheet.error.oneOf", header(key), value, String.join("/", column.allowedValues()));
        }
        return value;
    }

    /**
     * The cell as a date (null when blank). Accepts 2020-06-30, 2020/6/30, 2020.6.30, 2020年6月30日 and
     * 20200630; a month alone (2016-09, 2016年9月) means its first day, as registries often record it.
     */
    public LocalDate date(String key, RowErrors errors) {
        String value = textOrNull(key);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            errors.add("spreadsheet.error.date", header(key), value);
        }
        return date;
    }

    /** A whole number (null when blank). */
    public Long integer(String key, RowErrors errors) {
        String value = textOrNull(key);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add("spreadsheet.error.integer", header(key), value);
            return null;
        }
    }

    /** A decimal number (null when blank). */
    public java.math.BigDecimal decimal(String key, RowErrors errors) {
        String value = textOrNull(key);
        if (value == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add("spreadsheet.error.decimal", header(key), value);
            return null;
        }
    }

    static LocalDate parseDate(String value) {
        String text = value.strip();
        try {
            for (Pattern pattern : DATES) {
                Matcher m = pattern.matcher(text);
                if (m.matches()) {
                    int year = Integer.parseInt(m.group(1));
                    int day = m.group(4).isEmpty() ? 1 : Integer.parseInt(m.group(4));
                    return year < 1900 || year > 2199 ? null
                            : LocalDate.of(year, Integer.parseInt(m.group(3)), day);
                }
            }
            return null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "SheetRow[" + rowNumber + ": " + values + "]";
    }
}
