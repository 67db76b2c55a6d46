package io.casehall.clearance.checkpoint;

import static io.casehall.clearance.checkpoint.ClearanceRoles.admits;

import io.casehall.clearance.ClearanceStage;
import io.casehall.clearance.ClearanceStudent;
import io.casehall.clearance.ClearanceStudentRepository;
import io.casehall.clearance.GraduationClearanceProcess;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import io.casehall.clearance.plan.PlanLookup;
import io.casehall.clearance.report.ClearanceQueries;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import io.casehall.staff.StaffPrincipal;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** The department operator's hand-over of certificates: who waits for it, and confirming it. */
@Component
public class Handovers {

    private final ClearanceStudentRepository students;
    private final PlanLookup lookup;
    private final ClearanceRoles roles;
    private final ClearanceQueries queries;
    private final TaskService taskService;

    Handovers(ClearanceStudentRepository students, PlanLookup lookup, ClearanceRoles roles, ClearanceQueries queries,
              TaskService taskService) {
        this.students = students;
        this.lookup = lookup;
        this.roles = roles;
        this.queries = queries;
        this.taskService = taskService;
    }

    public Page<StudentInfo> awaitingHandover(long planId, StudentFilter filter, int page, int size) {
        lookup.planEntity(planId);
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return queries.students(planId, ClearanceStage.READY, f, Math.max(0, page), PlanLookup.clampSize(size));
    }

    public Page<StudentInfo> awaitingHandover(long planId, StudentFilter filter, int page, int size,
                                              StaffPrincipal staff) {
        roles.requireHandOver(staff);
        StudentFilter f = filter == null ? StudentFilter.none() : filter;
        return awaitingHandover(planId, f.within(roles.handoverScope(staff, planId)), page, size);
    }

    public void handOver(long planId, long studentId, StaffPrincipal staff) {
        roles.requireHandOver(staff);
        lookup.planEntity(planId);
        ClearanceStudent student = students.findById(studentId).filter(s -> s.getPlanId() == planId)
                .orElseThrow(NotFoundException::new);
        if (!admits(roles.handoverScope(staff, planId), student.getDepartment())) {
            throw new NotFoundException();
        }
        String taskId = queries.handoverTaskId(planId, studentId);
        if (taskId == null) {
            throw new UserFacingException("checkpoints.handover.notReady");
        }
        try {
            taskService.complete(taskId, Variables.createVariables()
                    .putValueTyped(GraduationClearanceProcess.VAR_HANDED_OVER, Variables.booleanValue(true, true))
                    .putValueTyped(GraduationClearanceProcess.VAR_OPERATOR,
                            Variables.stringValue(staff.userId(), true)));
        } catch (OptimisticLockingException | NullValueException e) {
            throw new UserFacingException("checkpoints.error.alreadyHandled", "", "");
        }
    }
}
