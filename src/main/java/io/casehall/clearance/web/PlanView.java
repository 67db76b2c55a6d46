package io.casehall.clearance.web;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.LaunchProgress;
import io.casehall.clearance.PlanStatus;
import io.casehall.clearance.PlanSummary;
import java.util.List;

/**
 * A plan as the pages show it: name, status label, counts, launch progress, and the checkpoints the viewer
 * may work on.
 */
record PlanView(long id, String name, PlanStatus status, String statusLabel, long students, long launched,
                int progressPercent, boolean running, List<Checkpoint> checkpoints) {

    static PlanView of(PlanSummary plan, LaunchProgress progress, String statusLabel, List<Checkpoint> checkpoints) {
        PlanStatus status = progress == null ? plan.status() : progress.status();
        long launched = progress == null ? plan.launched() : progress.launched();
        long total = progress == null ? plan.students() : Math.max(progress.total(), plan.students());
        int percent = total == 0 ? 0 : (int) Math.min(100, launched * 100 / total);
        return new PlanView(plan.id(), plan.name(), status, statusLabel, total, launched, percent,
                progress != null && progress.running(), checkpoints);
    }

    /** Students may still be imported. */
    public boolean importOpen() {
        return status == PlanStatus.DRAFT;
    }

    /** The launch button shows: a draft with students, or an interrupted launch. */
    public boolean canLaunch() {
        return students > 0 && (status == PlanStatus.DRAFT || status == PlanStatus.INTERRUPTED);
    }

    public boolean interrupted() {
        return status == PlanStatus.INTERRUPTED;
    }

    public boolean launching() {
        return status == PlanStatus.LAUNCHING;
    }

    public boolean fullyLaunched() {
        return status == PlanStatus.LAUNCHED;
    }
}
