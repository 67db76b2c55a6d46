package io.casehall.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Working days over the 2026 schedule: weekends, holidays, 调休 working days, due dates in Shanghai. */
class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final InMemoryCalendarDays days = InMemoryCalendarDays.schedule2026();
    private final WorkingCalendar calendar = calendarAt("2026-03-02T10:00:00+08:00", "17:00");

    @Test
    void nationalDayWeekIsSkippedAndItsWeekendWorkdaysCount() {
        assertThat(calendar.addWorkingDays(date("2026-09-30"), 1)).isEqualTo("2026-10-08");
        assertThat(calendar.addWorkingDays(date("2026-09-29"), 2)).isEqualTo("2026-10-08");
        assertThat(calendar.addWorkingDays(date("2026-10-09"), 1)).as("Saturday 10-10 is worked").isEqualTo("2026-10-10");
        assertThat(calendar.addWorkingDays(date("2026-10-08"), 3)).isEqualTo("2026-10-12");
        assertThat(calendar.addWorkingDays(date("2026-09-18"), 1)).as("Sunday 09-20 is worked").isEqualTo("2026-09-20");
        assertThat(calendar.addWorkingDays(date("2026-09-24"), 1)).as("中秋 09-25..27").isEqualTo("2026-09-28");
    }

    @Test
    void springFestivalWithItsTwoWorkedSaturdays() {
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo("2026-02-14");
        assertThat(calendar.addWorkingDays(date("2026-02-14"), 1)).isEqualTo("2026-02-24");
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 2)).isEqualTo("2026-02-24");
        assertThat(calendar.addWorkingDays(date("2026-02-26"), 2)).isEqualTo("2026-02-28");
        assertThat(calendar.addWorkingDays(date("2026-02-28"), 1)).isEqualTo("2026-03-02");
        // 02-13, 02-14 (worked Saturday), 02-24, 02-25, 02-26
        assertThat(calendar.addWorkingDays(date("2026-02-12"), 5)).isEqualTo("2026-02-26");
    }

    @Test
    void newYearAcrossTheYearBoundaryLandsOnTheWorkedSunday() {
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 1)).isEqualTo("2026-01-04");
    }

    @Test
    void ordinaryWeekendsAreSkipped() {
        assertThat(calendar.addWorkingDays(date("2026-03-06"), 1)).isEqualTo("2026-03-09");
        assertThat(calendar.addWorkingDays(date("2026-03-07"), 5)).isEqualTo("2026-03-13");
        assertThat(calendar.addWorkingDays(date("2026-03-02"), 5)).isEqualTo("2026-03-09");
    }

    @Test
    void zeroDaysIsTheDayItselfOrTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(date("2026-03-04"), 0)).isEqualTo("2026-03-04");
        assertThat(calendar.addWorkingDays(date("2026-03-07"), 0)).isEqualTo("2026-03-09");
        assertThat(calendar.addWorkingDays(date("2026-10-01"), 0)).isEqualTo("2026-10-08");
        assertThat(calendar.addWorkingDays(date("2026-02-14"), 0)).isEqualTo("2026-02-14");
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2026-03-04"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isWorkingDayFollowsTheData() {
        assertThat(calendar.isWorkingDay(date("2026-10-10"))).as("调休 Saturday").isTrue();
        assertThat(calendar.isWorkingDay(date("2026-10-01"))).as("国庆 Thursday").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-10-11"))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(date("2026-10-12"))).as("Monday").isTrue();
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheStartUpToTheEnd() {
        assertThat(calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-08"))).isEqualTo(1);
        // 09-29, 09-30, 10-08, 10-09, 10-10 (worked Saturday)
        assertThat(calendar.workingDaysBetween(date("2026-09-28"), date("2026-10-11"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(date("2026-10-11"), date("2026-09-28"))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(date("2026-10-01"), date("2026-10-01"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2026-10-01"), date("2026-10-07"))).isZero();
        // 2026 has 248 working days (365 - 104 weekend days - 13 statutory holidays).
        assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
    }

    @Test
    void addingAndCountingAgreeOnEveryDayOfTheYear() {
        for (LocalDate day = date("2026-01-01"); day.getYear() == 2026; day = day.plusDays(1)) {
            for (int n = 1; n <= 12; n++) {
                LocalDate due = calendar.addWorkingDays(day, n);
                assertThat(calendar.isWorkingDay(due)).isTrue();
                assertThat(calendar.workingDaysBetween(day, due)).as("%s + %d", day, n).isEqualTo(n);
            }
        }
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 248)).isEqualTo("2026-12-31");
    }

    @Test
    void aLongStretchOfHolidaysIsReadInFurtherWindows() {
        days.holidays("长假", "2027-03-01", "2027-07-30");
        int before = days.rangeQueries;
        assertThat(calendar.addWorkingDays(date("2027-02-26"), 1)).isEqualTo("2027-08-02");
        assertThat(days.rangeQueries - before).isGreaterThan(1);
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfLooping() {
        days.holidays("错误", "2030-01-01", "2031-12-31");
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2029-12-31"), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no working day");
    }

    @Test
    void dueDateIsTheEndOfOfficeHoursInShanghai() {
        WorkingCalendar onTuesday = calendarAt("2026-09-29T10:00:00+08:00", "17:00");
        assertThat(onTuesday.workingDaysFromToday(2)).isEqualTo("2026-10-08");
        assertThat(onTuesday.dueDate(2)).isEqualTo(Date.from(Instant.parse("2026-10-08T09:00:00Z")));
        assertThat(onTuesday.dueDate(0)).isEqualTo(Date.from(Instant.parse("2026-09-29T09:00:00Z")));

        WorkingCalendar closingEarly = calendarAt("2026-09-29T10:00:00+08:00", "16:30");
        assertThat(closingEarly.dueDate(2)).isEqualTo(Date.from(Instant.parse("2026-10-08T08:30:00Z")));
    }

    @Test
    void todayIsTheShanghaiDayNotTheUtcDay() {
        // 00:30 on Saturday 2026-02-14 in Shanghai is still Friday 02-13 in UTC.
        WorkingCalendar justAfterMidnight = calendarAt("2026-02-14T00:30:00+08:00", "17:00");
        assertThat(justAfterMidnight.workingDaysFromToday(1)).isEqualTo("2026-02-24");
        assertThat(justAfterMidnight.dueDate(1)).isEqualTo(Date.from(Instant.parse("2026-02-24T09:00:00Z")));
    }

    @Test
    void aPeriodInWholeDaysIsReadAsWorkingDays() {
        WorkingCalendar onTuesday = calendarAt("2026-09-29T10:00:00+08:00", "17:00");
        assertThat(onTuesday.dueDate("P3D")).isEqualTo(onTuesday.dueDate(3))
                .isEqualTo(Date.from(Instant.parse("2026-10-09T09:00:00Z")));
        assertThatThrownBy(() -> onTuesday.dueDate("P1M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> onTuesday.dueDate("PT5H")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void officeClosingTimeIsReadAsWrittenOrAsYamlMinutes() {
        assertThat(WorkingCalendar.parseTime("17:00")).isEqualTo(LocalTime.of(17, 0));
        assertThat(WorkingCalendar.parseTime(" 17:30:00 ")).isEqualTo(LocalTime.of(17, 30));
        // YAML 1.1 turns an unquoted 17:30 into the base-60 number 1050.
        assertThat(WorkingCalendar.parseTime("1050")).isEqualTo(LocalTime.of(17, 30));
        assertThatThrownBy(() -> WorkingCalendar.parseTime("5pm")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("casehall.calendar.office-closes");
        assertThatThrownBy(() -> WorkingCalendar.parseTime("1440")).isInstanceOf(IllegalStateException.class);
    }

    private WorkingCalendar calendarAt(String offsetDateTime, String officeCloses) {
        Clock clock = Clock.fixed(java.time.OffsetDateTime.parse(offsetDateTime).toInstant(), SHANGHAI);
        return new WorkingCalendar(days, clock, officeCloses);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
