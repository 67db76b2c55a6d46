package io.casehall.creditbank.feedback;

import static io.casehall.creditbank.feedback.AchievementFeedbackProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code processes/achievement-feedback.bpmn} with its form, listener and delegate mocked: the instance started with
 * a {@code tenantId} is in that tenant (so is its task, for the institution's users), the task is named after the
 * step (Tasklist adds the case title: learner and achievement), its answer is recorded on completion and the
 * learner is told asynchronously.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/achievement-feedback.bpmn", "forms/achievement-feedback.form"})
class AchievementFeedbackProcessTest {

    ProcessEngine processEngine;

    private final List<String> recorded = new ArrayList<>();
    private final List<Long> notified = new ArrayList<>();
    private TenantIdProvider previousProvider;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        previousProvider = configuration.getTenantIdProvider();
        configuration.setTenantIdProvider(new StartVariableTenantIdProvider(null));
        Mocks.register("feedbackAnswerListener", (TaskListener) task -> recorded.add(
                task.getVariable(OUTCOME) + ":" + task.getVariable(REPLY)));
        Mocks.register("notifyFeedbackLearner", (JavaDelegate) execution -> notified.add(
                ((Number) execution.getVariable(FEEDBACK_ID)).longValue()));
    }

    @AfterEach
    void tearDown() {
        ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .setTenantIdProvider(previousProvider);
        Mocks.reset();
    }

    private ProcessInstance start(String tenantId) {
        Map<String, Object> variables = new HashMap<>();
        if (tenantId != null) {
            variables.put(StartVariableTenantIdProvider.TENANT_ID, tenantId);
        }
        variables.put(CASE_TITLE, "毕志刚 · 植物保护与检疫技术毕业证书");
        variables.put(FEEDBACK_ID, 42L);
        variables.put(LEARNER_NAME, "毕志刚");
        variables.put(ACHIEVEMENT_NAME, "植物保护与检疫技术毕业证书");
        variables.put(CATEGORY, "照片错误");
        variables.put(CONTENT, "个人照片有误");
        variables.put(SUBMITTED_AT, "2026-03-10 09:00");
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(42L), variables);
    }

    @Test
    void theTaskIsTheInstitutionsAndTheAnswerReachesTheLearner() {
        ProcessInstance instance = start("schoolA123");
        assertThat(instance.getTenantId()).isEqualTo("schoolA123");
        assertThat(instance).isWaitingAt(TASK_ANSWER);
        Task task = task(instance);
        assertThat(task.getTenantId()).isEqualTo("schoolA123");
        assertThat(task.getName()).isEqualTo("处理问题反馈");
        assertThat(taskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .contains("institutionUser");

        taskService().complete(task.getId(), Map.of(OUTCOME, "RESOLVED", REPLY, "已更正照片"));
        assertThat(recorded).containsExactly("RESOLVED:已更正照片");
        assertThat(instance).isWaitingAt(TASK_NOTIFY);
        assertThat(notified).isEmpty();
        execute(job());
        assertThat(notified).containsExactly(42L);
        assertThat(instance).isEnded().hasPassed(TASK_ANSWER, TASK_NOTIFY, END);
    }

    @Test
    void withoutATenantVariableTheInstanceHasNoTenant() {
        ProcessInstance instance = start(null);
        assertThat(instance.getTenantId()).isNull();
        assertThat(task(instance).getTenantId()).isNull();
    }
}
