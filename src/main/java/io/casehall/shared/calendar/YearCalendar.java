package io.casehall.shared.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A year as twelve month grids (weeks from Monday) for the calendar page. */
record YearCalendar(int year, List<MonthGrid> months) {

    /** One month: its number and its weeks, each seven cells. */
    record MonthGrid(int month, List<List<Cell>> weeks) {
    }

    /**
     * One cell: day of month (0 for the blanks before the 1st and after the last), the date (yyyy-MM-dd),
     * CSS classes, and the special day's kind (null for an ordinary day) and name.
     */
    record Cell(int dayOfMonth, String date, String css, DayKind kind, String name) {

        static final Cell BLANK = new Cell(0, "", "blank", null, null);

        public boolean blank() {
            return dayOfMonth == 0;
        }
    }

    static YearCalendar of(int year, List<CalendarDay> specialDays, LocalDate today) {
        Map<LocalDate, CalendarDay> special = specialDays.stream()
                .collect(Collectors.toMap(CalendarDay::getDay, Function.identity()));
        List<MonthGrid> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(month(YearMonth.of(year, month), special, today));
        }
        return new YearCalendar(year, List.copyOf(months));
    }

    private static MonthGrid month(YearMonth month, Map<LocalDate, CalendarDay> special, LocalDate today) {
        List<Cell> cells = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, Cell.BLANK));
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            LocalDate day = month.atDay(d);
            cells.add(cell(day, special.get(day), day.equals(today)));
        }
        while (cells.size() % 7 != 0) {
            cells.add(Cell.BLANK);
        }
        List<List<Cell>> weeks = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 7) {
            weeks.add(List.copyOf(cells.subList(i, i + 7)));
        }
        return new MonthGrid(month.getMonthValue(), List.copyOf(weeks));
    }

    private static Cell cell(LocalDate day, CalendarDay special, boolean today) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        String css = special == null ? (weekend ? "weekend" : "ordinary")
                : special.getKind() == DayKind.HOLIDAY ? "holiday" : "workday";
        return new Cell(day.getDayOfMonth(), day.toString(), today ? css + " today" : css,
                special == null ? null : special.getKind(), special == null ? null : special.getName());
    }
}
