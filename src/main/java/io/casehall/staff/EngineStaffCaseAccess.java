package io.casehall.staff;

import io.casehall.shared.document.StaffCaseAccess;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * A staff member may read a case's documents while the case has an open task they can work on:
 * assigned to them, or offered to one of their groups. Administrators may always read them.
 */
@Component
class EngineStaffCaseAccess implements StaffCaseAccess {

    private final TaskService taskService;
    private final IdentityService identityService;

    EngineStaffCaseAccess(TaskService taskService, IdentityService identityService) {
        this.taskService = taskService;
        this.identityService = identityService;
    }

    @Override
    public boolean mayRead(String staffUserId, String caseKey) {
        List<String> groups = identityService.createGroupQuery().groupMember(staffUserId).list().stream()
                .map(Group::getId).toList();
        if (groups.contains(StaffRoles.ADMINISTRATORS)) {
            return true;
        }
        boolean assigned = taskService.createTaskQuery().processInstanceBusinessKey(caseKey)
                .taskAssignee(staffUserId).count() > 0;
        return assigned || (!groups.isEmpty() && taskService.createTaskQuery().processInstanceBusinessKey(caseKey)
                .taskCandidateGroupIn(groups).count() > 0);
    }
}
