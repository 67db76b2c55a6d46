package io.casehall.clearance;

/** The life of a clearance plan. */
public enum PlanStatus {
    /** Created; students are imported; not launched. */
    DRAFT,
    /** Launch running (process instances being started). */
    LAUNCHING,
    /** A launch stopped before every student was started (crash, shutdown, error): resume it. */
    INTERRUPTED,
    /** Every student has a running (or finished) clearance. */
    LAUNCHED;

    public String messageKey() {
        return "checkpoints.plan.status." + name();
    }
}
