package io.casehall.qualification.review;

import static io.casehall.qualification.review.RosterChangeProcess.*;

import java.util.Locale;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The office's roster task: on creation the task gets the request's caption and details as they are now
 * (task-local); on completion what the office submitted is checked server-side (Tasklist's checks can be skipped
 * through REST) — a decision, a reason for a rejection, and for an approval that it can still be applied (the
 * student number not taken meanwhile, the graduate still there) — and who decided is recorded.
 */
@Component(BEAN_FORM_CHECK)
class RosterFormCheck implements TaskListener {

    private final RosterChangeWork work;
    private final MessageSource messages;

    RosterFormCheck(RosterChangeWork work, MessageSource messages) {
        this.work = work;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                task.setVariableLocal(VAR_CAPTION, work.caption(changeId(task)));
                task.setVariableLocal(VAR_SUMMARY, work.summary(changeId(task)));
            }
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void complete(DelegateTask task) {
        Object decision = task.getVariable(VAR_DECISION);
        boolean approve = DECISION_APPROVE.equals(decision);
        if (!approve && !DECISION_REJECT.equals(decision)) {
            refuse("qualification.roster.decisionRequired");
        }
        Object reasonValue = task.getVariable(VAR_REASON);
        String reason = reasonValue == null ? "" : reasonValue.toString().strip();
        if (!approve && reason.isEmpty()) {
            refuse("qualification.roster.reasonRequired");
        }
        if (reason.length() > RosterAdditionCheck.MAX_REASON) {
            refuse("qualification.roster.form.reasonTooLong", RosterAdditionCheck.MAX_REASON);
        }
        if (approve) {
            work.whyNotApplicable(changeId(task)).ifPresent(this::refuse);
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        task.getExecution().setVariable(VAR_DECIDED_BY, current == null ? null : current.getUserId());
    }

    private static long changeId(DelegateTask task) {
        return ((Number) task.getVariable(VAR_ROSTER_CHANGE_ID)).longValue();
    }

    /** A person's mistake: the engine answers 400 with this message, Tasklist shows it, no stack trace. */
    private void refuse(String key, Object... args) {
        throw new BadUserRequestException(messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
    }
}
