package io.casehall.clearance.checkpoint;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.GraduationClearanceProcess;
import io.casehall.clearance.plan.PlanLookup;
import io.casehall.clearance.report.ClearanceQueries;
import io.casehall.staff.DepartmentGroups;
import io.casehall.staff.StaffPrincipal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Decides who may act where in clearance, and which departments' students a staff member sees. */
@Component
public class ClearanceRoles {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("D[0-9a-f]{8}");

    private final PlanLookup lookup;
    private final ClearanceQueries queries;

    ClearanceRoles(PlanLookup lookup, ClearanceQueries queries) {
        this.lookup = lookup;
        this.queries = queries;
    }

    /** A member of the checkpoint's group (any department's group when department-scoped), or an administrator. */
    public boolean mayAct(StaffPrincipal staff, Checkpoint checkpoint) {
        if (staff == null) {
            return false;
        }
        if (staff.isAdministrator()) {
            return true;
        }
        return checkpoint.departmentScoped() ? !departmentCodes(staff, checkpoint.groupId()).isEmpty()
                : staff.groupIds().contains(checkpoint.groupId());
    }

    /** The department codes of the staff member's groups of a department-scoped role ({@code <role>D1a2b3c4d}). */
    static Set<String> departmentCodes(StaffPrincipal staff, String role) {
        Set<String> codes = new HashSet<>();
        if (staff == null || role == null) {
            return codes;
        }
        for (String group : staff.groupIds()) {
            if (group.startsWith(role) && DEPARTMENT_CODE.matcher(group.substring(role.length())).matches()) {
                codes.add(group.substring(role.length()));
            }
        }
        return codes;
    }

    /** The departments of the plan the staff member sees at the checkpoint: null for every department. */
    public Set<String> departmentScope(StaffPrincipal staff, long planId, Checkpoint checkpoint) {
        if (staff != null && staff.isAdministrator() || !checkpoint.departmentScoped()) {
            return null;
        }
        return departmentsOfCodes(planId, departmentCodes(staff, checkpoint.groupId()));
    }

    /** The departments whose students wait for the staff member's hand-over: null for every department. */
    public Set<String> handoverScope(StaffPrincipal staff, long planId) {
        if (staff != null && staff.isAdministrator()) {
            return null;
        }
        if (staff != null && staff.groupIds().contains(GraduationClearanceProcess.GROUP_HANDOVER)
                && !lookup.handoverScoped(planId)) {
            return null;
        }
        return departmentsOfCodes(planId, departmentCodes(staff, GraduationClearanceProcess.GROUP_HANDOVER));
    }

    /** The departments the staff member sees on the plan's overview pages: null for every department. */
    public Set<String> departmentScope(StaffPrincipal staff, long planId) {
        if (staff == null) {
            return Set.of();
        }
        if (staff.isAdministrator()) {
            return null;
        }
        Set<String> union = new HashSet<>();
        for (Checkpoint checkpoint : lookup.checkpoints(planId)) {
            if (mayAct(staff, checkpoint)) {
                Set<String> scope = departmentScope(staff, planId, checkpoint);
                if (scope == null) {
                    return null;
                }
                union.addAll(scope);
            }
        }
        if (mayHandOver(staff)) {
            Set<String> scope = handoverScope(staff, planId);
            if (scope == null) {
                return null;
            }
            union.addAll(scope);
        }
        return union;
    }

    private Set<String> departmentsOfCodes(long planId, Set<String> codes) {
        Set<String> result = new HashSet<>();
        if (codes.isEmpty()) {
            return result;
        }
        for (String department : queries.distinct(planId, "department")) {
            if (codes.contains(DepartmentGroups.departmentCode(department))) {
                result.add(department);
            }
        }
        return result;
    }

    /** The checkpoints of the plan where the staff member may act. */
    public List<Checkpoint> checkpointsOf(StaffPrincipal staff, long planId) {
        return lookup.checkpoints(planId).stream().filter(c -> mayAct(staff, c)).toList();
    }

    /** Department operators (group or department groups of the hand-over) and administrators. */
    public boolean mayHandOver(StaffPrincipal staff) {
        return staff != null && (staff.isAdministrator()
                || staff.groupIds().contains(GraduationClearanceProcess.GROUP_HANDOVER)
                || !departmentCodes(staff, GraduationClearanceProcess.GROUP_HANDOVER).isEmpty());
    }

    public boolean mayManagePlans(StaffPrincipal staff) {
        return staff != null && staff.isAdministrator();
    }

    public boolean mayUseClearance(StaffPrincipal staff) {
        if (staff == null) {
            return false;
        }
        if (mayHandOver(staff)) {
            return true;
        }
        return lookup.currentCheckpoints().stream().anyMatch(c -> mayAct(staff, c));
    }

    public Checkpoint requireActor(long planId, String checkpointId, StaffPrincipal staff) {
        Checkpoint checkpoint = lookup.checkpoint(planId, checkpointId);
        if (!mayAct(staff, checkpoint)) {
            throw new AccessDeniedException("not a member of " + checkpoint.groupId());
        }
        return checkpoint;
    }

    public void requirePlanManager(StaffPrincipal staff) {
        if (!mayManagePlans(staff)) {
            throw new AccessDeniedException("clearance plans are managed by administrators");
        }
    }

    void requireHandOver(StaffPrincipal staff) {
        if (!mayHandOver(staff)) {
            throw new AccessDeniedException("not a department operator");
        }
    }

    public static boolean admits(Set<String> scope, String department) {
        return scope == null || scope.contains(department);
    }
}
