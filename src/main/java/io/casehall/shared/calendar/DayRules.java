package io.casehall.shared.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a special day must satisfy, for the form and the Excel import alike. */
final class DayRules {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2199;
    static final int NAME_MAX = 32;

    /** What people write in the 类型 column of an import, and what it means (upper case for Latin text). */
    private static final Map<String, DayKind> KIND_WORDS = Map.ofEntries(
            Map.entry("放假", DayKind.HOLIDAY), Map.entry("休", DayKind.HOLIDAY), Map.entry("休息", DayKind.HOLIDAY),
            Map.entry("节假日", DayKind.HOLIDAY), Map.entry("假日", DayKind.HOLIDAY), Map.entry("HOLIDAY", DayKind.HOLIDAY),
            Map.entry("调休上班", DayKind.WORKDAY), Map.entry("上班", DayKind.WORKDAY), Map.entry("班", DayKind.WORKDAY),
            Map.entry("补班", DayKind.WORKDAY), Map.entry("调休", DayKind.WORKDAY), Map.entry("WORKDAY", DayKind.WORKDAY));

    private DayRules() {
    }

    /** A date written yyyy-MM-dd, or empty. */
    static Optional<LocalDate> parseIsoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean yearInRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** A kind as sent by the form (HOLIDAY, WORKDAY) or written in a spreadsheet (放假, 调休上班, ...). */
    static Optional<DayKind> parseKind(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(KIND_WORDS.get(text.replaceAll("[\\s\\u00A0\\u3000]", "").toUpperCase(Locale.ROOT)));
    }

    /** A name with its blanks tidied: trimmed, runs of blanks as one space. */
    static String tidyName(String name) {
        return name == null ? "" : name.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    }

    /** A 调休 working day on a Monday to Friday changes nothing: it is a working day anyway. */
    static boolean pointlessWorkday(LocalDate day, DayKind kind) {
        return kind == DayKind.WORKDAY && WorkingCalendar.ordinarilyWorking(day);
    }

    /** Message key of a weekday's short name (calendar.weekday.1 = Monday ... 7 = Sunday). */
    static String weekdayKey(LocalDate day) {
        return "calendar.weekday." + day.getDayOfWeek().getValue();
    }
}
