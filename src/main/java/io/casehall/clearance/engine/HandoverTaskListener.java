package io.casehall.clearance.engine;

import static io.casehall.clearance.GraduationClearanceProcess.*;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Attached to the hand-over task: reports it reached, and on complete requires the confirmation. */
class HandoverTaskListener implements TaskListener {

    private final ClearanceEvents events;

    HandoverTaskListener(ClearanceEvents events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = CheckpointTaskListener.planId(task.getExecution());
        long studentId = CheckpointTaskListener.longVariable(task, VAR_STUDENT_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            events.handoverReached(planId, studentId, task.getId());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            if (!Boolean.TRUE.equals(task.getVariable(VAR_HANDED_OVER))) {
                throw new BadUserRequestException("请确认已发放毕业证、学位证和毕业材料。");
            }
            events.handedOver(planId, studentId, CheckpointTaskListener.operator(task));
        }
    }
}
