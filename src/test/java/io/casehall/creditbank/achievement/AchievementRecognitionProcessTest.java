package io.casehall.creditbank.achievement;

import static io.casehall.creditbank.achievement.AchievementRecognitionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * {@code processes/achievement-recognition.bpmn} with the real form check and the recording delegate mocked: the task
 * goes to the credit bank's {@code creditBankAdmin} group without a tenant and is named after the achievement and
 * institution; passed and not passed are recorded; not passed without a reason is refused and the task stays open.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/achievement-recognition.bpmn", "forms/achievement-recognition.form"})
class AchievementRecognitionProcessTest {

    ProcessEngine processEngine;

    private final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        BpmnAwareTests.init(processEngine);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/creditbank");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Mocks.register(BEAN_FORM_CHECK, new RecognitionDelegates().achievementRecognitionFormCheck(messages));
        Mocks.register(BEAN_RECORD, (JavaDelegate) execution -> recorded.add(execution.getVariable(VAR_ACHIEVEMENT_ID)
                + ":" + execution.getVariable(VAR_DECISION) + ":" + execution.getVariable(VAR_REMARK)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance start(long achievementId) {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(achievementId), Variables.createVariables()
                .putValue(VAR_ACHIEVEMENT_ID, achievementId).putValue(VAR_ACHIEVEMENT_NAME, "经济统计学毕业证书(本科)")
                .putValue(VAR_SUBTYPE, "普通高等教育学历证书").putValue(VAR_INSTITUTION_ID, 5L)
                .putValue(VAR_INSTITUTION_NAME, "长沙理工大学").putValue(VAR_SUMMARY, "层次：本科"));
    }

    private Task task(ProcessInstance pi) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    @Test
    void aPassedRecognitionIsRecorded() {
        ProcessInstance pi = start(7L);
        assertThat(pi).isWaitingAt(TASK_RECOGNISE);
        Task task = task(pi);
        assertThat(task).hasCandidateGroup("creditBankAdmin").hasName("成果认定：经济统计学毕业证书(本科)（长沙理工大学）");
        assertThat(task.getTenantId()).isNull();
        assertThat(pi.getTenantId()).isNull();
        assertThat(taskService().getVariableLocal(task.getId(), VAR_DECISION)).isNull();

        taskService().complete(task.getId(), Variables.createVariables().putValue(VAR_DECISION, DECISION_PASSED));

        assertThat(pi).isEnded().hasPassed(TASK_RECORD, END);
        assertThat(recorded).containsExactly("7:通过:null");
    }

    @Test
    void notPassedNeedsAReasonAndIsRecordedWithIt() {
        ProcessInstance pi = start(8L);
        Task task = task(pi);

        assertThatThrownBy(() -> taskService().complete(task.getId(),
                Variables.createVariables().putValue(VAR_DECISION, DECISION_NOT_PASSED)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("认定不通过时请写明原因");
        assertThatThrownBy(() -> taskService().complete(task.getId(), Variables.createVariables()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("请选择认定结果");
        assertThat(pi).isWaitingAt(TASK_RECOGNISE);
        assertThat(recorded).isEmpty();

        taskService().complete(task.getId(), Variables.createVariables().putValue(VAR_DECISION, DECISION_NOT_PASSED)
                .putValue(VAR_REMARK, "专业代码与专业目录不符"));

        assertThat(pi).isEnded().hasPassed(TASK_RECORD, END);
        assertThat(recorded).containsExactly("8:不通过:专业代码与专业目录不符");

        // Applying again (after a correction) starts a new instance whose form opens empty.
        ProcessInstance again = start(8L);
        String next = task(again).getId();
        assertThat(taskService().getVariable(next, VAR_DECISION)).isNull();
        assertThat(taskService().getVariable(next, VAR_REMARK)).isNull();
    }
}
