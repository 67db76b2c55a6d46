package io.casehall.archive;

import static io.casehall.archive.ArchiveUseProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code processes/archive-use.bpmn} with the real variant and fee tables, delegates mocked: each service
 * variant and each branch — reject, return-for-correction loop, unpaid reminder and timeout, receipt not
 * received, refund after a paid cancellation, the proofreading loop, and each delivery mode.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/archive-use.bpmn", "dmn/archive-service-variant.dmn", "dmn/archive-fee.dmn",
        "forms/archive-check-request.form", "forms/archive-raise-charge.form", "forms/archive-confirm-receipt.form",
        "forms/archive-prepare-translation.form", "forms/archive-answer-corrections.form",
        "forms/archive-produce-documents.form", "forms/archive-refund-fee.form"})
class ArchiveUseProcessTest {

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
        for (String bean : List.of(BEAN_RECORD_CHECK, BEAN_OPEN_PAYMENT, BEAN_RECORD_RECEIPT, BEAN_START_PROOFREADING,
                BEAN_RECORD_ANSWER, BEAN_ISSUE_PDFS, BEAN_COMPLETE, BEAN_RECORD_REFUND)) {
            Mocks.register(bean, (JavaDelegate) execution -> calls.add(bean));
        }
        Mocks.register(BEAN_CANCEL, (JavaDelegate) execution ->
                calls.add(BEAN_CANCEL + ":" + execution.getVariable(VAR_CANCEL_REASON)));
        Mocks.register(BEAN_CALCULATE_FEE, (JavaDelegate) execution -> {
            calls.add(BEAN_CALCULATE_FEE);
            execution.setVariable(VAR_SUGGESTED_FEE, 80.0);
            execution.setVariable(VAR_FEE_AMOUNT, 80.0);
        });
        Mocks.register(BEAN_NOTIFY, (JavaDelegate) execution -> calls.add("notify:" + execution.getVariable(VAR_NOTICE)));
        Mocks.register(BEAN_FORM_CHECK, (TaskListener) task -> { });
        Mocks.register("workingCalendar", new Calendar());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(ArchiveServiceType service, DeliveryMode delivery) {
        return runtimeService().startProcessInstanceByKey(KEY, "archive-test", Variables.createVariables()
                .putValue(VAR_APPLICATION_ID, 1L)
                .putValue(VAR_APPLICATION_NUMBER, "202611230001")
                .putValue(VAR_APPLICANT, applicantAssignee(7L))
                .putValue(VAR_SERVICE, service.code())
                .putValue(VAR_DELIVERY_MODE, delivery.name())
                .putValue(VAR_REMINDER_DAYS, 3)
                .putValue(VAR_DEADLINE_DAYS, 7));
    }

    private Task taskAt(ProcessInstance pi, String activityId) {
        assertThat(pi).isWaitingAt(activityId);
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
    }

    private void complete(ProcessInstance pi, String activityId, Map<String, Object> variables) {
        taskService().complete(taskAt(pi, activityId).getId(), variables);
    }

    /** Runs the asynchronous continuations (notices, PDFs) that are due now, as the job executor would. */
    private void runAsyncJobs(ProcessInstance pi) {
        for (int round = 0; round < 10; round++) {
            List<Job> jobs = managementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private void accept(ProcessInstance pi) {
        complete(pi, TASK_CHECK_REQUEST, Map.of(VAR_CHECK_DECISION, DECISION_ACCEPT));
    }

    private void payAndConfirm(ProcessInstance pi) {
        complete(pi, TASK_RAISE_CHARGE, Map.of(VAR_FEE_AMOUNT, 80.0));
        runAsyncJobs(pi);
        complete(pi, TASK_PAY, Map.of(VAR_PAYMENT_MADE, true));
        complete(pi, TASK_CONFIRM_RECEIPT, Map.of(VAR_RECEIPT_CONFIRMED, true));
    }

    @Test
    void overseasTranslationIsChargedProofreadUntilConfirmedAndDeliveredAsSealedPdfs() {
        ProcessInstance pi = start(ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.ELECTRONIC);
        assertThat(pi).variables().containsEntry(VAR_FEE_REQUIRED, true).containsEntry(VAR_PROOFREADING_REQUIRED, true)
                .containsEntry(VAR_EMAIL_ALLOWED, true).containsEntry(VAR_TRANSLATION_REQUIRED, true)
                .as("gateway flags are primitives; no serialized decision result").doesNotContainKey("variant");
        accept(pi);
        assertThat(taskAt(pi, TASK_RAISE_CHARGE)).hasCandidateGroup("feeCollection");
        payAndConfirm(pi);

        assertThat(taskAt(pi, TASK_PREPARE_TRANSLATION)).hasCandidateGroup("proofreading");
        complete(pi, TASK_PREPARE_TRANSLATION, Map.of());
        runAsyncJobs(pi);
        Task proofread = taskAt(pi, TASK_PROOFREAD);
        assertThat(proofread).isAssignedTo("applicant-7");
        taskService().complete(proofread.getId(), Map.of(VAR_PROOFREAD_CONFIRMED, false));
        complete(pi, TASK_ANSWER_CORRECTIONS, Map.of(VAR_PROOFREADING_REPLY, "课程名称已按教务系统更正"));
        runAsyncJobs(pi);
        complete(pi, TASK_PROOFREAD, Map.of(VAR_PROOFREAD_CONFIRMED, true));

        complete(pi, TASK_PRODUCE, Map.of());
        assertThat(pi).isWaitingAt(TASK_ISSUE_PDFS);
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(TASK_ISSUE_PDFS, END_COMPLETED);
        assertThat(calls).containsSubsequence(BEAN_RECORD_CHECK, BEAN_CALCULATE_FEE, BEAN_OPEN_PAYMENT,
                "notify:paymentDue", BEAN_RECORD_RECEIPT, BEAN_START_PROOFREADING, "notify:proofreadingDue",
                BEAN_RECORD_ANSWER, "notify:proofreadingAnswered", BEAN_ISSUE_PDFS, BEAN_COMPLETE, "notify:completed");
    }

    @Test
    void academicRecordUseHasNoFeeAndNoProofreading() {
        ProcessInstance pi = start(ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP);
        assertThat(pi).variables().containsEntry(VAR_FEE_REQUIRED, false).containsEntry(VAR_PROOFREADING_REQUIRED, false)
                .containsEntry(VAR_EMAIL_ALLOWED, false);
        accept(pi);
        complete(pi, TASK_PRODUCE, Map.of(VAR_PICKUP_PLACE, "档案馆111室", VAR_PICKUP_TIME, "2026-11-30"));
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_COMPLETED)
                .hasNotPassed(TASK_RAISE_CHARGE, TASK_PAY, TASK_PREPARE_TRANSLATION, TASK_PROOFREAD, TASK_ISSUE_PDFS);
    }

    @Test
    void custodyQueryByPostEndsWithoutSealedPdfs() {
        ProcessInstance pi = start(ArchiveServiceType.CUSTODY_QUERY, DeliveryMode.POST);
        assertThat(pi).variables().containsEntry(VAR_FEE_REQUIRED, false).containsEntry(VAR_PROOFREADING_REQUIRED, false);
        accept(pi);
        complete(pi, TASK_PRODUCE, Map.of(VAR_TRACKING_NUMBER, "SF1234567890"));
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_COMPLETED).hasNotPassed(TASK_ISSUE_PDFS);
    }

    @Test
    void electronicDeliveryWithoutFeeStillIssuesSealedPdfs() {
        ProcessInstance pi = start(ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.ELECTRONIC);
        accept(pi);
        complete(pi, TASK_PRODUCE, Map.of());
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(TASK_ISSUE_PDFS, END_COMPLETED);
    }

    @Test
    void rejectedApplicationIsClosedAndTheApplicantTold() {
        ProcessInstance pi = start(ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.PICKUP);
        complete(pi, TASK_CHECK_REQUEST, Map.of(VAR_CHECK_DECISION, DECISION_REJECT, VAR_CHECK_OPINION, "非本校毕业生"));
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_REJECTED).hasNotPassed(TASK_RAISE_CHARGE);
        assertThat(calls).containsExactly(BEAN_RECORD_CHECK, "notify:rejected");
    }

    @Test
    void returnForCorrectionLoopsBackToTheClerkUntilAccepted() {
        ProcessInstance pi = start(ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP);
        for (int round = 0; round < 2; round++) {
            complete(pi, TASK_CHECK_REQUEST, Map.of(VAR_CHECK_DECISION, DECISION_RETURN, VAR_CHECK_OPINION, "请上传清晰的学位证"));
            runAsyncJobs(pi);
            Task correct = taskAt(pi, TASK_CORRECT_REQUEST);
            assertThat(correct).isAssignedTo("applicant-7");
            taskService().complete(correct.getId());
        }
        accept(pi);
        assertThat(pi).isWaitingAt(TASK_PRODUCE);
        assertThat(calls.stream().filter("notify:returned"::equals)).hasSize(2);
    }

    @Test
    void everyRoundOfTheCheckOpensEmptyWhileTheDecisionStillReachesTheCase() {
        ProcessInstance pi = start(ArchiveServiceType.ACADEMIC_RECORD, DeliveryMode.PICKUP);
        complete(pi, TASK_CHECK_REQUEST, Map.of(VAR_CHECK_DECISION, DECISION_RETURN, VAR_CHECK_OPINION, "请上传清晰的学位证"));
        assertThat(pi).variables().containsEntry(VAR_CHECK_DECISION, DECISION_RETURN);
        runAsyncJobs(pi);
        taskService().complete(taskAt(pi, TASK_CORRECT_REQUEST).getId());

        Task secondRound = taskAt(pi, TASK_CHECK_REQUEST);
        assertThat(formFields(secondRound)).containsEntry(VAR_CHECK_DECISION, null).containsEntry(VAR_CHECK_OPINION, null);
        accept(pi);
        assertThat(pi).isWaitingAt(TASK_PRODUCE);
    }

    @Test
    void everyRoundOfAnsweringCorrectionsOpensEmpty() {
        ProcessInstance pi = start(ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.ELECTRONIC);
        accept(pi);
        payAndConfirm(pi);
        complete(pi, TASK_PREPARE_TRANSLATION, Map.of());
        runAsyncJobs(pi);
        taskService().complete(taskAt(pi, TASK_PROOFREAD).getId(), Map.of(VAR_PROOFREAD_CONFIRMED, false));
        complete(pi, TASK_ANSWER_CORRECTIONS, Map.of(VAR_ACCEPT_CORRECTIONS, true,
                VAR_PROOFREADING_REPLY, "已采纳"));
        runAsyncJobs(pi);
        taskService().complete(taskAt(pi, TASK_PROOFREAD).getId(), Map.of(VAR_PROOFREAD_CONFIRMED, false));

        Task secondRound = taskAt(pi, TASK_ANSWER_CORRECTIONS);
        assertThat(formFields(secondRound)).containsEntry(VAR_ACCEPT_CORRECTIONS, null)
                .containsEntry(VAR_PROOFREADING_REPLY, null);
    }

    @Test
    void aSecondConfirmationOfReceiptOpensEmptyAndTheChargeFormShowsTheCalculatedFee() {
        ProcessInstance pi = start(ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.PICKUP);
        accept(pi);
        assertThat(formFields(taskAt(pi, TASK_RAISE_CHARGE))).containsKey(VAR_FEE_AMOUNT);
        complete(pi, TASK_RAISE_CHARGE, Map.of(VAR_FEE_AMOUNT, 80.0));
        runAsyncJobs(pi);
        complete(pi, TASK_PAY, Map.of(VAR_PAYMENT_MADE, true));
        complete(pi, TASK_CONFIRM_RECEIPT, Map.of(VAR_RECEIPT_CONFIRMED, false));
        runAsyncJobs(pi);
        complete(pi, TASK_PAY, Map.of(VAR_PAYMENT_MADE, true));
        assertThat(formFields(taskAt(pi, TASK_CONFIRM_RECEIPT))).containsEntry(VAR_RECEIPT_CONFIRMED, null);
    }

    /** What the task's Camunda Form opens with: the variables Tasklist loads for it. */
    private Map<String, Object> formFields(Task task) {
        return formService().getTaskFormVariables(task.getId());
    }

    @Test
    void unpaidChargeIsRemindedThenCancelledByTimer() {
        ProcessInstance pi = start(ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.PICKUP);
        accept(pi);
        complete(pi, TASK_RAISE_CHARGE, Map.of(VAR_FEE_AMOUNT, 80.0));
        runAsyncJobs(pi);
        List<Job> timers = managementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        assertThat(timers.get(0).getDuedate()).isBefore(timers.get(1).getDuedate());

        managementService().executeJob(timers.get(0).getId());
        runAsyncJobs(pi);
        assertThat(pi).isWaitingAt(TASK_PAY);
        assertThat(calls).contains("notify:paymentReminder");

        managementService().executeJob(timers.get(1).getId());
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_EXPIRED).hasNotPassed(TASK_CONFIRM_RECEIPT);
        assertThat(calls).containsSubsequence(BEAN_CANCEL + ":unpaid", "notify:expired");
    }

    @Test
    void paymentNotReceivedAsksTheApplicantToPayAgain() {
        ProcessInstance pi = start(ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.PICKUP);
        accept(pi);
        complete(pi, TASK_RAISE_CHARGE, Map.of(VAR_FEE_AMOUNT, 80.0));
        runAsyncJobs(pi);
        complete(pi, TASK_PAY, Map.of(VAR_PAYMENT_MADE, true));
        complete(pi, TASK_CONFIRM_RECEIPT, Map.of(VAR_RECEIPT_CONFIRMED, false));
        runAsyncJobs(pi);
        assertThat(pi).isWaitingAt(TASK_PAY);
        assertThat(calls).contains("notify:paymentNotReceived");
    }

    @Test
    void cancellingAfterPaymentGoesThroughTheRefund() {
        ProcessInstance pi = start(ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.PICKUP);
        accept(pi);
        complete(pi, TASK_RAISE_CHARGE, Map.of(VAR_FEE_AMOUNT, 80.0));
        runAsyncJobs(pi);
        complete(pi, TASK_PAY, Map.of(VAR_PAYMENT_MADE, true));
        runtimeService().createMessageCorrelation(MESSAGE_CANCELLED).processInstanceId(pi.getId()).correlate();
        Task refund = taskAt(pi, TASK_REFUND);
        assertThat(refund).hasCandidateGroup("feeCollection");
        taskService().complete(refund.getId(), Map.of(VAR_REFUND_REFERENCE, "TK-001"));
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_CANCELLED).hasNotPassed(TASK_PREPARE_TRANSLATION);
        assertThat(calls).containsSubsequence(BEAN_CANCEL + ":applicant", BEAN_RECORD_REFUND, "notify:cancelled");
    }

    @Test
    void cancellingBeforePaymentNeedsNoRefund() {
        ProcessInstance pi = start(ArchiveServiceType.OVERSEAS_TRANSLATION, DeliveryMode.PICKUP);
        accept(pi);
        complete(pi, TASK_RAISE_CHARGE, Map.of(VAR_FEE_AMOUNT, 80.0));
        runAsyncJobs(pi);
        runtimeService().createMessageCorrelation(MESSAGE_CANCELLED).processInstanceId(pi.getId()).correlate();
        runAsyncJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_CANCELLED).hasNotPassed(TASK_REFUND);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void staffStepsUseTheirRoleAndFormAndApplicantStepsTheirPortalAction() {
        BpmnModelInstance model = processEngine.getRepositoryService().getBpmnModelInstance(
                processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
                        .singleResult().getId());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaAssignee() != null) {
                assertThat(task.getCamundaAssignee()).isEqualTo("${applicant}");
                assertThat(task.getCamundaFormKey()).startsWith("portal:");
            } else {
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
                assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef")).as(task.getId())
                        .startsWith("archive");
                assertThat(task.getCamundaDueDate()).as(task.getId()).contains("workingCalendar");
            }
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (task.getCamundaDelegateExpression().contains(BEAN_NOTIFY) || task.getId().equals(TASK_ISSUE_PDFS)) {
                assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
            }
        }
    }
}
