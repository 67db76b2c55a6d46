package io.casehall.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BPMN reaches the calendar by its Spring bean name: a user task's due date, its follow-up date ("P3D") and
 * a boundary timer's date are the calendar's answers.
 */
class WorkingCalendarBpmnTest extends IntegrationTest {

    private static final String MODEL = "calendar/working-calendar-due-date.bpmn";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkingCalendar workingCalendar;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        deploymentId = repositoryService.createDeployment().name("working-calendar-test")
                .addClasspathResource(MODEL).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void dueDateFollowUpDateAndTimerComeFromTheWorkingCalendar() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("workingCalendarDueDateCheck");

        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getDueDate().toInstant()).isEqualTo(workingCalendar.dueDate(5).toInstant());
        assertThat(task.getFollowUpDate().toInstant()).isEqualTo(workingCalendar.dueDate(3).toInstant());

        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(workingCalendar.dueDate(5).toInstant());
    }
}
