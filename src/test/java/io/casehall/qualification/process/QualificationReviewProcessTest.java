package io.casehall.qualification.process;

import static io.casehall.qualification.QualificationReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * {@code processes/qualification-review.bpmn} with its delegates mocked: each window closes when its end comes (not
 * before), an end moved later (the office extends the window) moves the timer, and an end moved before the timer
 * is reached is read from the variable.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/qualification-review.bpmn")
class QualificationReviewProcessTest {

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    private final Instant start = Instant.parse("2026-10-06T00:00:00Z");

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(start));
        Mocks.register(BEAN_CLOSE_GRADUATE_WINDOW, (JavaDelegate) execution ->
                calls.add("graduate:" + execution.getVariable(VAR_CAMPAIGN_ID)));
        Mocks.register(BEAN_CLOSE_COLLEGE_WINDOW, (JavaDelegate) execution ->
                calls.add("college:" + execution.getVariable(VAR_CAMPAIGN_ID)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance startCampaign(Duration graduateWindow, Duration collegeWindow) {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(7), Variables.createVariables()
                .putValue(VAR_CAMPAIGN_ID, 7L)
                .putValue(VAR_GRADUATE_WINDOW_END, Date.from(start.plus(graduateWindow)))
                .putValue(VAR_COLLEGE_WINDOW_END, Date.from(start.plus(collegeWindow))));
    }

    /** Runs what the job executor would run at the clock's time. */
    private void runDueJobs() {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).timers()
                .singleResult();
    }

    @Test
    void eachWindowClosesWhenItsEndComes() {
        ProcessInstance pi = startCampaign(Duration.ofDays(6), Duration.ofDays(11));
        assertThat(pi).isWaitingAt(TIMER_GRADUATE_WINDOW_END);
        assertThat(timer(pi, TIMER_GRADUATE_WINDOW_END).getDuedate()).isEqualTo(Date.from(start.plus(Duration.ofDays(6))));

        at(start.plus(Duration.ofDays(6)).minusSeconds(1));
        runDueJobs();
        assertThat(pi).isWaitingAt(TIMER_GRADUATE_WINDOW_END);
        assertThat(calls).isEmpty();

        at(start.plus(Duration.ofDays(6)));
        runDueJobs();
        assertThat(calls).containsExactly("graduate:7");
        assertThat(pi).isWaitingAt(TIMER_COLLEGE_WINDOW_END);
        assertThat(timer(pi, TIMER_COLLEGE_WINDOW_END).getDuedate()).isEqualTo(Date.from(start.plus(Duration.ofDays(11))));

        at(start.plus(Duration.ofDays(11)));
        runDueJobs();
        assertThat(calls).containsExactly("graduate:7", "college:7");
        assertThat(pi).hasPassedInOrder(START, TIMER_GRADUATE_WINDOW_END, TASK_CLOSE_GRADUATE_WINDOW,
                TIMER_COLLEGE_WINDOW_END, TASK_CLOSE_COLLEGE_WINDOW, END).isEnded();
    }

    @Test
    void anExtendedWindowClosesAtItsNewEnd() {
        ProcessInstance pi = startCampaign(Duration.ofDays(6), Duration.ofDays(11));
        Date extended = Date.from(start.plus(Duration.ofDays(8)));
        managementService().setJobDuedate(timer(pi, TIMER_GRADUATE_WINDOW_END).getId(), extended);
        runtimeService().setVariable(pi.getId(), VAR_GRADUATE_WINDOW_END, extended);
        // The college window's timer is not reached yet: its end is read from the variable when it is.
        Date collegeExtended = Date.from(start.plus(Duration.ofDays(13)));
        runtimeService().setVariable(pi.getId(), VAR_COLLEGE_WINDOW_END, collegeExtended);

        at(start.plus(Duration.ofDays(7)));
        runDueJobs();
        assertThat(calls).isEmpty();

        at(start.plus(Duration.ofDays(8)));
        runDueJobs();
        assertThat(calls).containsExactly("graduate:7");
        assertThat(timer(pi, TIMER_COLLEGE_WINDOW_END).getDuedate()).isEqualTo(collegeExtended);

        at(start.plus(Duration.ofDays(12)));
        runDueJobs();
        assertThat(pi).isWaitingAt(TIMER_COLLEGE_WINDOW_END);
        at(start.plus(Duration.ofDays(13)));
        runDueJobs();
        assertThat(calls).containsExactly("graduate:7", "college:7");
        assertThat(pi).isEnded();
    }

    @Test
    void aWindowClosedEarlyClosesAtOnce() {
        ProcessInstance pi = startCampaign(Duration.ofDays(6), Duration.ofDays(11));
        at(start.plus(Duration.ofDays(2)));
        managementService().setJobDuedate(timer(pi, TIMER_GRADUATE_WINDOW_END).getId(), Date.from(start.plus(Duration.ofDays(2))));
        runDueJobs();
        assertThat(calls).containsExactly("graduate:7");
        assertThat(pi).isWaitingAt(TIMER_COLLEGE_WINDOW_END);
    }

    @Test
    void aClosingThatFailsIsRetriedAndTheWindowStaysToBeClosed() {
        ProcessInstance pi = startCampaign(Duration.ofDays(6), Duration.ofDays(11));
        Mocks.register(BEAN_CLOSE_GRADUATE_WINDOW, (JavaDelegate) execution -> {
            throw new IllegalStateException("database away");
        });
        at(start.plus(Duration.ofDays(6)));
        managementService().executeJob(timer(pi, TIMER_GRADUATE_WINDOW_END).getId());
        String closingJob = managementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(TASK_CLOSE_GRADUATE_WINDOW).singleResult().getId();
        assertThatThrownBy(() -> managementService().executeJob(closingJob)).hasMessageContaining("database away");
        Job closing = managementService().createJobQuery().jobId(closingJob).singleResult();
        assertThat(closing.getRetries()).isEqualTo(4);
        assertThat(closing.getExceptionMessage()).contains("database away");
        assertThat(pi).isWaitingAt(TASK_CLOSE_GRADUATE_WINDOW);
    }
}
