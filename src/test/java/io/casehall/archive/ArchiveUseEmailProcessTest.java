package io.casehall.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code processes/archive-use-email.bpmn}: a mail server that is down delays the e-mail — the job is retried,
 * then left as an incident an administrator sees in Cockpit — and nothing is lost: once the server is back, a
 * retry sends it.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/archive-use-email.bpmn")
class ArchiveUseEmailProcessTest {

    org.camunda.bpm.engine.ProcessEngine processEngine;

    private final AtomicInteger attempts = new AtomicInteger();
    private volatile boolean mailServerDown = true;

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    @Test
    void mailServerDownEndsInAnIncidentAndARetryLaterSends() {
        BpmnAwareTests.init(processEngine);
        Mocks.register(ArchiveUseProcess.BEAN_SEND_EMAIL, (JavaDelegate) execution -> {
            attempts.incrementAndGet();
            if (mailServerDown) {
                throw new IllegalStateException("SMTP connection refused");
            }
        });
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ArchiveUseProcess.EMAIL_KEY,
                java.util.Map.of(ArchiveUseProcess.VAR_EMAIL_REQUEST_ID, 42L));
        assertThat(pi).isWaitingAt(ArchiveUseProcess.TASK_SEND_EMAIL);

        for (int attempt = 0; attempt < 3; attempt++) {
            Job job = managementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
            try {
                managementService().executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the engine records the failure and decrements the retries
            }
        }
        Job failed = managementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(failed.getRetries()).isZero();
        assertThat(failed.getExceptionMessage()).contains("SMTP");
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        assertThat(pi).isWaitingAt(ArchiveUseProcess.TASK_SEND_EMAIL);

        mailServerDown = false;
        managementService().setJobRetries(failed.getId(), 1);
        managementService().executeJob(failed.getId());
        assertThat(pi).isEnded();
        assertThat(attempts).hasValue(4);
    }
}
