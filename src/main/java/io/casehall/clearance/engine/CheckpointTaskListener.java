package io.casehall.clearance.engine;

import static io.casehall.clearance.GraduationClearanceProcess.*;

import java.util.Objects;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Attached by the engine to every checkpoint task (see {@link ClearanceParseListener}). On create it reports the
 * checkpoint as reached; on complete it validates the decision on the server (whatever the form allowed),
 * reports it, and hands the gateway after the task a transient, branch-local {@code checkpointPassed}, so
 * parallel checkpoints of one student never write a shared process variable.
 */
class CheckpointTaskListener implements TaskListener {

    private final ClearanceEvents events;

    CheckpointTaskListener(ClearanceEvents events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = planId(task.getExecution());
        long studentId = longVariable(task, VAR_STUDENT_ID);
        String checkpointId = task.getTaskDefinitionKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            events.checkpointReached(planId, studentId, checkpointId, task.getId());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String result = Objects.toString(task.getVariable(VAR_RESULT), "").strip();
            String remark = Objects.toString(task.getVariable(VAR_REMARK), "").strip();
            if (!RESULT_PASSED.equals(result) && !RESULT_FAILED.equals(result)) {
                throw new BadUserRequestException("请选择办理结果：通过或未通过。");
            }
            boolean passed = RESULT_PASSED.equals(result);
            if (!passed && remark.isEmpty()) {
                throw new BadUserRequestException("选择“未通过”时请填写备注，说明原因。");
            }
            if (remark.codePointCount(0, remark.length()) > MAX_REMARK) {
                throw new BadUserRequestException("备注最多 " + MAX_REMARK + " 字。");
            }
            // A Tasklist form stores its fields as process variables: the decision belongs to this task only.
            removePersisted(task, VAR_RESULT);
            removePersisted(task, VAR_REMARK);
            task.getExecution().setVariableLocal(VAR_PASSED, Variables.booleanValue(passed, true));
            events.checkpointDecided(planId, studentId, checkpointId, passed, remark.isEmpty() ? null : remark,
                    operator(task));
        }
    }

    static String operator(DelegateTask task) {
        Object console = task.getVariable(VAR_OPERATOR);
        if (console != null && !console.toString().isBlank()) {
            return console.toString();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    /** The plan id from the business key, or from the optional variable. */
    static long planId(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        Long fromKey = planIdOf(execution.getProcessBusinessKey());
        if (fromKey != null) {
            return fromKey;
        }
        Object value = execution.getVariable(VAR_PLAN_ID);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Clearance instance without a plan: business key "
                + execution.getProcessBusinessKey());
    }

    static long longVariable(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Clearance instance without variable " + name);
    }

    private static void removePersisted(DelegateTask task, String name) {
        var typed = task.getExecution().getVariableTyped(name);
        if (typed != null && !typed.isTransient()) {
            task.getExecution().removeVariable(name);
        }
    }
}
