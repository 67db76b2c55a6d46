package io.casehall.deposit.process;

import io.casehall.deposit.ArchiveDepositProcess;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The deposit's staff tasks: on creation the task gets the application summary as it is now (task-local); on
 * assignment of the audit task the application is 审核中 (or waiting again when given back); on completion what
 * staff submitted is checked server-side (the browser's checks can be skipped through REST) — a refusal keeps the
 * task open and Tasklist shows the message — and who completed it is recorded.
 */
@Component(ArchiveDepositProcess.BEAN_FORM_CHECK)
class DepositStaffFormCheck implements TaskListener {

    static final int MAX_REASON = 500;

    private final DepositCaseWork work;
    private final MessageSource messages;

    DepositStaffFormCheck(DepositCaseWork work, MessageSource messages) {
        this.work = work;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> task.setVariableLocal(ArchiveDepositProcess.VAR_SUMMARY, work.summary(applicationId(task)));
            case EVENTNAME_ASSIGNMENT -> {
                if (ArchiveDepositProcess.TASK_AUDIT.equals(task.getTaskDefinitionKey())) {
                    work.auditorAssigned(applicationId(task), task.getAssignee(),
                            task.getId() + ":" + task.getAssignee());
                }
            }
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void complete(DelegateTask task) {
        if (ArchiveDepositProcess.TASK_AUDIT.equals(task.getTaskDefinitionKey())) {
            checkAudit(task);
        } else if (ArchiveDepositProcess.TASK_REGISTER_ENVELOPE.equals(task.getTaskDefinitionKey())) {
            checkEnvelope(task);
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        task.getExecution().setVariable(ArchiveDepositProcess.VAR_HANDLED_BY, current == null ? null : current.getUserId());
    }

    private void checkAudit(DelegateTask task) {
        Object decision = task.getVariable(ArchiveDepositProcess.VAR_AUDIT_DECISION);
        boolean approve = ArchiveDepositProcess.DECISION_APPROVE.equals(decision);
        if (!approve && !ArchiveDepositProcess.DECISION_REJECT.equals(decision)) {
            refuse("deposit.staff.decisionRequired");
        }
        String reason = text(task, ArchiveDepositProcess.VAR_AUDIT_REASON);
        if (!approve && reason.isEmpty()) {
            refuse("deposit.staff.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            refuse("deposit.staff.tooLong", MAX_REASON);
        }
    }

    private void checkEnvelope(DelegateTask task) {
        Object outcome = task.getVariable(ArchiveDepositProcess.VAR_ENVELOPE_OUTCOME);
        boolean withSlip = ArchiveDepositProcess.ENVELOPE_WITH_SLIP.equals(outcome);
        if (!withSlip && !ArchiveDepositProcess.ENVELOPE_WITHOUT_SLIP.equals(outcome)) {
            refuse("deposit.staff.envelopeRequired");
        }
        String reason = text(task, ArchiveDepositProcess.VAR_ENVELOPE_REASON);
        if (!withSlip && reason.isEmpty()) {
            refuse("deposit.staff.returnReasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            refuse("deposit.staff.tooLong", MAX_REASON);
        }
    }

    private static Long applicationId(DelegateTask task) {
        return ((Number) task.getVariable(ArchiveDepositProcess.VAR_APPLICATION_ID)).longValue();
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? "" : value.toString().strip();
    }

    /** A person's mistake: the engine answers 400 with this Chinese message, Tasklist shows it, no stack trace. */
    private void refuse(String key, Object... args) {
        throw new BadUserRequestException(messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
    }
}
