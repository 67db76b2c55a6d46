package io.casehall.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pages are read one after another, each after the last key of the one before, and only when needed. */
class KeysetPagesTest {

    private final List<String> keys = IntStream.rangeClosed(1, 7).mapToObj(i -> "S%03d".formatted(i)).toList();
    private final List<String> asked = new ArrayList<>();

    private List<String> page(String after) {
        asked.add(after);
        return keys.stream().filter(k -> k.compareTo(after) > 0).limit(3).toList();
    }

    @Test
    void readsEveryRowInKeyOrderAPageAtATime() {
        List<String> rows = KeysetPages.stream("", 3, this::page, k -> k).flatMap(List::stream).toList();

        assertThat(rows).isEqualTo(keys);
        assertThat(asked).containsExactly("", "S003", "S006");
    }

    @Test
    void readsNoMoreThanTheConsumerTakes() {
        assertThat(KeysetPages.stream("", 3, this::page, k -> k).flatMap(List::stream).limit(2).toList())
                .containsExactly("S001", "S002");
        assertThat(asked).containsExactly("");
    }

    @Test
    void aFullLastPageIsFollowedByOneEmptyRead() {
        List<String> six = keys.subList(0, 6);
        List<String> rows = KeysetPages.<String, String>stream("", 3,
                after -> six.stream().filter(k -> k.compareTo(after) > 0).limit(3).toList(), k -> k)
                .flatMap(List::stream).toList();

        assertThat(rows).isEqualTo(six);
    }
}
