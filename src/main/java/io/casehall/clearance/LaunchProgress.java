package io.casehall.clearance;

/**
 * How far a plan's launch has come: {@code launched} of {@code total} students have a process instance.
 * {@code running} is true while a launch works on this plan (on any node, as far as its heartbeat shows).
 */
public record LaunchProgress(long planId, PlanStatus status, long total, long launched, boolean running) {

    public boolean done() {
        return status == PlanStatus.LAUNCHED;
    }

    /** Whole percent, 100 when there is nobody to launch. */
    public int percent() {
        return total == 0 ? 100 : (int) (launched * 100 / total);
    }
}
