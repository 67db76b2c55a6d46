package io.casehall.clearance;

import java.time.Instant;

/**
 * A student at one checkpoint, as the on-site page lists it: the student's columns, the state, the last
 * remark, who decided last and when. {@code actionable} is true when an operator may pass or fail now.
 */
public record CheckpointRow(StudentInfo student, String checkpointId, CheckpointState state, String remark,
                            String decidedBy, Instant decidedAt) {

    public boolean actionable() {
        return state.actionable();
    }
}
