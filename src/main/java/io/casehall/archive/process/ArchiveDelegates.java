package io.casehall.archive.process;

import io.casehall.archive.ArchiveUseProcess;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thin delegates of {@code archive-use.bpmn}: each maps variables in, calls one {@link ArchiveCaseWork}
 * method, maps the result out. Bean names are the model's {@code delegateExpression}s.
 */
@Configuration
class ArchiveDelegates {

    /** Set by {@link StaffFormCheck} when a staff member completes a task. */
    static final String VAR_HANDLED_BY = "handledBy";

    @Bean(ArchiveUseProcess.BEAN_RECORD_CHECK)
    JavaDelegate recordArchiveCheck(ArchiveCaseWork work) {
        return execution -> work.recordCheck(applicationId(execution),
                (String) execution.getVariable(ArchiveUseProcess.VAR_CHECK_DECISION),
                (String) execution.getVariable(ArchiveUseProcess.VAR_CHECK_OPINION), handledBy(execution));
    }

    @Bean(ArchiveUseProcess.BEAN_CALCULATE_FEE)
    JavaDelegate calculateArchiveFee(ArchiveCaseWork work) {
        return execution -> {
            BigDecimal fee = work.suggestedFee(applicationId(execution));
            execution.setVariable(ArchiveUseProcess.VAR_SUGGESTED_FEE, fee.doubleValue());
            execution.setVariable(ArchiveUseProcess.VAR_FEE_AMOUNT, fee.doubleValue());
        };
    }

    @Bean(ArchiveUseProcess.BEAN_OPEN_PAYMENT)
    JavaDelegate openArchivePayment(ArchiveCaseWork work) {
        return execution -> {
            Number amount = (Number) execution.getVariable(ArchiveUseProcess.VAR_FEE_AMOUNT);
            work.openPayment(applicationId(execution), new BigDecimal(amount.toString()).setScale(2, java.math.RoundingMode.HALF_UP),
                    handledBy(execution));
            execution.setVariable(ArchiveUseProcess.VAR_PAYMENT_MADE, false);
        };
    }

    @Bean(ArchiveUseProcess.BEAN_RECORD_RECEIPT)
    JavaDelegate recordArchiveReceipt(ArchiveCaseWork work) {
        return execution -> {
            boolean received = Boolean.TRUE.equals(execution.getVariable(ArchiveUseProcess.VAR_RECEIPT_CONFIRMED));
            work.recordReceipt(applicationId(execution), received, handledBy(execution));
            if (!received) {
                execution.setVariable(ArchiveUseProcess.VAR_PAYMENT_MADE, false);
            }
        };
    }

    @Bean(ArchiveUseProcess.BEAN_START_PROOFREADING)
    JavaDelegate startArchiveProofreading(ArchiveCaseWork work) {
        return execution -> work.startProofreading(applicationId(execution), handledBy(execution));
    }

    @Bean(ArchiveUseProcess.BEAN_RECORD_ANSWER)
    JavaDelegate recordArchiveProofreadingAnswer(ArchiveCaseWork work) {
        return execution -> work.recordAnswer(applicationId(execution),
                Boolean.TRUE.equals(execution.getVariable(ArchiveUseProcess.VAR_ACCEPT_CORRECTIONS)),
                (String) execution.getVariable(ArchiveUseProcess.VAR_PROOFREADING_REPLY), handledBy(execution));
    }

    @Bean(ArchiveUseProcess.BEAN_ISSUE_PDFS)
    JavaDelegate issueArchivePdfs(ArchiveCaseWork work) {
        return execution -> work.issuePdfs(applicationId(execution));
    }

    @Bean(ArchiveUseProcess.BEAN_COMPLETE)
    JavaDelegate completeArchiveApplication(ArchiveCaseWork work) {
        return execution -> work.complete(applicationId(execution),
                (String) execution.getVariable(ArchiveUseProcess.VAR_PICKUP_PLACE),
                (String) execution.getVariable(ArchiveUseProcess.VAR_PICKUP_TIME),
                (String) execution.getVariable(ArchiveUseProcess.VAR_TRACKING_NUMBER), handledBy(execution));
    }

    @Bean(ArchiveUseProcess.BEAN_CANCEL)
    JavaDelegate cancelArchiveApplication(ArchiveCaseWork work) {
        return execution -> work.cancel(applicationId(execution),
                (String) execution.getVariable(ArchiveUseProcess.VAR_CANCEL_REASON));
    }

    @Bean(ArchiveUseProcess.BEAN_RECORD_REFUND)
    JavaDelegate recordArchiveRefund(ArchiveCaseWork work) {
        return execution -> work.recordRefund(applicationId(execution),
                (String) execution.getVariable(ArchiveUseProcess.VAR_REFUND_REFERENCE), handledBy(execution));
    }

    /**
     * Notices go out once per passage through the notify task: the passage number is counted in a variable
     * that only commits with the job, so a retried job reuses its dedup key and sends nothing twice.
     */
    @Bean(ArchiveUseProcess.BEAN_NOTIFY)
    JavaDelegate notifyArchiveApplicant(ArchiveCaseWork work) {
        return execution -> {
            String notice = (String) execution.getVariable(ArchiveUseProcess.VAR_NOTICE);
            String counter = "noticeCount_" + execution.getCurrentActivityId();
            Integer previous = (Integer) execution.getVariable(counter);
            int passage = previous == null ? 1 : previous + 1;
            work.notifyApplicant(applicationId(execution), notice,
                    execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + passage);
            execution.getProcessInstance().setVariable(counter, passage);
        };
    }

    @Bean(ArchiveUseProcess.BEAN_SEND_EMAIL)
    JavaDelegate sendArchiveEmail(ArchiveEmails emails) {
        return execution -> emails.send(((Number) execution.getVariable(ArchiveUseProcess.VAR_EMAIL_REQUEST_ID)).longValue());
    }

    private static Long applicationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ArchiveUseProcess.VAR_APPLICATION_ID)).longValue();
    }

    private static String handledBy(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_HANDLED_BY);
    }
}
