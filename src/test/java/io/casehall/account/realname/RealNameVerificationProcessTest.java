package io.casehall.account.realname;

import static io.casehall.account.realname.RealNameVerificationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code processes/real-name-verification.bpmn} with its rule table and form, delegates mocked: every path
 * (automatic approval, review approve / reject, resubmission while a review is pending) and the asynchronous,
 * retried notification.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {
        "processes/real-name-verification.bpmn",
        "dmn/real-name-auto-approval.dmn",
        "forms/real-name-review.form"})
class RealNameVerificationProcessTest {

    private static final long APPLICANT_ID = 7L;
    private static final long FIRST_REQUEST = 100L;
    private static final long CORRECTED_REQUEST = 101L;

    /** Injected by the extension. */
    ProcessEngine processEngine;

    /** What the mocked registry match answers, per request id: found, name matches, student no. matches. */
    private final Map<Long, boolean[]> registry = new HashMap<>();

    private final List<Long> matchedRequests = new ArrayList<>();
    private final List<Long> approvedRequests = new ArrayList<>();
    private final List<Long> rejectedRequests = new ArrayList<>();
    private final List<String> rejectionReasons = new ArrayList<>();
    private final List<Long> notifiedRequests = new ArrayList<>();
    private final List<String> listenerEvents = new ArrayList<>();
    private int notificationFailuresToSimulate;

    @BeforeEach
    void registerMocks() {
        BpmnAwareTests.init(processEngine);

        Mocks.register(BEAN_MATCH_REGISTRY, (JavaDelegate) execution -> {
            long requestId = requestId(execution);
            matchedRequests.add(requestId);
            boolean[] answer = registry.getOrDefault(requestId, new boolean[] {false, false, false});
            execution.setVariable(VAR_REGISTRY_RECORD_FOUND, answer[0]);
            execution.setVariable(VAR_NAME_MATCHES, answer[1]);
            execution.setVariable(VAR_STUDENT_NO_MATCHES, answer[2]);
        });
        Mocks.register(BEAN_APPROVE, (JavaDelegate) execution -> approvedRequests.add(requestId(execution)));
        Mocks.register(BEAN_REJECT, (JavaDelegate) execution -> {
            rejectedRequests.add(requestId(execution));
            rejectionReasons.add((String) execution.getVariable(VAR_REJECTION_REASON));
        });
        Mocks.register(BEAN_NOTIFY, (JavaDelegate) execution -> {
            if (notificationFailuresToSimulate > 0) {
                notificationFailuresToSimulate--;
                throw new IllegalStateException("mail server unavailable");
            }
            notifiedRequests.add(requestId(execution));
        });
        Mocks.register(BEAN_REVIEW_LISTENER, (TaskListener) this::recordListenerEvent);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // ------------------------------------------------------------------------------------------ model

    @Test
    void modelParsesAndKeepsTheContract() {
        ProcessDefinition definition = repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(KEY).latestVersion().singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getName()).isEqualTo("实名认证");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
        assertThat(definition.getVersionTag()).isNotBlank();

        DecisionDefinition decision = repositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_AUTO_APPROVAL).latestVersion().singleResult();
        assertThat(decision).isNotNull();
        assertThat(decision.getHistoryTimeToLive()).isEqualTo(180);

        BpmnModelInstance model = repositoryService().getBpmnModelInstance(definition.getId());
        for (String id : List.of(START, TASK_MATCH_REGISTRY, TASK_DECIDE_AUTO_APPROVAL, GATEWAY_AUTO_APPROVED, TASK_REVIEW,
                EVENT_RESUBMITTED, GATEWAY_REVIEW_OUTCOME, TASK_APPROVE, TASK_REJECT, GATEWAY_DECIDED, TASK_NOTIFY, END)) {
            assertThat((Object) model.getModelElementById(id)).as("element %s", id).isNotNull();
        }

        assertDelegate(model, TASK_MATCH_REGISTRY, BEAN_MATCH_REGISTRY);
        assertDelegate(model, TASK_APPROVE, BEAN_APPROVE);
        assertDelegate(model, TASK_REJECT, BEAN_REJECT);
        assertDelegate(model, TASK_NOTIFY, BEAN_NOTIFY);
        ServiceTask notify = model.getModelElementById(TASK_NOTIFY);
        assertThat(notify.isCamundaAsyncBefore()).isTrue();

        BusinessRuleTask decide = model.getModelElementById(TASK_DECIDE_AUTO_APPROVAL);
        assertThat(decide.getCamundaDecisionRef()).isEqualTo(DECISION_AUTO_APPROVAL);
        assertThat(decide.getCamundaDecisionRefBinding()).isEqualTo("latest");
        assertThat(decide.getCamundaMapDecisionResult()).isEqualTo("singleResult");

        UserTask review = model.getModelElementById(TASK_REVIEW);
        assertThat(review.getCamundaCandidateGroups()).isEqualTo("realNameReview");
        assertThat(review.getCamundaFormRef()).isEqualTo("realNameReview");
        assertThat(review.getCamundaFormRefBinding()).isEqualTo("latest");

        BoundaryEvent resubmitted = model.getModelElementById(EVENT_RESUBMITTED);
        assertThat(resubmitted.cancelActivity()).as("interrupting").isTrue();
        assertThat(resubmitted.getAttachedTo().getId()).isEqualTo(TASK_REVIEW);
        MessageEventDefinition message = (MessageEventDefinition) resubmitted.getEventDefinitions().iterator().next();
        assertThat(message.getMessage().getName()).isEqualTo(MESSAGE_RESUBMITTED);
    }

    // ------------------------------------------------------------------------------------------ paths

    @Test
    void fullRegistryMatchIsApprovedWithoutReview() {
        registry.put(FIRST_REQUEST, new boolean[] {true, true, true});

        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(TASK_NOTIFY)
                .hasPassed(START, TASK_MATCH_REGISTRY, TASK_DECIDE_AUTO_APPROVAL, GATEWAY_AUTO_APPROVED, TASK_APPROVE)
                .hasNotPassed(TASK_REVIEW, TASK_REJECT);
        assertThat(pi).variables()
                .containsEntry(VAR_AUTO_APPROVE, true)
                .containsEntry(VAR_REVIEW_HINT, "")
                .doesNotContainKey("autoApproval");
        assertThat(approvedRequests).containsExactly(FIRST_REQUEST);
        assertThat(notifiedRequests).as("notification runs in its own job").isEmpty();
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();

        execute(job());

        assertThat(notifiedRequests).containsExactly(FIRST_REQUEST);
        assertThat(pi).hasPassed(TASK_NOTIFY, END).isEnded();
        assertThat(rejectedRequests).isEmpty();
        assertThat(listenerEvents).isEmpty();
    }

    @Test
    void reviewerApproves() {
        registry.put(FIRST_REQUEST, new boolean[] {true, false, true});

        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(TASK_REVIEW).hasNotPassed(TASK_APPROVE);
        assertThat(pi).variables()
                .containsEntry(VAR_AUTO_APPROVE, false)
                .containsEntry(VAR_REVIEW_HINT, "姓名与毕业生库不一致，请核对证件照片");
        assertThat(task()).hasCandidateGroup("realNameReview").isNotAssigned();
        assertThat(listenerEvents).containsExactly(TaskListener.EVENTNAME_CREATE);
        assertThat(approvedRequests).isEmpty();

        complete(task(), withVariables(VAR_REVIEW_OUTCOME, OUTCOME_APPROVED));

        assertThat(listenerEvents).containsExactly(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE);
        assertThat(pi).isWaitingAt(TASK_NOTIFY).hasPassed(TASK_REVIEW, GATEWAY_REVIEW_OUTCOME, TASK_APPROVE)
                .hasNotPassed(TASK_REJECT);
        assertThat(approvedRequests).containsExactly(FIRST_REQUEST);

        execute(job());

        assertThat(pi).hasPassed(GATEWAY_DECIDED, TASK_NOTIFY, END).isEnded();
        assertThat(notifiedRequests).containsExactly(FIRST_REQUEST);
        assertThat(rejectedRequests).isEmpty();
    }

    @Test
    void reviewerRejectsWithReason() {
        registry.put(FIRST_REQUEST, new boolean[] {false, false, false});

        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(TASK_REVIEW);
        assertThat(pi).variables().containsEntry(VAR_REVIEW_HINT, "毕业生库中无此证件号码，请核对证件照片与填写的信息");

        complete(task(), withVariables(
                VAR_REVIEW_OUTCOME, OUTCOME_REJECTED,
                VAR_REJECTION_REASON, "证件照片模糊，请重新上传"));

        assertThat(pi).isWaitingAt(TASK_NOTIFY).hasPassed(TASK_REJECT).hasNotPassed(TASK_APPROVE);
        assertThat(rejectedRequests).containsExactly(FIRST_REQUEST);
        assertThat(rejectionReasons).containsExactly("证件照片模糊，请重新上传");

        execute(job());

        assertThat(pi).hasPassed(GATEWAY_DECIDED, TASK_NOTIFY, END).isEnded();
        assertThat(notifiedRequests).containsExactly(FIRST_REQUEST);
        assertThat(approvedRequests).isEmpty();
    }

    @Test
    void reviewOutcomeOtherThanApprovedOrRejectedCannotCompleteTheTask() {
        ProcessInstance pi = start();
        Task review = task(pi);

        assertThatThrownBy(() -> taskService().complete(review.getId(),
                Variables.createVariables().putValue(VAR_REVIEW_OUTCOME, "maybe")))
                .hasMessageContaining(GATEWAY_REVIEW_OUTCOME);

        assertThat(taskService().createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
        assertThat(approvedRequests).isEmpty();
        assertThat(rejectedRequests).isEmpty();
    }

    @Test
    void resubmissionThatNowMatchesIsApprovedAutomatically() {
        registry.put(FIRST_REQUEST, new boolean[] {false, false, false});
        registry.put(CORRECTED_REQUEST, new boolean[] {true, true, true});
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(TASK_REVIEW);
        String firstReviewTask = task(pi).getId();

        resubmit(CORRECTED_REQUEST);

        assertThat(matchedRequests).containsExactly(FIRST_REQUEST, CORRECTED_REQUEST);
        assertThat(pi).isWaitingAt(TASK_NOTIFY).hasPassed(EVENT_RESUBMITTED, TASK_APPROVE);
        assertThat(pi).variables()
                .containsEntry(VAR_REQUEST_ID, CORRECTED_REQUEST)
                .containsEntry(VAR_AUTO_APPROVE, true)
                .containsEntry(VAR_REVIEW_HINT, "");
        assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        HistoricTaskInstance cancelled = historyService().createHistoricTaskInstanceQuery()
                .taskId(firstReviewTask).singleResult();
        assertThat(cancelled.getEndTime()).as("pending review withdrawn").isNotNull();
        assertThat(listenerEvents).as("a withdrawn review is not completed")
                .containsExactly(TaskListener.EVENTNAME_CREATE);
        assertThat(approvedRequests).containsExactly(CORRECTED_REQUEST);

        execute(job());

        assertThat(pi).isEnded();
        assertThat(notifiedRequests).containsExactly(CORRECTED_REQUEST);
        assertThat(rejectedRequests).isEmpty();
    }

    @Test
    void resubmissionThatStillDiffersWaitsForReviewAgain() {
        registry.put(FIRST_REQUEST, new boolean[] {false, false, false});
        registry.put(CORRECTED_REQUEST, new boolean[] {true, true, false});
        ProcessInstance pi = start();
        String firstReviewTask = task(pi).getId();

        resubmit(CORRECTED_REQUEST);

        assertThat(matchedRequests).containsExactly(FIRST_REQUEST, CORRECTED_REQUEST);
        assertThat(pi).isWaitingAt(TASK_REVIEW).hasPassed(EVENT_RESUBMITTED).hasNotPassed(TASK_APPROVE);
        assertThat(pi).variables()
                .containsEntry(VAR_REQUEST_ID, CORRECTED_REQUEST)
                .containsEntry(VAR_AUTO_APPROVE, false)
                .containsEntry(VAR_REVIEW_HINT, "学号与毕业生库不一致，请核对学籍信息");
        List<Task> open = taskService().createTaskQuery().processInstanceId(pi.getId()).list();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).getId()).isNotEqualTo(firstReviewTask);
        assertThat(open.get(0).getTaskDefinitionKey()).isEqualTo(TASK_REVIEW);
        assertThat(listenerEvents).containsExactly(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_CREATE);

        complete(task(pi), withVariables(VAR_REVIEW_OUTCOME, OUTCOME_APPROVED));
        execute(job(pi));

        assertThat(pi).isEnded();
        assertThat(approvedRequests).containsExactly(CORRECTED_REQUEST);
        assertThat(notifiedRequests).containsExactly(CORRECTED_REQUEST);
    }

    @Test
    void theReviewAfterAResubmissionOpensEmptyAndTheRejectionReasonReachesTheCase() {
        registry.put(FIRST_REQUEST, new boolean[] {false, false, false});
        registry.put(CORRECTED_REQUEST, new boolean[] {true, true, false});
        ProcessInstance pi = start();
        // A reviewer had begun the first review (Tasklist's 保存 stores the fields on the task) when the applicant resubmitted.
        taskService().setVariables(task(pi).getId(), withVariables(VAR_REVIEW_OUTCOME, OUTCOME_REJECTED,
                VAR_REJECTION_REASON, "照片模糊"));

        resubmit(CORRECTED_REQUEST);

        assertThat(formService().getTaskFormVariables(task(pi).getId()))
                .containsEntry(VAR_REVIEW_OUTCOME, null).containsEntry(VAR_REJECTION_REASON, null);
        complete(task(pi), withVariables(VAR_REVIEW_OUTCOME, OUTCOME_REJECTED, VAR_REJECTION_REASON, "学号与证件不符"));
        assertThat(pi).variables().containsEntry(VAR_REJECTION_REASON, "学号与证件不符");
    }

    @Test
    void resubmissionOnlyReachesThePendingReviewOfThatApplicant() {
        ProcessInstance mine = start();
        ProcessInstance other = runtimeService().startProcessInstanceByKey(KEY, businessKey(8L),
                Variables.createVariables().putValue(VAR_APPLICANT_ID, 8L).putValue(VAR_REQUEST_ID, 200L));

        resubmit(CORRECTED_REQUEST);

        assertThat(mine).isWaitingAt(TASK_REVIEW);
        assertThat(mine).variables().containsEntry(VAR_REQUEST_ID, CORRECTED_REQUEST);
        assertThat(other).isWaitingAt(TASK_REVIEW);
        assertThat(other).variables().containsEntry(VAR_REQUEST_ID, 200L);
        assertThat(matchedRequests).containsExactly(FIRST_REQUEST, 200L, CORRECTED_REQUEST);
    }

    // ------------------------------------------------------------------------------------------ notification

    @Test
    void notificationIsAsynchronousAndRetriedThreeTimesFiveMinutesApart() {
        registry.put(FIRST_REQUEST, new boolean[] {true, true, true});
        notificationFailuresToSimulate = 1;
        Date now = new Date();
        ClockUtil.setCurrentTime(now);

        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(TASK_NOTIFY);
        assertThat(job()).hasActivityId(TASK_NOTIFY);
        Job notification = job();

        assertThatThrownBy(() -> managementService().executeJob(notification.getId()))
                .hasMessageContaining("mail server unavailable");

        Job retry = managementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(retry.getRetries()).isEqualTo(2);
        assertThat(retry.getDuedate()).isEqualTo(new Date(now.getTime() + 5 * 60 * 1000));
        assertThat(pi).isWaitingAt(TASK_NOTIFY);
        assertThat(approvedRequests).as("approval is not repeated when notification fails")
                .containsExactly(FIRST_REQUEST);

        execute(job());

        assertThat(pi).isEnded();
        assertThat(notifiedRequests).containsExactly(FIRST_REQUEST);
        assertThat(approvedRequests).containsExactly(FIRST_REQUEST);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(APPLICANT_ID),
                Variables.createVariables()
                        .putValue(VAR_APPLICANT_ID, APPLICANT_ID)
                        .putValue(VAR_REQUEST_ID, FIRST_REQUEST));
    }

    private void resubmit(long newRequestId) {
        runtimeService().createMessageCorrelation(MESSAGE_RESUBMITTED)
                .processInstanceBusinessKey(businessKey(APPLICANT_ID))
                .setVariable(VAR_REQUEST_ID, newRequestId)
                .correlate();
    }

    private static long requestId(DelegateExecution execution) {
        return (Long) execution.getVariable(VAR_REQUEST_ID);
    }

    private void recordListenerEvent(DelegateTask task) {
        listenerEvents.add(task.getEventName());
    }

    private static void assertDelegate(BpmnModelInstance model, String taskId, String bean) {
        ServiceTask task = model.getModelElementById(taskId);
        assertThat(task.getCamundaDelegateExpression()).isEqualTo("${" + bean + "}");
    }
}
