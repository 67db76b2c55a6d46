package io.casehall.shared.calendar;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The add-or-change form of the calendar page, as typed (so a refused entry is shown again unchanged). A field
 * that did not bind (longer than the page allows) already has its message and is not checked again.
 */
public class DayForm {

    private String day = "";
    private String kind = DayKind.HOLIDAY.name();
    @Size(max = DayRules.NAME_MAX)
    private String name = "";

    /** A day as one of the calendar's rules accepts it. */
    record Valid(LocalDate day, DayKind kind, String name) {
    }

    /** Checks every field, rejecting each problem on its field; the day to save when there is none. */
    Optional<Valid> validate(Errors errors) {
        LocalDate date = null;
        String dayText = day == null ? "" : day.strip();
        if (errors.hasFieldErrors("day")) {
            // not bound
        } else if (dayText.isEmpty()) {
            errors.rejectValue("day", "calendar.error.dayRequired");
        } else {
            date = DayRules.parseIsoDate(dayText).orElse(null);
            if (date == null) {
                errors.rejectValue("day", "calendar.error.day", new Object[] {dayText}, null);
            } else if (!DayRules.yearInRange(date.getYear())) {
                errors.rejectValue("day", "calendar.error.dayRange",
                        new Object[] {String.valueOf(DayRules.MIN_YEAR), String.valueOf(DayRules.MAX_YEAR)}, null);
                date = null;
            }
        }
        DayKind dayKind = DayRules.parseKind(kind).orElse(null);
        if (dayKind == null && !errors.hasFieldErrors("kind")) {
            errors.rejectValue("kind", "calendar.error.kind");
        }
        String tidy = DayRules.tidyName(name);
        if (errors.hasFieldErrors("name")) {
            // not bound
        } else if (tidy.isEmpty()) {
            errors.rejectValue("name", "calendar.error.nameRequired");
        } else if (tidy.codePointCount(0, tidy.length()) > DayRules.NAME_MAX) {
            errors.rejectValue("name", "calendar.error.nameTooLong", new Object[] {DayRules.NAME_MAX}, null);
        }
        if (date != null && dayKind != null && DayRules.pointlessWorkday(date, dayKind)) {
            errors.rejectValue("kind", "calendar.error.workdayOnWeekday", new Object[] {date.toString()}, null);
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new Valid(date, dayKind, tidy));
    }

    /** The form filled with a day's current values, to change it. */
    static DayForm of(CalendarDay existing) {
        DayForm form = new DayForm();
        form.setDay(existing.getDay().toString());
        form.setKind(existing.getKind().name());
        form.setName(existing.getName());
        return form;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
