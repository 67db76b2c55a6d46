package io.casehall.shared.spreadsheet;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Rows read page by page with keyset paging ({@code WHERE key > :after ORDER BY key LIMIT :size}), as a lazy
 * stream of pages: an export of any size holds one page in memory and keeps no long-running cursor open.
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /**
     * @param firstAfter the key before the first row (e.g. "" for text keys, or null for a page query that starts
     *                   at the beginning when it gets none)
     * @param size       rows per page; a shorter page is the last one
     * @param page       reads the page of rows whose key follows the given key, in key order
     * @param keyOf      the key of a row (a composite key can be the row itself or a record of its columns)
     */
    public static <T, K> Stream<List<T>> stream(K firstAfter, int size, Function<K, List<T>> page,
                                                Function<T, K> keyOf) {
        Iterator<List<T>> pages = new Iterator<>() {
            private K after = firstAfter;
            private List<T> next;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next == null && !exhausted) {
                    List<T> read = page.apply(after);
                    exhausted = read.size() < size;
                    if (!read.isEmpty()) {
                        after = keyOf.apply(read.get(read.size() - 1));
                        next = read;
                    }
                }
                return next != null;
            }

            @Override
            public List<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<T> current = next;
                next = null;
                return current;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }
}
