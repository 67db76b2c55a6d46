package io.casehall.clearance;

import java.time.Instant;

/** One cell of the back-office grid: a student's state at one checkpoint. */
public record CheckpointCell(String checkpointId, CheckpointState state, String remark, Instant decidedAt) {
}
