package io.casehall.qualification.process;

import static io.casehall.qualification.QualificationChangeRequestProcess.*;
import static io.casehall.qualification.QualificationReviewProcess.VAR_CHANGE_REQUEST_ID;
import static io.casehall.qualification.QualificationReviewProcess.VAR_REASON;

import io.casehall.qualification.portal.ChangeRequestWork;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code qualification-change-request.bpmn}: each maps variables in and calls one
 * {@link ChangeRequestWork} method. Bean names are the model's {@code delegateExpression}s.
 */
@Configuration
class ChangeRequestDelegates {

    @Bean(BEAN_APPLY)
    JavaDelegate applyQualificationChange(ChangeRequestWork work) {
        return execution -> work.approve(requestId(execution), handledBy(execution), reason(execution));
    }

    @Bean(BEAN_REJECT)
    JavaDelegate rejectQualificationChange(ChangeRequestWork work) {
        return execution -> work.reject(requestId(execution), handledBy(execution), reason(execution));
    }

    @Bean(BEAN_EXPIRE)
    JavaDelegate expireQualificationChange(ChangeRequestWork work) {
        return execution -> work.expire(requestId(execution));
    }

    /** Notices go out once per instance and notify task: a retried job reuses the key and sends nothing twice. */
    @Bean(BEAN_NOTIFY)
    JavaDelegate notifyQualificationGraduate(ChangeRequestWork work) {
        return execution -> work.notifyGraduate(requestId(execution), (String) execution.getVariable(VAR_NOTICE),
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }

    private static long requestId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_CHANGE_REQUEST_ID)).longValue();
    }

    private static String handledBy(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_HANDLED_BY);
    }

    private static String reason(DelegateExecution execution) {
        Object reason = execution.getVariable(VAR_REASON);
        return reason == null ? null : reason.toString().strip();
    }
}
