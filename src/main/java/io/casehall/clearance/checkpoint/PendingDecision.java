package io.casehall.clearance;

/** A decision ready for the engine: the student's open task at the checkpoint, the verdict and remark. */
record PendingDecision(long studentId, String studentNo, String fullName, String taskId, Verdict verdict,
                       String remark) {
}
