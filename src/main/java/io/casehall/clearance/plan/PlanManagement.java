package io.casehall.clearance.plan;

import io.casehall.clearance.ClearancePlan;
import io.casehall.clearance.ClearancePlanRepository;
import io.casehall.clearance.ClearanceService;
import io.casehall.clearance.ClearanceStudent;
import io.casehall.clearance.ClearanceStudentRepository;
import io.casehall.clearance.LaunchProgress;
import io.casehall.clearance.PlanSummary;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import io.casehall.clearance.checkpoint.ClearanceRoles;
import io.casehall.clearance.report.ClearanceQueries;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Manages clearance plans: creation, listing, their students and filter values, and launching. */
@Component
public class PlanManagement {

    private final ClearancePlanRepository plans;
    private final ClearanceStudentRepository students;
    private final PlanLookup lookup;
    private final ClearanceRoles roles;
    private final PlanLauncher launcher;
    private final ClearanceQueries queries;
    private final AuditLog auditLog;
    private final Clock clock;

    PlanManagement(ClearancePlanRepository plans, ClearanceStudentRepository students, PlanLookup lookup,
                   ClearanceRoles roles, PlanLauncher launcher, ClearanceQueries queries, AuditLog auditLog,
                   Clock clock) {
        this.plans = plans;
        this.students = students;
        this.lookup = lookup;
        this.roles = roles;
        this.launcher = launcher;
        this.queries = queries;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public PlanSummary createPlan(String name, StaffPrincipal staff) {
        roles.requirePlanManager(staff);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException("checkpoints.plan.error.nameRequired");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > ClearanceService.MAX_PLAN_NAME) {
            throw new UserFacingException("checkpoints.plan.error.nameTooLong", ClearanceService.MAX_PLAN_NAME);
        }
        if (plans.findByName(trimmed).isPresent()) {
            throw new UserFacingException("checkpoints.plan.error.nameTaken", trimmed);
        }
        ClearancePlan plan;
        try {
            plan = plans.saveAndFlush(new ClearancePlan(trimmed, staff.userId(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new UserFacingException("checkpoints.plan.error.nameTaken", trimmed);
        }
        auditLog.record(staff, "CLEARANCE_PLAN_CREATED", "clearance-plan", plan.getId(), trimmed);
        return lookup.summary(plan);
    }

    public List<PlanSummary> plans() {
        return plans.findAllByOrderByIdDesc().stream().map(lookup::summary).toList();
    }

    public PlanSummary plan(long planId) {
        return lookup.summary(lookup.planEntity(planId));
    }

    public Page<StudentInfo> students(long planId, StudentFilter filter, int page, int size) {
        lookup.planEntity(planId);
        return queries.students(planId, null, filter, Math.max(0, page), PlanLookup.clampSize(size));
    }

    public List<String> departments(long planId) {
        return queries.distinct(planId, "department");
    }

    public List<String> categories(long planId) {
        return queries.distinct(planId, "category");
    }

    public List<String> levels(long planId) {
        return queries.distinct(planId, "level");
    }

    public LaunchProgress launch(long planId, StaffPrincipal staff) {
        roles.requirePlanManager(staff);
        return launcher.launch(planId, staff);
    }

    public LaunchProgress launchAndWait(long planId, StaffPrincipal staff) {
        roles.requirePlanManager(staff);
        return launcher.launchAndWait(planId, staff);
    }

    public LaunchProgress progress(long planId) {
        return launcher.progress(planId);
    }

    public Optional<Long> studentId(long planId, String studentNo) {
        return students.findByPlanIdAndStudentNoIn(planId, List.of(studentNo)).stream().findFirst()
                .map(ClearanceStudent::getId);
    }

    public Instant now() {
        return clock.instant();
    }
}
