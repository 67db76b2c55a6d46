package io.casehall.deposit.process;

import io.casehall.deposit.ArchiveDepositProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code archive-deposit.bpmn}: each maps variables in, calls one {@link DepositCaseWork}
 * method. Bean names are the model's {@code delegateExpression}s.
 */
@Configuration
class DepositDelegates {

    @Bean(ArchiveDepositProcess.BEAN_RECORD_AUDIT)
    JavaDelegate recordDepositAudit(DepositCaseWork work) {
        return execution -> work.recordAudit(applicationId(execution),
                (String) execution.getVariable(ArchiveDepositProcess.VAR_AUDIT_DECISION),
                (String) execution.getVariable(ArchiveDepositProcess.VAR_AUDIT_REASON), handledBy(execution));
    }

    @Bean(ArchiveDepositProcess.BEAN_ISSUE_DOCUMENT)
    JavaDelegate issueDepositDocument(DepositCaseWork work) {
        return execution -> work.issueDocument(applicationId(execution));
    }

    @Bean(ArchiveDepositProcess.BEAN_RECORD_ENVELOPE)
    JavaDelegate recordDepositEnvelope(DepositCaseWork work) {
        return execution -> work.recordEnvelope(applicationId(execution),
                ArchiveDepositProcess.ENVELOPE_WITH_SLIP.equals(execution.getVariable(ArchiveDepositProcess.VAR_ENVELOPE_OUTCOME)),
                (String) execution.getVariable(ArchiveDepositProcess.VAR_ENVELOPE_REASON), handledBy(execution));
    }

    @Bean(ArchiveDepositProcess.BEAN_COMPLETE_SERVICE)
    JavaDelegate completeDepositService(DepositCaseWork work) {
        return execution -> work.completeService(applicationId(execution));
    }

    @Bean(ArchiveDepositProcess.BEAN_CANCEL)
    JavaDelegate cancelDeposit(DepositCaseWork work) {
        return execution -> work.cancel(applicationId(execution));
    }

    @Bean(ArchiveDepositProcess.BEAN_ENVELOPE_OVERDUE)
    JavaDelegate recordDepositEnvelopeOverdue(DepositCaseWork work) {
        return execution -> work.envelopeOverdue(applicationId(execution));
    }

    @Bean(ArchiveDepositProcess.BEAN_LAPSE)
    JavaDelegate lapseDeposit(DepositCaseWork work) {
        return execution -> work.lapse(applicationId(execution));
    }

    @Bean(ArchiveDepositProcess.BEAN_REMIND_STAFF)
    JavaDelegate remindDepositStaff(DepositStaffReminder reminder) {
        return execution -> reminder.remind(applicationId(execution), execution.getProcessInstanceId(),
                passageKey(execution));
    }

    /** Notices go out once per passage through the notify task (see {@link #passageKey}). */
    @Bean(ArchiveDepositProcess.BEAN_NOTIFY)
    JavaDelegate notifyDepositApplicant(DepositCaseWork work) {
        return execution -> work.notifyApplicant(applicationId(execution),
                (String) execution.getVariable(ArchiveDepositProcess.VAR_NOTICE), passageKey(execution));
    }

    /**
     * instance:activity:passage — the passage is counted in a variable that only commits with the job, so a retried
     * job reuses its key and sends nothing twice, while the next passage through a loop sends again.
     */
    private static String passageKey(DelegateExecution execution) {
        String counter = "passages_" + execution.getCurrentActivityId();
        Integer previous = (Integer) execution.getVariable(counter);
        int passage = previous == null ? 1 : previous + 1;
        execution.getProcessInstance().setVariable(counter, passage);
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + passage;
    }

    private static Long applicationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ArchiveDepositProcess.VAR_APPLICATION_ID)).longValue();
    }

    private static String handledBy(DelegateExecution execution) {
        return (String) execution.getVariable(ArchiveDepositProcess.VAR_HANDLED_BY);
    }
}
