package io.casehall.clearance;

/**
 * The seed's counters of one checkpoint: should handle (应办理: the checkpoint applies), passed (已通过),
 * failed (未通过), open (reached, nobody decided yet), waiting (not reached yet: 未到达). The seed's 未办理 is
 * {@link #notHandled()}: only the students whose task is open at this checkpoint; the ones not yet there are
 * counted apart ({@link #waiting()}, shown as 未到达).
 */
public record CheckpointCounters(Checkpoint checkpoint, long should, long passed, long failed, long open,
                                 long waiting) {

    public long notHandled() {
        return open;
    }

    /** Passed as a whole percent of should-handle (0 when nobody should). */
    public int passedPercent() {
        return should == 0 ? 0 : (int) (passed * 100 / should);
    }
}
