package io.casehall.shared.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The special days; only what the calendar needs, so that tests can keep them in memory. */
interface CalendarDayRepository extends Repository<CalendarDay, LocalDate> {

    Optional<CalendarDay> findById(LocalDate day);

    /** The special days from {@code from} to {@code to}, both included, in date order. */
    List<CalendarDay> findByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to);

    List<CalendarDay> findByDayIn(Collection<LocalDate> days);

    boolean existsByDayBetween(LocalDate from, LocalDate to);

    Optional<CalendarDay> findFirstByOrderByDayAsc();

    Optional<CalendarDay> findFirstByOrderByDayDesc();

    CalendarDay save(CalendarDay day);

    void delete(CalendarDay day);
}
