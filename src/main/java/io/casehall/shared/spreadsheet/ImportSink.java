package io.casehall.shared.spreadsheet;

import io.casehall.shared.web.UserFacingException;
import java.util.List;

/**
 * Applies accepted rows, in file order, inside the caller's transaction. A sink refuses a row by adding
 * a reason to {@code errors} (or by throwing a {@link UserFacingException}); any other exception aborts
 * the whole import. Prefer {@code errors.add}: an exception that crosses a {@code @Transactional} method
 * of another bean marks the whole import transaction rollback-only.
 */
public interface ImportSink<T> {

    /** Called once with every row that passed parsing, before the first {@link #apply}: load what they need in bulk. */
    default void prepare(List<T> rows) {
    }

    RowOutcome apply(T row, RowErrors errors);

    /** Called once after the last row (flush batched writes here). */
    default void complete() {
    }
}
