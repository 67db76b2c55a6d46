package io.casehall.qualification.process;

import static io.casehall.qualification.QualificationChangeRequestProcess.*;
import static io.casehall.qualification.QualificationReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.List;
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
 * {@code processes/qualification-change-request.bpmn} with its delegates mocked: approved (applied, graduate told),
 * rejected (recorded, graduate told), expired by the college window's message, the task offered to the college's
 * group only, and a new request after a rejection opening an empty form.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/qualification-change-request.bpmn", "forms/qualification-approve-change.form"})
class QualificationChangeRequestProcessTest {

    static final String GROUP = "dataChangeApprovalD1a2b3c4d";

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        for (String bean : List.of(BEAN_APPLY, BEAN_REJECT, BEAN_EXPIRE)) {
            Mocks.register(bean, (JavaDelegate) execution -> calls.add(bean));
        }
        Mocks.register(BEAN_NOTIFY, (JavaDelegate) execution -> calls.add("notify:" + execution.getVariable(VAR_NOTICE)));
        Mocks.register(BEAN_FORM_CHECK, (TaskListener) task -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                task.setVariableLocal(VAR_SUMMARY, "- 姓名：李华 → 李桦");
            }
        });
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance start(long requestId, long campaignId) {
        return runtimeService().startProcessInstanceByKey(KEY_CHANGE_REQUEST, requestBusinessKey(requestId),
                Variables.createVariables().putValue(VAR_CAMPAIGN_ID, campaignId).putValue(VAR_GRADUATE_ID, 3L)
                        .putValue(VAR_CHANGE_REQUEST_ID, requestId).putValue(VAR_COLLEGE_GROUP, GROUP)
                        .putValue(VAR_CASE_TITLE, "2019010101 李华（文学院）")
                        .putValue(VAR_CASE_LINK, staffLink(requestId)));
    }

    private Task approvalTask(ProcessInstance pi) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void runJobs(ProcessInstance pi) {
        for (Job job : managementService().createJobQuery().processInstanceId(pi.getId()).list()) {
            managementService().executeJob(job.getId());
        }
    }

    @Test
    void anApprovedChangeIsAppliedAndTheGraduateTold() {
        ProcessInstance pi = start(1L, 10L);
        assertThat(pi).isWaitingAt(TASK_APPROVE_DATA_CHANGE);
        Task task = approvalTask(pi);
        assertThat(task).hasCandidateGroup(GROUP);
        assertThat(taskService().getVariableLocal(task.getId(), VAR_SUMMARY)).isEqualTo("- 姓名：李华 → 李桦");

        taskService().complete(task.getId(), Variables.createVariables().putValue(VAR_DECISION, DECISION_APPROVED));
        runJobs(pi);

        assertThat(pi).isEnded().hasPassed(TASK_APPLY, END_APPROVED).hasNotPassed(TASK_RECORD_REJECTION);
        assertThat(calls).containsExactly(BEAN_APPLY, "notify:approved");
    }

    @Test
    void aRejectedChangeIsRecordedAndTheGraduateTold() {
        ProcessInstance pi = start(2L, 10L);
        taskService().complete(approvalTask(pi).getId(), Variables.createVariables()
                .putValue(VAR_DECISION, DECISION_REJECTED).putValue(VAR_REASON, "户口本照片不清晰"));
        runJobs(pi);

        assertThat(pi).isEnded().hasPassed(TASK_RECORD_REJECTION, END_REJECTED).hasNotPassed(TASK_APPLY);
        assertThat(pi).variables().containsEntry(VAR_REASON, "户口本照片不清晰");
        assertThat(calls).containsExactly(BEAN_REJECT, "notify:rejected");
    }

    @Test
    void theCollegeWindowClosingExpiresTheCampaignsUndecidedRequestsOnly() {
        ProcessInstance ours = start(3L, 20L);
        ProcessInstance otherCampaign = start(4L, 21L);

        runtimeService().createMessageCorrelation(MESSAGE_EXPIRED)
                .processInstanceVariableEquals(VAR_CAMPAIGN_ID, 20L).correlateAll();
        runJobs(ours);

        assertThat(ours).isEnded().hasPassed(EVENT_COLLEGE_WINDOW_CLOSED, TASK_EXPIRE, END_EXPIRED);
        assertThat(calls).containsExactly(BEAN_EXPIRE, "notify:expired");
        assertThat(otherCampaign).isWaitingAt(TASK_APPROVE_DATA_CHANGE);
    }

    @Test
    void aRequestAfterARejectionOpensAnEmptyForm() {
        ProcessInstance first = start(5L, 10L);
        taskService().complete(approvalTask(first).getId(), Variables.createVariables()
                .putValue(VAR_DECISION, DECISION_REJECTED).putValue(VAR_REASON, "缺少证明"));

        ProcessInstance again = start(6L, 10L);
        Task task = approvalTask(again);
        assertThat(taskService().getVariable(task.getId(), VAR_DECISION)).isNull();
        assertThat(taskService().getVariable(task.getId(), VAR_REASON)).isNull();
        assertThat(task.getName()).isEqualTo("审核生源信息修改");
    }
}
