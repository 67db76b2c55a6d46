package io.casehall.deposit.process;

import static io.casehall.deposit.ArchiveDepositProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code processes/archive-deposit.bpmn} with its delegates mocked: every path — approve and envelope with slip,
 * reject → modify → approve, cancel, envelope without slip then with, envelope never arriving (reminder, then
 * lapse), transfer out, certificate — and that each loop's task opens empty.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/archive-deposit.bpmn", "forms/deposit-audit.form",
        "forms/deposit-register-envelope.form"})
class ArchiveDepositProcessTest {

    ProcessEngine processEngine;

    /** Bean name (and notice) of every delegate call, in order. */
    private final List<String> calls = new ArrayList<>();

    /** Stands in for the working-day calendar: n working days = n calendar days from now. */
    public static class Calendar {
        public Date dueDate(int workingDays) {
            return Date.from(Instant.now().plus(workingDays, ChronoUnit.DAYS));
        }
    }

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        for (String bean : List.of(BEAN_RECORD_AUDIT, BEAN_ISSUE_DOCUMENT, BEAN_RECORD_ENVELOPE, BEAN_COMPLETE_SERVICE,
                BEAN_CANCEL, BEAN_ENVELOPE_OVERDUE, BEAN_LAPSE, BEAN_REMIND_STAFF)) {
            Mocks.register(bean, (JavaDelegate) execution -> calls.add(bean));
        }
        Mocks.register(BEAN_NOTIFY, (JavaDelegate) execution -> calls.add("notify:" + execution.getVariable(VAR_NOTICE)));
        Mocks.register(BEAN_FORM_CHECK, (TaskListener) task -> { });
        Mocks.register("workingCalendar", new Calendar());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance start(boolean bringsArchiveIn) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, businessKey("202612020001"),
                Variables.createVariables().putValue(VAR_APPLICATION_ID, 1L).putValue(VAR_APPLICATION_NUMBER, "202612020001")
                        .putValue(VAR_APPLICANT, applicantAssignee(7L)).putValue(VAR_CASE_TITLE, "202612020001 李明")
                        .putValue(VAR_BRINGS_ARCHIVE_IN, bringsArchiveIn));
        runAsyncJobs(pi);
        return pi;
    }

    /** The asynchronous continuations (notices, the document), as the job executor would run them. */
    private void runAsyncJobs(ProcessInstance pi) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = managementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private Task task(ProcessInstance pi, String activityId) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId)
                .initializeFormKeys().singleResult();
    }

    private void audit(ProcessInstance pi, String decision, String reason) {
        Task task = task(pi, TASK_AUDIT);
        assertThat(task).as("audit task").isNotNull();
        assertThat(formService().getTaskFormVariables(task.getId())).as("the form Tasklist loads opens empty")
                .containsEntry(VAR_AUDIT_DECISION, null).containsEntry(VAR_AUDIT_REASON, null);
        taskService().complete(task.getId(), Variables.createVariables().putValue(VAR_AUDIT_DECISION, decision)
                .putValue(VAR_AUDIT_REASON, reason));
        runAsyncJobs(pi);
    }

    private void registerEnvelope(ProcessInstance pi, String outcome, String reason) {
        Task task = task(pi, TASK_REGISTER_ENVELOPE);
        assertThat(task).as("envelope task").isNotNull();
        assertThat(formService().getTaskFormVariables(task.getId())).as("the form Tasklist loads opens empty")
                .containsEntry(VAR_ENVELOPE_OUTCOME, null).containsEntry(VAR_ENVELOPE_REASON, null);
        taskService().complete(task.getId(), Variables.createVariables().putValue(VAR_ENVELOPE_OUTCOME, outcome)
                .putValue(VAR_ENVELOPE_REASON, reason));
        runAsyncJobs(pi);
    }

    @Test
    void approvedDepositWaitsForTheEnvelopeAndIsDepositedWhenItArrivesWithTheSlip() {
        ProcessInstance pi = start(true);
        assertThat(pi).isWaitingAt(TASK_AUDIT);
        assertThat(task(pi, TASK_AUDIT)).hasCandidateGroup(GROUP_AUDIT).isNotAssigned();
        audit(pi, DECISION_APPROVE, null);
        assertThat(pi).isWaitingAt(TASK_REGISTER_ENVELOPE);
        assertThat(task(pi, TASK_REGISTER_ENVELOPE)).hasCandidateGroup(GROUP_AUDIT);
        registerEnvelope(pi, ENVELOPE_WITH_SLIP, null);
        assertThat(pi).isEnded().hasPassed(END_DEPOSITED);
        assertThat(calls).containsExactly("notify:submitted", BEAN_RECORD_AUDIT, BEAN_ISSUE_DOCUMENT, "notify:approved",
                BEAN_RECORD_ENVELOPE, "notify:deposited");
    }

    @Test
    void rejectedApplicationIsModifiedByTheApplicantAndAuditedAgainFromAnEmptyForm() {
        ProcessInstance pi = start(true);
        audit(pi, DECISION_REJECT, "身份证反面不清晰");
        assertThat(pi).isWaitingAt(TASK_MODIFY);
        Task modify = task(pi, TASK_MODIFY);
        assertThat(modify.getAssignee()).isEqualTo("applicant-7");
        assertThat(modify.getFormKey()).isEqualTo(FORM_MODIFY);
        taskService().complete(modify.getId());
        runAsyncJobs(pi);
        assertThat(pi).isWaitingAt(TASK_AUDIT);
        audit(pi, DECISION_APPROVE, null);
        assertThat(pi).isWaitingAt(TASK_REGISTER_ENVELOPE);
        assertThat(calls).containsExactly("notify:submitted", BEAN_RECORD_AUDIT, "notify:rejected", "notify:resubmitted",
                BEAN_RECORD_AUDIT, BEAN_ISSUE_DOCUMENT, "notify:approved");
    }

    @Test
    void theApplicantCancelsBeforeTheAuditOrAfterARejectionButNotAfterApproval() {
        ProcessInstance waiting = start(true);
        runtimeService().createMessageCorrelation(MESSAGE_CANCELLED).processInstanceId(waiting.getId()).correlate();
        runAsyncJobs(waiting);
        assertThat(waiting).isEnded().hasPassed(END_CANCELLED);

        ProcessInstance rejected = start(true);
        audit(rejected, DECISION_REJECT, "材料不全");
        assertThat(rejected).isWaitingAt(TASK_MODIFY);
        runtimeService().createMessageCorrelation(MESSAGE_CANCELLED).processInstanceId(rejected.getId()).correlate();
        runAsyncJobs(rejected);
        assertThat(rejected).isEnded().hasPassed(END_CANCELLED).hasNotPassed(TASK_ISSUE_DOCUMENT);
        assertThat(calls).filteredOn(BEAN_CANCEL::equals).hasSize(2);
        assertThat(calls).filteredOn("notify:cancelled"::equals).hasSize(2);

        ProcessInstance approved = start(true);
        audit(approved, DECISION_APPROVE, null);
        assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_CANCELLED)
                .processInstanceId(approved.getId()).correlate())
                .isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(approved).isWaitingAt(TASK_REGISTER_ENVELOPE);
    }

    @Test
    void anEnvelopeWithoutTheSlipIsReturnedAndAwaitedAgainFromAnEmptyForm() {
        ProcessInstance pi = start(true);
        audit(pi, DECISION_APPROVE, null);
        registerEnvelope(pi, ENVELOPE_WITHOUT_SLIP, "档案袋未贴调档通知单下联");
        assertThat(pi).isWaitingAt(TASK_REGISTER_ENVELOPE);
        registerEnvelope(pi, ENVELOPE_WITH_SLIP, null);
        assertThat(pi).isEnded().hasPassed(END_DEPOSITED);
        assertThat(calls).containsSubsequence(BEAN_RECORD_ENVELOPE, "notify:envelopeReturned", BEAN_RECORD_ENVELOPE,
                "notify:deposited");
    }

    @Test
    void anEnvelopeThatNeverArrivesIsRemindedThenTheApplicationLapses() {
        ProcessInstance pi = start(true);
        audit(pi, DECISION_APPROVE, null);
        Job staffReminder = timer(pi, EVENT_STAFF_REMINDER);
        Job overdue = timer(pi, EVENT_ENVELOPE_OVERDUE);
        Job lapsed = timer(pi, EVENT_ENVELOPE_LAPSED);
        assertThat(Duration.between(Instant.now(), overdue.getDuedate().toInstant()).toDays())
                .as("the waiting time in the model: P30D").isBetween(29L, 30L);
        assertThat(Duration.between(overdue.getDuedate().toInstant(), lapsed.getDuedate().toInstant()).toDays())
                .as("a second wait of 30 days").isBetween(29L, 30L);

        managementService().executeJob(staffReminder.getId());
        runAsyncJobs(pi);
        managementService().executeJob(overdue.getId());
        runAsyncJobs(pi);
        assertThat(pi).isWaitingAt(TASK_REGISTER_ENVELOPE);
        assertThat(calls).containsSubsequence(BEAN_REMIND_STAFF, BEAN_ENVELOPE_OVERDUE, "notify:envelopeOverdue");

        managementService().executeJob(lapsed.getId());
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_LAPSED).hasNotPassed(END_DEPOSITED);
        assertThat(calls).endsWith(BEAN_LAPSE, "notify:lapsed");
    }

    @Test
    void aTransferOutIsCompletedOnceItsDocumentIsIssued() {
        ProcessInstance pi = start(false);
        audit(pi, DECISION_APPROVE, null);
        assertThat(pi).isEnded().hasPassed(END_COMPLETED).hasNotPassed(TASK_REGISTER_ENVELOPE);
        assertThat(calls).containsExactly("notify:submitted", BEAN_RECORD_AUDIT, BEAN_ISSUE_DOCUMENT,
                BEAN_COMPLETE_SERVICE, "notify:completed");
    }

    @Test
    void aRejectedCertificateIsModifiedThenApprovedAndCompleted() {
        ProcessInstance pi = start(false);
        audit(pi, DECISION_REJECT, "用途不明确");
        taskService().complete(task(pi, TASK_MODIFY).getId());
        runAsyncJobs(pi);
        audit(pi, DECISION_APPROVE, null);
        assertThat(pi).isEnded().hasPassed(END_COMPLETED);
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }
}
