package io.casehall.qualification.portal;

import static io.casehall.qualification.QualificationReviewProcess.*;

import io.casehall.qualification.ChangeRequest;
import io.casehall.staff.StaffPrincipal;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A college reviewer's decision on a change request from outside Tasklist (the college console): the same checks as
 * the approval form, then the approval task is completed through the engine as that reviewer, so the model — the
 * gateway and its delegates — applies or records the decision exactly as when the task is completed in Tasklist.
 */
@Service
public class ChangeDecisions {

    static final int MAX_REASON = 500;

    private final ChangeRequestWork work;
    private final TaskService taskService;
    private final IdentityService identityService;

    ChangeDecisions(ChangeRequestWork work, TaskService taskService, IdentityService identityService) {
        this.work = work;
        this.taskService = taskService;
        this.identityService = identityService;
    }

    /**
     * Approves or rejects the request as {@code staff}. Refused with a {@link UserFacingException} when the request
     * was decided already, the college window is closed, or a rejection has no reason; {@link NotFoundException}
     * when the request is not of the reviewer's college (the console shows its 403 before calling this).
     */
    @Transactional
    public void decide(long requestId, boolean approve, String reason, StaffPrincipal staff) {
        ChangeRequest request = work.get(requestId);
        if (!staff.isAdministrator() && !staff.groupIds().contains(collegeGroup(request.getCollege()))) {
            throw new NotFoundException();
        }
        if (!request.isPending()) {
            throw new UserFacingException("qualification.decision.alreadyDecided");
        }
        if (!work.collegeWindowOpen(requestId)) {
            throw new UserFacingException("qualification.decision.windowClosed");
        }
        String text = reason == null ? "" : reason.strip();
        if (!approve && text.isEmpty()) {
            throw new UserFacingException("qualification.decision.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new UserFacingException("qualification.decision.reasonTooLong", MAX_REASON);
        }
        Task task = taskService.createTaskQuery().processInstanceId(request.getProcessInstanceId())
                .taskDefinitionKey(TASK_APPROVE_DATA_CHANGE).singleResult();
        if (task == null) {
            throw new UserFacingException("qualification.decision.alreadyDecided");
        }
        identityService.setAuthentication(staff.userId(), staff.groupIds());
        try {
            taskService.complete(task.getId(), Variables.createVariables()
                    .putValue(VAR_DECISION, approve ? DECISION_APPROVED : DECISION_REJECTED)
                    .putValue(VAR_REASON, text.isEmpty() ? null : text));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
