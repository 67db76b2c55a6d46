package io.casehall.deposit.documents;

import java.util.Objects;

/** Checks of the input records: everything printed on a sealed document must be there. */
final class Inputs {

    private Inputs() {
    }

    static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }
}
