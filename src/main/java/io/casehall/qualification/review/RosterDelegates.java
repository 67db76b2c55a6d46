package io.casehall.qualification.review;

import static io.casehall.qualification.review.RosterChangeProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code qualification-roster-change.bpmn}: each maps variables in and calls one
 * {@link RosterChangeWork} method. Bean names are the model's {@code delegateExpression}s.
 */
@Configuration
class RosterDelegates {

    @Bean(BEAN_APPLY)
    JavaDelegate applyQualificationRosterChange(RosterChangeWork work) {
        return execution -> work.apply(changeId(execution), (String) execution.getVariable(VAR_DECIDED_BY));
    }

    @Bean(BEAN_REJECT)
    JavaDelegate rejectQualificationRosterChange(RosterChangeWork work) {
        return execution -> {
            Object reason = execution.getVariable(VAR_REASON);
            work.reject(changeId(execution), reason == null ? null : reason.toString().strip(),
                    (String) execution.getVariable(VAR_DECIDED_BY));
        };
    }

    /** Notices go out once per instance and notify task: a retried job reuses the key and sends nothing twice. */
    @Bean(BEAN_NOTIFY)
    JavaDelegate notifyQualificationRosterCollege(RosterChangeWork work) {
        return execution -> work.notifyCollege(changeId(execution), (String) execution.getVariable(VAR_NOTICE),
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }

    private static long changeId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_ROSTER_CHANGE_ID)).longValue();
    }
}
