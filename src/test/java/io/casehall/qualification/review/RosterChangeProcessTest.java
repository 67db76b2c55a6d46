package io.casehall.qualification.review;

import static io.casehall.qualification.review.RosterChangeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
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
 * {@code processes/qualification-roster-change.bpmn} with its delegates mocked: the office's task is for
 * {@code employmentOffice} and opens empty; approval applies the change and tells the college, rejection records
 * it and tells the college; the notices run asynchronously.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/qualification-roster-change.bpmn", "forms/qualification-roster-change.form"})
class RosterChangeProcessTest {

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(BEAN_APPLY, (JavaDelegate) execution -> calls.add(BEAN_APPLY));
        Mocks.register(BEAN_REJECT, (JavaDelegate) execution -> calls.add(BEAN_REJECT));
        Mocks.register(BEAN_NOTIFY, (JavaDelegate) execution -> calls.add("notify:" + execution.getVariable(VAR_NOTICE)));
        Mocks.register(BEAN_FORM_CHECK, (TaskListener) task -> calls.add("check:" + task.getEventName()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(7L), Variables.createVariables()
                .putValue(VAR_ROSTER_CHANGE_ID, 7L).putValue(VAR_CAMPAIGN_ID, 3L).putValue(VAR_COLLEGE, "经济管理学院")
                .putValue(VAR_CASE_TITLE, "增加 2023届 经济管理学院 张三 2019011234"));
    }

    private void decide(ProcessInstance pi, String decision, String reason) {
        Task task = taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_DECIDE)
                .singleResult();
        assertThat(task).isNotNull();
        assertThat(taskService().getIdentityLinksForTask(task.getId())).anySatisfy(link ->
                assertThat(link.getGroupId()).isEqualTo(GROUP_OFFICE));
        assertThat(formService().getTaskFormVariables(task.getId())).as("the form opens empty")
                .containsEntry(VAR_DECISION, null).containsEntry(VAR_REASON, null);
        taskService().complete(task.getId(), Variables.createVariables().putValue(VAR_DECISION, decision)
                .putValue(VAR_REASON, reason));
    }

    private void runJobs(ProcessInstance pi) {
        for (int round = 0; round < 5; round++) {
            List<Job> jobs = managementService().createJobQuery().processInstanceId(pi.getId()).list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    @Test
    void approvalAppliesTheChangeAndTellsTheCollege() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(TASK_DECIDE);
        decide(pi, DECISION_APPROVE, null);
        assertThat(pi).hasPassed(TASK_APPLY).isWaitingAt(TASK_NOTIFY_APPLIED);
        runJobs(pi);
        assertThat(pi).isEnded().hasPassed(END_APPLIED).hasNotPassed(TASK_REJECT);
        assertThat(calls).containsExactly("check:create", "check:complete", BEAN_APPLY, "notify:applied");
    }

    @Test
    void rejectionRecordsItAndTellsTheCollege() {
        ProcessInstance pi = start();
        decide(pi, DECISION_REJECT, "该生已办理退学，不属于本届毕业生");
        runJobs(pi);
        assertThat(pi).isEnded().hasPassed(TASK_REJECT, END_REJECTED).hasNotPassed(TASK_APPLY);
        assertThat(pi).variables().containsEntry(VAR_REASON, "该生已办理退学，不属于本届毕业生");
        assertThat(calls).containsExactly("check:create", "check:complete", BEAN_REJECT, "notify:rejected");
    }
}
