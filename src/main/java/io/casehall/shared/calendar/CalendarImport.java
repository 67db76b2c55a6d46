package io.casehall.shared.calendar;

import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SheetRow;
import java.time.LocalDate;

/** The Excel import of a year's schedule: 日期, 类型 (放假 / 调休上班), 名称, one row per day. */
final class CalendarImport {

    static final String KIND = "working-calendar";
    static final String DAY = "day";
    static final String DAY_KIND = "kind";
    static final String NAME = "name";

    /** A year has a few dozen special days; a few years at once are plenty. */
    static final int MAX_ROWS = 2_000;

    /** One accepted row. */
    record Row(LocalDate day, DayKind kind, String name) {
    }

    private CalendarImport() {
    }

    static ImportDefinition<Row> definition() {
        return ImportDefinition.<Row>builder(KIND, "工作日历")
                .column(SheetColumn.required(DAY, "日期").aliases("Date", "Day")
                        .hint("calendar.import.hint.day").example("2026-10-01").width(14))
                .column(SheetColumn.required(DAY_KIND, "类型").aliases("Kind", "Type")
                        .allowed("放假", "调休上班").hint("calendar.import.hint.kind").example("放假").width(12))
                .column(SheetColumn.required(NAME, "名称").aliases("Name", "节日", "节假日")
                        .hint("calendar.import.hint.name").example("国庆节").width(16))
                .parser(CalendarImport::parse)
                // The same day written two ways (2026-10-01, 2026/10/1) is still the same day.
                .duplicateKey("日期", row -> {
                    LocalDate day = row.date(DAY, new RowErrors());
                    return day != null ? day.toString() : row.text(DAY);
                })
                .maxRows(MAX_ROWS)
                .build();
    }

    static Row parse(SheetRow row, RowErrors errors) {
        row.required(DAY, errors);
        LocalDate day = row.date(DAY, errors);
        if (day != null && !DayRules.yearInRange(day.getYear())) {
            errors.add("calendar.error.dayRange", String.valueOf(DayRules.MIN_YEAR), String.valueOf(DayRules.MAX_YEAR));
            day = null;
        }
        DayKind kind = null;
        if (!row.required(DAY_KIND, errors).isEmpty()) {
            kind = DayRules.parseKind(row.text(DAY_KIND)).orElse(null);
            if (kind == null) {
                errors.add("spreadsheet.error.oneOf", row.header(DAY_KIND), row.text(DAY_KIND), "放假/调休上班");
            }
        }
        String name = DayRules.tidyName(row.required(NAME, errors));
        if (name.codePointCount(0, name.length()) > DayRules.NAME_MAX) {
            errors.add("spreadsheet.error.tooLong", row.header(NAME), DayRules.NAME_MAX);
        }
        if (day != null && kind != null && DayRules.pointlessWorkday(day, kind)) {
            errors.add("calendar.error.workdayOnWeekday", day.toString());
        }
        return new Row(day, kind, name);
    }
}
