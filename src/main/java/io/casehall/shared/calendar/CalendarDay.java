package io.casehall.shared.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day that differs from the ordinary Monday-to-Friday week: a holiday or an adjusted working day. */
@Entity
@Table(name = "working_calendar_day")
class CalendarDay {

    @Id
    @Column(name = "calendar_day")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private DayKind kind;

    @Column(nullable = false, length = 32)
    private String name;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, DayKind kind, String name, String updatedBy, Instant updatedAt) {
        this.day = day;
        change(kind, name, updatedBy, updatedAt);
    }

    /** Whether this day already says exactly that. */
    boolean says(DayKind otherKind, String otherName) {
        return kind == otherKind && name.equals(otherName);
    }

    final void change(DayKind newKind, String newName, String by, Instant at) {
        this.kind = newKind;
        this.name = newName;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    LocalDate getDay() {
        return day;
    }

    DayKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
