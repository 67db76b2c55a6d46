package io.casehall.clearance.web;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.staff.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may open which clearance page. The checkpoint groups come from the process model, so the rules are asked
 * of {@link ClearanceService} rather than written as fixed {@code @PreAuthorize} expressions; a refusal is an
 * {@link AccessDeniedException}, which Spring Security answers with the normal 403 page.
 */
@Component
class ClearanceAccess {

    private final ClearanceService clearance;
    private final ClearanceRoles roles;

    ClearanceAccess(ClearanceService clearance, ClearanceRoles roles) {
        this.clearance = clearance;
        this.roles = roles;
    }

    /** Back office, statistics, the plan list: administrators, department operators and checkpoint operators. */
    void requireUse(StaffPrincipal staff) {
        if (!roles.mayUseClearance(staff) && !actsSomewhere(staff)) {
            throw new AccessDeniedException("not a clearance user");
        }
    }

    /** Creating plans, importing students, launching: administrators. */
    void requireManage(StaffPrincipal staff) {
        if (!roles.mayManagePlans(staff)) {
            throw new AccessDeniedException("not a clearance administrator");
        }
    }

    /** On-site processing at one checkpoint: its group's members and administrators. */
    Checkpoint requireAct(StaffPrincipal staff, long planId, String checkpointId) {
        Checkpoint checkpoint = clearance.checkpoint(planId, checkpointId);
        if (!roles.mayAct(staff, checkpoint)) {
            throw new AccessDeniedException("not an operator of " + checkpointId);
        }
        return checkpoint;
    }

    /** Certificate hand-over: department operators and administrators. */
    void requireHandOver(StaffPrincipal staff) {
        if (!roles.mayHandOver(staff)) {
            throw new AccessDeniedException("not a department operator");
        }
    }

    /** An operator of a checkpoint of some plan's (possibly older) model. */
    private boolean actsSomewhere(StaffPrincipal staff) {
        return staff != null && clearance.plans().stream()
                .anyMatch(plan -> !roles.checkpointsOf(staff, plan.id()).isEmpty());
    }
}
