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
    private final List<Reason> notes = new ArrayList<>();

    /**
     * Explains a row that is <b>not</b> refused (e.g. why it is 无变化: "已通过，无需重复办理"); the report shows it in
     * the reasons column.
     */
    public void note(String messageKey, Object... args) {
        notes.add(new Reason(messageKey, args));
    }

    public List<Reason> notes() {
        return Collections.unmodifiableList(notes);
    }

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
