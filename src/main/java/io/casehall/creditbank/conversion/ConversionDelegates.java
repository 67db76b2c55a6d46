package io.casehall.creditbank.conversion;

import static io.casehall.creditbank.TaskFormChecks.refuse;
import static io.casehall.creditbank.TaskFormChecks.text;
import static io.casehall.creditbank.conversion.CreditConversionProcess.*;

import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.InstitutionUserRepository;
import io.casehall.creditbank.conversion.ConversionDecisions.Decision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listener every approval step of {@code credit-conversion.bpmn} uses, and the thin delegate at its end.
 * Completing a step (in Tasklist, or by the 转换申请审核 page once it has decided everyone) decides the learners the
 * step has not decided yet with the form's 通过/不通过; the form's checks are repeated here (Tasklist's can be skipped
 * through REST), with a Chinese message and no change. A step with nobody left to decide needs no form values.
 */
@Configuration
class ConversionDelegates {

    @Bean(BEAN_REVIEW_LISTENER)
    TaskListener conversionReviewListener(ConversionDecisions decisions, InstitutionUserRepository users,
                                          MessageSource messages) {
        return task -> {
            if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                return;
            }
            long applicationId = applicationId(task.getExecution());
            if (decisions.undecidedAt(applicationId, task.getTaskDefinitionKey()) == 0) {
                return;
            }
            Object decision = task.getVariable(VAR_DECISION);
            if (!DECISION_PASSED.equals(decision) && !DECISION_NOT_PASSED.equals(decision)) {
                refuse(messages, "creditbank.conversion.review.decisionRequired");
            }
            String reason = text(task.getVariable(VAR_REASON));
            if (DECISION_NOT_PASSED.equals(decision) && reason == null) {
                refuse(messages, "creditbank.conversion.review.reasonRequired");
            }
            if (reason != null && reason.length() > MAX_REASON) {
                refuse(messages, "creditbank.conversion.review.reasonTooLong", MAX_REASON);
            }
            String actor = actor(task);
            String actorName = users.findById(actor).map(InstitutionUser::getName).orElse(actor);
            decisions.decide(applicationId, null, new Decision(task.getTaskDefinitionKey(), task.getName(),
                    DECISION_PASSED.equals(decision), reason, actor, actorName));
        };
    }

    @Bean(BEAN_RECORD_RESULTS)
    JavaDelegate recordConversionResults(ConversionDecisions decisions) {
        return execution -> decisions.finish(applicationId(execution));
    }

    /** The signed-in user completing the task; the assignee when the engine runs without one (tests, jobs). */
    private static String actor(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        return task.getAssignee() == null ? "system" : task.getAssignee();
    }

    private static long applicationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_APPLICATION_ID)).longValue();
    }
}
