package io.casehall.shared.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Working days for every deadline: Monday to Friday work and weekends do not, unless the calendar's data
 * says otherwise (a holiday on a weekday, an adjusted working day, 调休, on a weekend). Dates are days in
 * the institution's time zone (the {@link Clock} bean's zone).
 *
 * <p>In BPMN: {@code camunda:dueDate="${workingCalendar.dueDate(5)}"}, or a timer's
 * {@code timeDate="${workingCalendar.dueDate(5)}"}: the end of office hours on the fifth working day after
 * today.
 *
 * <p>No cache: every answer reads the special days it needs (one primary-key range query, a few dozen rows
 * at most), so an administrator's change applies at once on every node of a cluster.
 */
@Service("workingCalendar")
public class WorkingCalendar {

    /** Setting for the time a due date falls on: when the office closes, e.g. {@code "17:00"}. */
    static final String OFFICE_CLOSES = "casehall.calendar.office-closes";

    /** Days of special-day data read per query when counting forward (more for long periods). */
    private static final int MIN_WINDOW_DAYS = 62;
    /** A calendar that yields no working day for this long (plus the period) is broken: refuse, don't loop. */
    private static final int GIVE_UP_AFTER_DAYS = 400;
    private static final Pattern WHOLE_DAYS = Pattern.compile("P(\\d{1,4})D");

    private final CalendarDayRepository days;
    private final Clock clock;
    private final LocalTime officeCloses;

    WorkingCalendar(CalendarDayRepository days, Clock clock,
                    @Value("${" + OFFICE_CLOSES + ":17:00}") String officeCloses) {
        this.days = days;
        this.clock = clock;
        this.officeCloses = parseTime(officeCloses);
    }

    /** Whether people work on this day. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return days.findById(day).map(special -> special.getKind().working()).orElseGet(() -> ordinarilyWorking(day));
    }

    /**
     * The {@code workingDays}-th working day after {@code from} ({@code from} itself is not counted); for 0,
     * {@code from} when it is a working day, otherwise the next working day.
     *
     * @throws IllegalArgumentException for a negative number of days
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = workingDays == 0 ? from : from.plusDays(1);
        LocalDate giveUp = day.plusDays(2L * workingDays + GIVE_UP_AFTER_DAYS);
        Window window = new Window(day, Math.max(MIN_WINDOW_DAYS, 2 * workingDays + 31));
        int found = 0;
        while (true) {
            if (window.working(day) && ++found >= Math.max(1, workingDays)) {
                return day;
            }
            day = day.plusDays(1);
            if (day.isAfter(giveUp)) {
                throw new IllegalStateException("The working calendar has no working day between " + from
                        + " and " + giveUp + ": check its holidays");
            }
        }
    }

    /** {@link #addWorkingDays} from today in the institution's time zone. */
    public LocalDate workingDaysFromToday(int workingDays) {
        return addWorkingDays(LocalDate.now(clock), workingDays);
    }

    /**
     * For BPMN due dates and timers: the end of office hours ({@value #OFFICE_CLOSES}, default 17:00) on the
     * {@code workingDays}-th working day after today, in the institution's time zone.
     */
    public Date dueDate(int workingDays) {
        return Date.from(workingDaysFromToday(workingDays).atTime(officeCloses).atZone(clock.getZone()).toInstant());
    }

    /**
     * {@link #dueDate(int)} for a period written in whole days, read as working days: {@code "P3D"} is the end
     * of office hours on the third working day after today.
     *
     * @throws IllegalArgumentException for anything but whole days (P3D), as weeks or months of working days
     *                                  are not well defined
     */
    public Date dueDate(String isoDuration) {
        Matcher m = WHOLE_DAYS.matcher(isoDuration == null ? "" : isoDuration.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("A working-day period is written in whole days, such as P3D; got "
                    + isoDuration);
        }
        return dueDate(Integer.parseInt(m.group(1)));
    }

    /**
     * The working days after {@code from} up to and including {@code to}; so
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for n of 1 or more. Negative when {@code to}
     * is before {@code from}, 0 when they are the same day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        if (to.equals(from)) {
            return 0;
        }
        Map<LocalDate, DayKind> special = specialDays(from.plusDays(1), to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            DayKind kind = special.get(day);
            if (kind != null ? kind.working() : ordinarilyWorking(day)) {
                count++;
            }
        }
        return count;
    }

    /** The time of day due dates fall on. */
    LocalTime officeCloses() {
        return officeCloses;
    }

    /** Monday to Friday, before the calendar's data is asked. */
    static boolean ordinarilyWorking(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, DayKind> specialDays(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        days.findByDayBetweenOrderByDayAsc(from, to).forEach(day -> kinds.put(day.getDay(), day.getKind()));
        return kinds;
    }

    /**
     * "17:00" or "17:00:00". A bare number is minutes after midnight: YAML 1.1 reads an unquoted 17:00 as the
     * base-60 number 1020, and that is what reaches the application.
     */
    static LocalTime parseTime(String text) {
        String value = text == null ? "" : text.strip();
        try {
            if (value.matches("\\d{1,4}")) {
                int minutes = Integer.parseInt(value);
                if (minutes < 24 * 60) {
                    return LocalTime.of(minutes / 60, minutes % 60);
                }
            } else {
                return LocalTime.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalStateException(OFFICE_CLOSES + " must be a time of day such as 17:00, not '" + text + "'");
    }

    /** The special days of a stretch of dates, read a window at a time as the count moves forward. */
    private final class Window {

        private final int span;
        private LocalDate end;
        private Map<LocalDate, DayKind> kinds;

        Window(LocalDate start, int span) {
            this.span = span;
            load(start);
        }

        boolean working(LocalDate day) {
            if (day.isAfter(end)) {
                load(day);
            }
            DayKind kind = kinds.get(day);
            return kind != null ? kind.working() : ordinarilyWorking(day);
        }

        private void load(LocalDate start) {
            end = start.plusDays(span - 1L);
            kinds = specialDays(start, end);
        }
    }
}
