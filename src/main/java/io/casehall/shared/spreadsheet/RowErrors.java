package io.casehall.shared.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Why one row is refused, as message keys with arguments; the importer resolves them in the user's
 * language. A parser or sink that adds a reason refuses the row.
 */
public final class RowErrors {

    /** One reason: a message key (see {@code io.casehall.shared.web.Messages}) and its arguments. */
    public record Reason(String messageKey, Object... args) {
    }

    private final List<Reason> reasons = new ArrayList<>();

    public void add(String messageKey, Object... args) {
        reasons.add(new Reason(messageKey, args));
    }

    public boolean isEmpty() {
        return reasons.isEmpty();
    }

    public boolean hasAny() {
        return !reasons.isEmpty();
    }

    public List<Reason> reasons() {
        return Collections.unmodifiableList(reasons);
    }
}
