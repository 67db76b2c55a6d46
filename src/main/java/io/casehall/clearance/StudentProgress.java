package io.casehall.clearance;

import java.time.Instant;
import java.util.List;

/** What a student sees in the portal for one plan: each applicable checkpoint's state and remark. */
public record StudentProgress(long planId, String planName, String studentNo, String fullName, String department,
                              String major, ClearanceStage stage, List<Step> steps) {

    public StudentProgress {
        steps = List.copyOf(steps);
    }

    /** One checkpoint that applies to the student. */
    public record Step(String checkpointId, String name, CheckpointState state, String remark, Instant decidedAt) {
    }
}
