package io.casehall.clearance;

import java.time.Instant;
import java.util.List;

/**
 * What a student sees in the portal for one plan: each applicable checkpoint's state and remark, when the plan
 * started the student's clearance and when it was completed (null until the certificates are handed over).
 */
public record StudentProgress(long planId, String planName, String studentNo, String fullName, String department,
                              String major, ClearanceStage stage, List<Step> steps, Instant launchedAt,
                              Instant completedAt) {

    public StudentProgress {
        steps = List.copyOf(steps);
    }

    /** The latest checkpoint decision, or null when none was decided yet. */
    public Instant lastDecidedAt() {
        return steps.stream().map(Step::decidedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }

    /** One checkpoint that applies to the student. */
    public record Step(String checkpointId, String name, CheckpointState state, String remark, Instant decidedAt) {
    }
}
