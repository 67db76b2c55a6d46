package io.casehall.clearance;

/** Where one student stands at one checkpoint (the projection of the engine's state). */
public enum CheckpointState {
    /** The rules say this student need not pass this checkpoint. */
    NOT_APPLICABLE,
    /** Applies, but an earlier checkpoint is not passed yet (not reached). */
    WAITING,
    /** Reached: the checkpoint's task is open, nobody has decided yet. */
    OPEN,
    /** Decided "未通过": the task is open again and the remark says why. */
    FAILED,
    /** Decided "通过". */
    PASSED;

    /** Whether an operator may decide now (the engine has an open task). */
    public boolean actionable() {
        return this == OPEN || this == FAILED;
    }

    /** Whether the checkpoint applies to the student at all. */
    public boolean applies() {
        return this != NOT_APPLICABLE;
    }

    /** Message key of the label (bundle i18n/checkpoints). */
    public String messageKey() {
        return "checkpoints.state." + name();
    }
}
