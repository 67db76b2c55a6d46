package io.casehall.qualification.process;

import static io.casehall.qualification.QualificationReviewProcess.*;

import io.casehall.qualification.QualificationChangeRequestProcess;
import io.casehall.qualification.portal.ChangeRequestWork;
import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The approval task: on creation it gets the changes as they are (task-local, for the form); on completion what the
 * reviewer submitted is checked server-side (Tasklist's checks can be skipped through REST) — a decision, a reason
 * on rejection, the college window still open — and a refusal keeps the task open with a Chinese message that
 * Tasklist shows; who completed it is recorded.
 */
@Component(QualificationChangeRequestProcess.BEAN_FORM_CHECK)
class ChangeApprovalFormCheck implements TaskListener {

    static final int MAX_REASON = 500;

    private final ChangeRequestWork work;
    private final MessageSource messages;

    ChangeApprovalFormCheck(ChangeRequestWork work, MessageSource messages) {
        this.work = work;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> task.setVariableLocal(QualificationChangeRequestProcess.VAR_SUMMARY,
                    work.summary(requestId(task)));
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void complete(DelegateTask task) {
        Object decision = task.getVariable(VAR_DECISION);
        boolean approve = DECISION_APPROVED.equals(decision);
        if (!approve && !DECISION_REJECTED.equals(decision)) {
            refuse("qualification.decision.required");
        }
        Object reasonValue = task.getVariable(VAR_REASON);
        String reason = reasonValue == null ? "" : reasonValue.toString().strip();
        if (!approve && reason.isEmpty()) {
            refuse("qualification.decision.reasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            refuse("qualification.decision.reasonTooLong", MAX_REASON);
        }
        if (!work.collegeWindowOpen(requestId(task))) {
            refuse("qualification.decision.windowClosed");
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        task.getExecution().setVariable(QualificationChangeRequestProcess.VAR_HANDLED_BY,
                current == null ? null : current.getUserId());
    }

    private static long requestId(DelegateTask task) {
        return ((Number) task.getVariable(VAR_CHANGE_REQUEST_ID)).longValue();
    }

    /** A person's mistake: the engine answers 400 with this message, Tasklist shows it, no stack trace. */
    private void refuse(String key, Object... args) {
        throw new BadUserRequestException(messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
    }
}
