package io.casehall.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.SheetRow;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The rules a special day must meet (form and import), the next-year warning and the month grids. */
class CalendarRulesTest {

    @Test
    void importRowsAcceptTheUsualWordsForTheKind() {
        assertThat(parse("2026-10-01", "放假", "国庆节").kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(parse("2026/10/10", "调休上班", "国庆节调休").kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(parse("2026年10月10日", " 补班 ", "国庆节调休").day()).isEqualTo("2026-10-10");
        assertThat(parse("2026-10-03", "holiday", "国庆节").kind()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void importRowsRefuseWhatTheCalendarCannotUse() {
        assertThat(reasons("2026-10-08", "调休上班", "国庆节调休")).containsExactly("calendar.error.workdayOnWeekday");
        assertThat(reasons("2026-02-30", "放假", "春节")).containsExactly("spreadsheet.error.date");
        assertThat(reasons("1999-10-01", "放假", "国庆节")).containsExactly("calendar.error.dayRange");
        assertThat(reasons("2026-10-01", "半天", "国庆节")).containsExactly("spreadsheet.error.oneOf");
        assertThat(reasons("2026-10-01", "放假", "")).containsExactly("spreadsheet.error.required");
        assertThat(reasons("2026-10-01", "放假", "节".repeat(33))).containsExactly("spreadsheet.error.tooLong");
        assertThat(reasons("", "", "")).containsOnly("spreadsheet.error.required").hasSize(3);
        // A holiday on a weekend is a normal part of a holiday.
        assertThat(reasons("2026-10-03", "放假", "国庆节")).isEmpty();
    }

    @Test
    void theFormNamesEachProblemOnItsField() {
        assertThat(formErrors("2026-02-30", "HOLIDAY", "春节")).containsExactly("day:calendar.error.day");
        assertThat(formErrors("", "HOLIDAY", "春节")).containsExactly("day:calendar.error.dayRequired");
        assertThat(formErrors("2026-10-08", "WORKDAY", "调休")).containsExactly("kind:calendar.error.workdayOnWeekday");
        assertThat(formErrors("2026-10-08", "SOMETIMES", " ")).containsExactly("kind:calendar.error.kind",
                "name:calendar.error.nameRequired");
        assertThat(formErrors("2300-01-01", "HOLIDAY", "元旦")).containsExactly("day:calendar.error.dayRange");

        DayForm good = form(" 2026-10-10 ", "WORKDAY", "  国庆节 \u3000调休 ");
        assertThat(good.validate(new BeanPropertyBindingResult(good, "dayForm")))
                .contains(new DayForm.Valid(LocalDate.parse("2026-10-10"), DayKind.WORKDAY, "国庆节 调休"));
    }

    @Test
    void theNextYearWarningShowsFromNovemberUntilNextYearHasDays() {
        assertThat(CalendarAdministration.needsNextYearWarning(LocalDate.parse("2026-10-31"), false)).isFalse();
        assertThat(CalendarAdministration.needsNextYearWarning(LocalDate.parse("2026-11-01"), false)).isTrue();
        assertThat(CalendarAdministration.needsNextYearWarning(LocalDate.parse("2026-12-31"), false)).isTrue();
        assertThat(CalendarAdministration.needsNextYearWarning(LocalDate.parse("2026-12-31"), true)).isFalse();
        assertThat(CalendarAdministration.needsNextYearWarning(LocalDate.parse("2027-01-02"), false)).isFalse();
    }

    @Test
    void monthGridsStartOnMondayAndMarkEachKindOfDay() {
        YearCalendar year = YearCalendar.of(2026, InMemoryCalendarDays.schedule2026().all(), LocalDate.parse("2026-02-24"));
        YearCalendar.MonthGrid february = year.months().get(1);
        List<YearCalendar.Cell> firstWeek = february.weeks().get(0);
        // 2026-02-01 is a Sunday: six blanks, then the 1st.
        assertThat(firstWeek.subList(0, 6)).allMatch(YearCalendar.Cell::blank);
        assertThat(firstWeek.get(6).dayOfMonth()).isEqualTo(1);
        assertThat(cell(february, 14).css()).isEqualTo("workday");
        assertThat(cell(february, 15).css()).isEqualTo("holiday");
        assertThat(cell(february, 15).name()).isEqualTo("春节");
        assertThat(cell(february, 7).css()).isEqualTo("weekend");
        assertThat(cell(february, 24).css()).isEqualTo("ordinary today");
        assertThat(year.months()).hasSize(12).allMatch(m -> m.weeks().stream().allMatch(w -> w.size() == 7));
    }

    private static YearCalendar.Cell cell(YearCalendar.MonthGrid month, int day) {
        return month.weeks().stream().flatMap(List::stream).filter(c -> c.dayOfMonth() == day).findFirst().orElseThrow();
    }

    private static CalendarImport.Row parse(String day, String kind, String name) {
        RowErrors errors = new RowErrors();
        CalendarImport.Row row = CalendarImport.parse(row(day, kind, name), errors);
        assertThat(errors.reasons()).isEmpty();
        return row;
    }

    private static List<String> reasons(String day, String kind, String name) {
        RowErrors errors = new RowErrors();
        CalendarImport.parse(row(day, kind, name), errors);
        return errors.reasons().stream().map(RowErrors.Reason::messageKey).toList();
    }

    private static SheetRow row(String day, String kind, String name) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CalendarImport.DAY, day);
        values.put(CalendarImport.DAY_KIND, kind);
        values.put(CalendarImport.NAME, name);
        return SheetRow.of(2, CalendarImport.definition().columns(), values);
    }

    private static List<String> formErrors(String day, String kind, String name) {
        DayForm form = form(day, kind, name);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "dayForm");
        assertThat(form.validate(errors)).isEmpty();
        return errors.getFieldErrors().stream().map(e -> e.getField() + ":" + e.getCode()).toList();
    }

    private static DayForm form(String day, String kind, String name) {
        DayForm form = new DayForm();
        form.setDay(day);
        form.setKind(kind);
        form.setName(name);
        return form;
    }
}
