package io.casehall.shared.calendar;

/** How a special day differs from the ordinary week. */
enum DayKind {
    /** A day off (放假), usually a weekday of a public holiday. */
    HOLIDAY,
    /** An adjusted working day (调休上班): a Saturday or Sunday worked to make a holiday longer. */
    WORKDAY;

    boolean working() {
        return this == WORKDAY;
    }

    /** Message key of the label shown to users. */
    String messageKey() {
        return "calendar.kind." + name();
    }
}
