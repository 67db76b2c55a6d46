package io.casehall.clearance.web;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.clearance.PlanSummary;
import io.casehall.staff.StaffPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every clearance console page shows around its content: the sub-navigation and times in local form. */
@Component
class ClearancePages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClearanceService clearance;
    private final ClearanceRoles roles;
    private final Clock clock;

    ClearancePages(ClearanceService clearance, ClearanceRoles roles, Clock clock) {
        this.clearance = clearance;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * The sub-navigation of a plan's pages: the on-site link goes to the viewer's first checkpoint (none for
     * staff who work no checkpoint), the hand-over link shows for department operators. Sets {@code plan}
     * unless the page has set it already.
     */
    void navigation(Model model, StaffPrincipal staff, long planId) {
        if (!model.containsAttribute("plan")) {
            PlanSummary plan = clearance.plan(planId);
            model.addAttribute("plan", new PlanRef(plan.id(), plan.name()));
        }
        List<Checkpoint> mine = roles.checkpointsOf(staff, planId);
        model.addAttribute("onsiteUrl", mine.isEmpty() ? null : checkpointUrl(planId, mine.get(0).id()));
        model.addAttribute("handoverAllowed", roles.mayHandOver(staff));
        model.addAttribute("admin", roles.mayManagePlans(staff));
    }

    static String checkpointUrl(long planId, String checkpointId) {
        return "/staff/clearance/plans/" + planId + "/checkpoints/" + checkpointId;
    }

    String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(clock.getZone()));
    }

    /** The plan's id and name, for pages that need no more. */
    record PlanRef(long id, String name) {
    }
}
