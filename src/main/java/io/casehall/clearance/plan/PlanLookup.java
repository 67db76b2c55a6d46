package io.casehall.clearance.plan;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.ClearancePlan;
import io.casehall.clearance.ClearancePlanRepository;
import io.casehall.clearance.ClearanceStudentRepository;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.checkpoint.CheckpointCatalog;
import io.casehall.shared.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Looks up plans, their process definition and checkpoints, and their summaries, for the clearance services. */
@Component
public class PlanLookup {

    private final ClearancePlanRepository plans;
    private final ClearanceStudentRepository students;
    private final CheckpointCatalog catalog;
    private final PlanLauncher launcher;

    PlanLookup(ClearancePlanRepository plans, ClearanceStudentRepository students, CheckpointCatalog catalog,
               PlanLauncher launcher) {
        this.plans = plans;
        this.students = students;
        this.catalog = catalog;
        this.launcher = launcher;
    }

    /** The checkpoints of the latest deployed model (what the next launched plan will have), in process order. */
    public List<Checkpoint> currentCheckpoints() {
        return catalog.latestDefinitionId().map(catalog::of).orElse(List.of());
    }

    /** The checkpoints of a plan: of the definition it was launched with, or of the latest model while a draft. */
    public List<Checkpoint> checkpoints(long planId) {
        return definitionOf(planEntity(planId)).map(catalog::of).orElse(List.of());
    }

    /** One checkpoint of a plan; {@link NotFoundException} when the plan's model has no such checkpoint. */
    public Checkpoint checkpoint(long planId, String checkpointId) {
        return checkpoints(planId).stream().filter(c -> c.id().equals(checkpointId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public boolean handoverScoped(long planId) {
        return definitionOf(planEntity(planId)).map(catalog::handoverScoped).orElse(false);
    }

    public ClearancePlan planEntity(long planId) {
        return plans.findById(planId).orElseThrow(NotFoundException::new);
    }

    Optional<String> definitionOf(ClearancePlan plan) {
        return plan.getProcessDefinitionId() != null ? Optional.of(plan.getProcessDefinitionId())
                : catalog.latestDefinitionId();
    }

    PlanSummary summary(ClearancePlan plan) {
        return new PlanSummary(plan.getId(), plan.getName(), launcher.effectiveStatus(plan),
                students.countByPlanId(plan.getId()), students.countLaunched(plan.getId()),
                plan.getProcessDefinitionId(), plan.getCreatedAt(), plan.getCreatedBy(), plan.getLaunchedAt());
    }

    public static int clampSize(int size) {
        return size <= 0 ? 20 : Math.min(size, 500);
    }
}
