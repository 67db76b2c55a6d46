package io.casehall.creditbank.achievement;

import static io.casehall.creditbank.TaskFormChecks.refuse;
import static io.casehall.creditbank.TaskFormChecks.text;
import static io.casehall.creditbank.achievement.AchievementRecognitionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listener and the thin delegate of {@code achievement-recognition.bpmn}. The form check refuses, on
 * completion, a task without a decision or without a remark when not passed (Tasklist's own checks can be skipped
 * through REST) with a Chinese message, and records who decided. The delegate records the decision.
 */
@Configuration
class RecognitionDelegates {

    @Bean(BEAN_FORM_CHECK)
    TaskListener achievementRecognitionFormCheck(MessageSource messages) {
        return task -> {
            if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                return;
            }
            Object decision = task.getVariable(VAR_DECISION);
            if (!DECISION_PASSED.equals(decision) && !DECISION_NOT_PASSED.equals(decision)) {
                refuse(messages, "creditbank.achievement.recognition.decisionRequired");
            }
            String remark = text(task.getVariable(VAR_REMARK));
            if (DECISION_NOT_PASSED.equals(decision) && remark == null) {
                refuse(messages, "creditbank.achievement.recognition.remarkRequired");
            }
            if (remark != null && remark.length() > MAX_REMARK) {
                refuse(messages, "creditbank.achievement.recognition.remarkTooLong", MAX_REMARK);
            }
            Authentication current = currentAuthentication(task);
            task.getExecution().setVariable(VAR_DECIDED_BY, current == null ? null : current.getUserId());
        };
    }

    @Bean(BEAN_RECORD)
    JavaDelegate recordAchievementRecognition(AchievementRecognitions recognitions) {
        return execution -> recognitions.recordRecognition(achievementId(execution),
                DECISION_PASSED.equals(execution.getVariable(VAR_DECISION)),
                text(execution.getVariable(VAR_REMARK)), (String) execution.getVariable(VAR_DECIDED_BY));
    }

    private static Authentication currentAuthentication(DelegateTask task) {
        return task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    }

    private static long achievementId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_ACHIEVEMENT_ID)).longValue();
    }
}
