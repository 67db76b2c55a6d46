package io.casehall.qualification.process;

import static io.casehall.qualification.QualificationReviewProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server was down when the graduate window ended: the timer's time passed while no engine ran. The engine that
 * starts next (with its job executor, as in production) finds the overdue timer and closes the window by itself,
 * then waits for the college window's end.
 */
class QualificationReviewRestartTest {

    private static final String DATABASE = "jdbc:h2:mem:qualification-restart;DB_CLOSE_DELAY=-1";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch graduateWindowClosed = new CountDownLatch(1);
    private ProcessEngine engine;

    @AfterEach
    void tearDown() {
        if (engine != null) {
            engine.close();
        }
        ClockUtil.reset();
    }

    private ProcessEngine engine(String name, boolean jobExecutor) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl(DATABASE);
        configuration.setJdbcDriver("org.h2.Driver");
        configuration.setJdbcUsername("sa");
        configuration.setJdbcPassword("");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setJobExecutorActivate(jobExecutor);
        // Acquire often, so that the test does not wait for the default back-off.
        DefaultJobExecutor executor = new DefaultJobExecutor();
        executor.setWaitTimeInMillis(200);
        executor.setMaxWait(1000);
        configuration.setJobExecutor(executor);
        configuration.setBeans(Map.of(
                BEAN_CLOSE_GRADUATE_WINDOW, (JavaDelegate) execution -> {
                    calls.add("graduate:" + execution.getVariable(VAR_CAMPAIGN_ID));
                    graduateWindowClosed.countDown();
                },
                BEAN_CLOSE_COLLEGE_WINDOW, (JavaDelegate) execution ->
                        calls.add("college:" + execution.getVariable(VAR_CAMPAIGN_ID))));
        return configuration.buildProcessEngine();
    }

    @Test
    void anOverdueWindowEndClosesTheWindowWhenTheServerStarts() throws Exception {
        Instant created = Instant.now();
        ClockUtil.setCurrentTime(Date.from(created));
        ProcessEngine before = engine("qualification-before-restart", false);
        before.getRepositoryService().createDeployment().addClasspathResource("processes/qualification-review.bpmn")
                .deploy();
        ProcessInstance pi = before.getRuntimeService().startProcessInstanceByKey(KEY, businessKey(3),
                Variables.createVariables().putValue(VAR_CAMPAIGN_ID, 3L)
                        .putValue(VAR_GRADUATE_WINDOW_END, Date.from(created.plus(Duration.ofHours(1))))
                        .putValue(VAR_COLLEGE_WINDOW_END, Date.from(created.plus(Duration.ofDays(5)))));
        before.close();

        // Two hours later the server starts again: the graduate window's end passed while it was down.
        ClockUtil.setCurrentTime(Date.from(created.plus(Duration.ofHours(2))));
        engine = engine("qualification-after-restart", true);

        assertThat(graduateWindowClosed.await(60, TimeUnit.SECONDS)).isTrue();
        waitUntilWaitingAt(pi.getId(), TIMER_COLLEGE_WINDOW_END);
        assertThat(calls).containsExactly("graduate:3");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .singleResult().getDuedate()).isEqualTo(Date.from(created.plus(Duration.ofDays(5))));
    }

    private void waitUntilWaitingAt(String processInstanceId, String activityId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (engine.getRuntimeService().getActiveActivityIds(processInstanceId).contains(activityId)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not waiting at " + activityId);
    }
}
