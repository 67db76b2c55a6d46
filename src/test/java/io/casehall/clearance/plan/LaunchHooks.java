package io.casehall.clearance.plan;

import java.util.function.LongConsumer;

/** Lets tests of other packages run code before the launcher starts a student's instance (null: none). */
public final class LaunchHooks {

    private LaunchHooks() {
    }

    /** One round of the launch watch (heartbeats, abandoned launches resumed), as the scheduler runs it. */
    public static void watchOnce(LaunchWatch watch) {
        watch.beatAndResume();
    }

    public static void beforeStart(PlanLauncher launcher, LongConsumer hook) {
        launcher.beforeStart = hook;
    }
}
