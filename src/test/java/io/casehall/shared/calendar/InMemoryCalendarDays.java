package io.casehall.shared.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The calendar's table in memory, with the 2026 schedule of the State Council's notice when asked. */
final class InMemoryCalendarDays implements CalendarDayRepository {

    private final TreeMap<LocalDate, CalendarDay> days = new TreeMap<>();
    int rangeQueries;

    /** 国务院办公厅关于2026年部分节假日安排的通知, as published. */
    static InMemoryCalendarDays schedule2026() {
        InMemoryCalendarDays calendar = new InMemoryCalendarDays();
        calendar.holidays("元旦", "2026-01-01", "2026-01-03").workday("元旦调休", "2026-01-04")
                .holidays("春节", "2026-02-15", "2026-02-23").workday("春节调休", "2026-02-14").workday("春节调休", "2026-02-28")
                .holidays("清明节", "2026-04-04", "2026-04-06")
                .holidays("劳动节", "2026-05-01", "2026-05-05").workday("劳动节调休", "2026-05-09")
                .holidays("端午节", "2026-06-19", "2026-06-21")
                .holidays("中秋节", "2026-09-25", "2026-09-27")
                .holidays("国庆节", "2026-10-01", "2026-10-07").workday("国庆节调休", "2026-09-20")
                .workday("国庆节调休", "2026-10-10");
        return calendar;
    }

    InMemoryCalendarDays holidays(String name, String first, String last) {
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            save(new CalendarDay(day, DayKind.HOLIDAY, name, "test", Instant.EPOCH));
        }
        return this;
    }

    InMemoryCalendarDays workday(String name, String day) {
        save(new CalendarDay(LocalDate.parse(day), DayKind.WORKDAY, name, "test", Instant.EPOCH));
        return this;
    }

    List<CalendarDay> all() {
        return new ArrayList<>(days.values());
    }

    @Override
    public Optional<CalendarDay> findById(LocalDate day) {
        return Optional.ofNullable(days.get(day));
    }

    @Override
    public List<CalendarDay> findByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to) {
        rangeQueries++;
        return from.isAfter(to) ? List.of() : new ArrayList<>(days.subMap(from, true, to, true).values());
    }

    @Override
    public List<CalendarDay> findByDayIn(Collection<LocalDate> wanted) {
        return wanted.stream().map(days::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public boolean existsByDayBetween(LocalDate from, LocalDate to) {
        return !days.subMap(from, true, to, true).isEmpty();
    }

    @Override
    public Optional<CalendarDay> findFirstByOrderByDayAsc() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.firstEntry().getValue());
    }

    @Override
    public Optional<CalendarDay> findFirstByOrderByDayDesc() {
        return days.isEmpty() ? Optional.empty() : Optional.of(days.lastEntry().getValue());
    }

    @Override
    public CalendarDay save(CalendarDay day) {
        days.put(day.getDay(), day);
        return day;
    }

    @Override
    public void delete(CalendarDay day) {
        days.remove(day.getDay());
    }
}
