package io.casehall.shared.spreadsheet;

/**
 * Turns one row's text into a typed row. Every problem goes into {@code errors} (a row with any reason is
 * refused and the returned value ignored), so the user sees all of a row's problems at once.
 */
@FunctionalInterface
public interface RowParser<T> {

    T parse(SheetRow row, RowErrors errors);
}
