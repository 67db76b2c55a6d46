package io.casehall.clearance;

import java.time.Instant;

/**
 * A clearance plan as listed: counts of students, of launched students, and the process definition (version)
 * it was launched with (null before the launch).
 */
public record PlanSummary(long id, String name, PlanStatus status, long students, long launched,
                          String processDefinitionId, Instant createdAt, String createdBy, Instant launchedAt) {

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /** Whether students may still be imported (not launched yet). */
    public boolean acceptsStudents() {
        return status == PlanStatus.DRAFT;
    }
}
