package io.casehall.clearance;

/** A student's overall clearance in a plan. */
public enum ClearanceStage {
    /** Imported; the plan has not started this student's clearance yet. */
    NOT_LAUNCHED,
    /** Some applicable checkpoint is not passed yet. */
    IN_PROGRESS,
    /** Every applicable checkpoint passed; the department operator is to hand over the certificates. */
    READY,
    /** Certificates handed over: clearance finished. */
    COMPLETED;

    public String messageKey() {
        return "checkpoints.stage." + name();
    }
}
