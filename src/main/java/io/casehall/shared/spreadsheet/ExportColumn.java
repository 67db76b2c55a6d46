package io.casehall.shared.spreadsheet;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an export: header, width in characters, and how to get the cell value from a row. Values
 * may be text, numbers, booleans, {@code LocalDate}, {@code LocalDateTime}, {@code Instant} (shown in the
 * writer's time zone) or anything else (its {@code toString()}); null leaves the cell empty.
 */
public record ExportColumn<T>(String header, int width, Function<? super T, ?> value) {

    public ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
        width = width <= 0 ? 14 : width;
    }

    public static <T> ExportColumn<T> of(String header, int width, Function<? super T, ?> value) {
        return new ExportColumn<>(header, width, value);
    }

    public static <T> ExportColumn<T> of(String header, Function<? super T, ?> value) {
        return new ExportColumn<>(header, 0, value);
    }
}
