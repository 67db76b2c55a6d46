package io.casehall.clearance.checkpoint;

import io.casehall.clearance.Verdict;

/** A decision ready for the engine: the student's open task at the checkpoint, the verdict and remark. */
public record PendingDecision(long studentId, String studentNo, String fullName, String taskId, Verdict verdict,
                       String remark) {
}
