package io.casehall.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff tell tasks apart without opening them: a staff task is named "step｜case" from the case's caseTitle — for
 * any model, including a step an administrator adds later — while applicant tasks and the diagram keep their names.
 */
class StaffTaskNamesTest extends IntegrationTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Test
    void aStaffTaskShowsTheCaseAndAnApplicantTaskDoesNot() {
        Deployment deployment = repositoryService.createDeployment().addModelInstance("names.bpmn",
                Bpmn.createExecutableProcess("taskNamesProbe").camundaHistoryTimeToLive(1).startEvent()
                        .userTask("Task_Review").name("审核申请").camundaCandidateGroups("archiveClerk")
                        .userTask("Task_Pay").name("申请人支付费用").camundaAssignee("applicant-1")
                        .endEvent().done()).deploy();
        try {
            String instance = runtimeService.startProcessInstanceByKey("taskNamesProbe",
                    Map.of("caseTitle", "20261202-0001 张伟")).getId();
            Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            assertThat(review.getName()).isEqualTo("审核申请｜20261202-0001 张伟");

            taskService.complete(review.getId());
            Task pay = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            assertThat(pay.getName()).isEqualTo("申请人支付费用");

            String untitled = runtimeService.startProcessInstanceByKey("taskNamesProbe").getId();
            assertThat(taskService.createTaskQuery().processInstanceId(untitled).singleResult().getName())
                    .isEqualTo("审核申请");
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
    }
}
