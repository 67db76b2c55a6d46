package io.casehall.clearance;

import static io.casehall.staff.DepartmentGroups.departmentCode;
import static io.casehall.staff.DepartmentGroups.departmentGroup;
import static io.casehall.clearance.GraduationClearanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import io.casehall.clearance.checkpoint.CheckpointCatalog;
import io.casehall.clearance.engine.RecordingClearancePlugin;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/graduation-clearance.bpmn} with its rule table and forms, and the production listeners reporting
 * to a recorder: every checkpoint passes; a failure keeps the student at the checkpoint until passed; the rule
 * table decides which checkpoints exist for whom; the department reviews come after all others, then the
 * hand-over ends the clearance.
 */
@Deployment(resources = {
        "processes/graduation-clearance.bpmn",
        "dmn/clearance-checkpoints.dmn",
        "forms/clearance-checkpoint.form",
        "forms/clearance-handover.form"})
class GraduationClearanceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .configurationResource("clearance.camunda.cfg.xml").build();

    private static final List<String> INDEPENDENT_FOR_MASTER_WITH_DORM_AND_MIGRATION = List.of(
            TASK_SUPERVISOR, TASK_LABORATORY, TASK_LIBRARY, TASK_STATE_KEY_LABORATORY, TASK_HOSPITAL,
            TASK_GRADUATE_FEES, TASK_FINANCE, TASK_HOUSEHOLD_MIGRATION, TASK_DORMITORY_CHECKOUT);

    ProcessEngine processEngine;
    RuntimeService runtimeService;
    TaskService taskService;
    private final RecordingClearancePlugin.Recorder events = RecordingClearancePlugin.EVENTS;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        runtimeService = processEngine.getRuntimeService();
        taskService = processEngine.getTaskService();
        events.clear();
    }

    @AfterEach
    void tearDown() {
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(long studentId, String level, String category, boolean dormitory, boolean migration) {
        return runtimeService.startProcessInstanceByKey(KEY, businessKey(1L, "S" + studentId),
                startVariables(studentId, "S" + studentId, "张思", "马克思主义学院", level, category, dormitory,
                        migration, "2020级研究生6月份"));
    }

    private List<String> openCheckpoints(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    private Task task(ProcessInstance pi, String checkpointId) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(checkpointId).singleResult();
    }

    /** As the console does it: transient result, remark and operator. */
    private void decide(ProcessInstance pi, String checkpointId, String result, String remark) {
        taskService.complete(task(pi, checkpointId).getId(), Variables.createVariables()
                .putValueTyped(VAR_RESULT, Variables.stringValue(result, true))
                .putValueTyped(VAR_REMARK, Variables.stringValue(remark, true))
                .putValueTyped(VAR_OPERATOR, Variables.stringValue("library", true)));
    }

    @Test
    void everyCheckpointPassesThenTheDepartmentHandsOverTheCertificates() {
        ProcessInstance pi = start(7, "硕士", "学历硕士", true, true);

        assertThat(openCheckpoints(pi)).containsExactlyInAnyOrderElementsOf(INDEPENDENT_FOR_MASTER_WITH_DORM_AND_MIGRATION);
        assertThat(events.lastApplicable).hasSize(11);
        assertThat(runtimeService.getVariable(pi.getId(), VAR_CHECKPOINTS).toString())
                .startsWith(",").endsWith(",").contains("," + TASK_LIBRARY + ",");
        for (String checkpoint : INDEPENDENT_FOR_MASTER_WITH_DORM_AND_MIGRATION) {
            assertThat(task(pi, checkpoint)).hasCandidateGroup(CheckpointCatalog.read(
                    processEngine.getRepositoryService().getBpmnModelInstance(pi.getProcessDefinitionId())).stream()
                    .filter(c -> c.id().equals(checkpoint)).findFirst().orElseThrow().groupId());
            decide(pi, checkpoint, RESULT_PASSED, null);
        }
        assertThat(openCheckpoints(pi)).containsExactly(TASK_DEPARTMENT_AFFAIRS);
        // department roles are per department (所在部门): only 马克思主义学院's 学工组 and 秘书 get these tasks
        assertThat(task(pi, TASK_DEPARTMENT_AFFAIRS))
                .hasCandidateGroup(departmentGroup("clearanceDepartmentAffairs", "马克思主义学院"))
                .hasCandidateGroup("clearanceDepartmentAffairs" + departmentCode("马克思主义学院"));
        decide(pi, TASK_DEPARTMENT_AFFAIRS, RESULT_PASSED, null);
        assertThat(openCheckpoints(pi)).containsExactly(TASK_DEPARTMENT_SECRETARY);
        decide(pi, TASK_DEPARTMENT_SECRETARY, RESULT_PASSED, null);

        assertThat(pi).isWaitingAt(TASK_HANDOVER);
        assertThat(task(pi, TASK_HANDOVER)).hasCandidateGroup(departmentGroup(GROUP_HANDOVER, "马克思主义学院"));
        assertThat(events.lines).contains("handover 7");
        taskService.complete(task(pi, TASK_HANDOVER).getId(), Map.of(VAR_HANDED_OVER, true));

        assertThat(pi).isEnded().hasPassed(TASK_HANDOVER, END);
        assertThat(events.lines).filteredOn(line -> line.startsWith("decided 7")).hasSize(11)
                .allMatch(line -> line.contains("PASSED"));
        assertThat(events.lines).containsSubsequence("handover 7", "handedOver 7 by system", "completed 7");
    }

    @Test
    void aFailedCheckpointKeepsTheStudentThereWithTheRemarkUntilPassed() {
        ProcessInstance pi = start(8, "硕士", "学历硕士", false, false);
        String firstTask = task(pi, TASK_LIBRARY).getId();

        decide(pi, TASK_LIBRARY, RESULT_FAILED, "有 2 本书未还");

        Task again = task(pi, TASK_LIBRARY);
        assertThat(again).isNotNull();
        assertThat(again.getId()).isNotEqualTo(firstTask);
        assertThat(events.lines).containsSubsequence("reached 8 " + TASK_LIBRARY,
                "decided 8 " + TASK_LIBRARY + " FAILED 有 2 本书未还 by library", "reached 8 " + TASK_LIBRARY);
        // The decision is not left behind as a process variable.
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys(VAR_RESULT, VAR_REMARK, VAR_PASSED);

        decide(pi, TASK_LIBRARY, RESULT_PASSED, null);
        assertThat(task(pi, TASK_LIBRARY)).isNull();
        assertThat(events.lines).last().isEqualTo("decided 8 " + TASK_LIBRARY + " PASSED by library");
    }

    @Test
    void aTasklistFormDecisionWorksAndIsNotKeptAsAProcessVariable() {
        ProcessInstance pi = start(9, "博士", "学历博士", false, false);

        // The Camunda Form submits ordinary (persisted) variables.
        taskService.complete(task(pi, TASK_FINANCE).getId(), Map.of(VAR_RESULT, RESULT_FAILED,
                VAR_REMARK, "欠学费 1200 元"));

        assertThat(task(pi, TASK_FINANCE)).isNotNull();
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys(VAR_RESULT, VAR_REMARK);
        assertThat(events.lines).contains("decided 9 " + TASK_FINANCE + " FAILED 欠学费 1200 元 by system");
    }

    @Test
    void aDecisionWithoutResultOrAFailureWithoutRemarkIsRefused() {
        ProcessInstance pi = start(10, "本科", "本科生", false, false);
        String library = task(pi, TASK_LIBRARY).getId();

        assertThatThrownBy(() -> taskService.complete(library))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("通过或未通过");
        assertThatThrownBy(() -> taskService.complete(library, Map.of(VAR_RESULT, RESULT_FAILED)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("备注");
        assertThat(task(pi, TASK_LIBRARY).getId()).isEqualTo(library);
        assertThat(events.lines).noneMatch(line -> line.startsWith("decided"));
    }

    @Test
    void theRuleTableDecidesWhichCheckpointsAStudentHas() {
        ProcessInstance undergraduate = start(11, "本科", "本科生", false, false);
        assertThat(openCheckpoints(undergraduate)).containsExactlyInAnyOrder(TASK_LIBRARY, TASK_HOSPITAL, TASK_FINANCE);
        assertThat(events.lastApplicable).containsExactlyInAnyOrder(TASK_LIBRARY, TASK_HOSPITAL, TASK_FINANCE,
                TASK_DEPARTMENT_AFFAIRS, TASK_DEPARTMENT_SECRETARY);

        ProcessInstance inService = start(12, "硕士", "单证研究生", true, false);
        assertThat(openCheckpoints(inService)).contains(TASK_DORMITORY_CHECKOUT, TASK_SUPERVISOR)
                .doesNotContain(TASK_STATE_KEY_LABORATORY, TASK_HOUSEHOLD_MIGRATION);
    }

    @Test
    void theDepartmentReviewsComeAfterAllOtherCheckpoints() {
        ProcessInstance pi = start(13, "本科", "本科生", false, false);
        decide(pi, TASK_LIBRARY, RESULT_PASSED, null);
        decide(pi, TASK_HOSPITAL, RESULT_PASSED, null);
        assertThat(openCheckpoints(pi)).containsExactly(TASK_FINANCE);
        assertThat(task(pi, TASK_DEPARTMENT_AFFAIRS)).isNull();

        decide(pi, TASK_FINANCE, RESULT_FAILED, "押金未结清");
        assertThat(openCheckpoints(pi)).containsExactly(TASK_FINANCE);
        decide(pi, TASK_FINANCE, RESULT_PASSED, null);

        assertThat(openCheckpoints(pi)).containsExactly(TASK_DEPARTMENT_AFFAIRS);
        // department roles are per department (所在部门): only 马克思主义学院's 学工组 and 秘书 get these tasks
        assertThat(task(pi, TASK_DEPARTMENT_AFFAIRS))
                .hasCandidateGroup(departmentGroup("clearanceDepartmentAffairs", "马克思主义学院"))
                .hasCandidateGroup("clearanceDepartmentAffairs" + departmentCode("马克思主义学院"));
        decide(pi, TASK_DEPARTMENT_AFFAIRS, RESULT_PASSED, null);
        assertThat(openCheckpoints(pi)).containsExactly(TASK_DEPARTMENT_SECRETARY);
    }

    @Test
    void checkpointsAreReadFromTheModelInProcessOrder() {
        ProcessInstance pi = start(14, "本科", "本科生", false, false);
        List<Checkpoint> checkpoints = CheckpointCatalog.read(
                processEngine.getRepositoryService().getBpmnModelInstance(pi.getProcessDefinitionId()));

        assertThat(checkpoints).extracting(Checkpoint::id).containsExactly(TASK_SUPERVISOR, TASK_LABORATORY,
                TASK_LIBRARY, TASK_STATE_KEY_LABORATORY, TASK_HOSPITAL, TASK_GRADUATE_FEES, TASK_FINANCE,
                TASK_HOUSEHOLD_MIGRATION, TASK_DORMITORY_CHECKOUT, TASK_DEPARTMENT_AFFAIRS, TASK_DEPARTMENT_SECRETARY);
        assertThat(checkpoints.get(2)).isEqualTo(new Checkpoint(TASK_LIBRARY, "图书馆", "clearanceLibrary", 2));
        assertThat(checkpoints).extracting(Checkpoint::groupId).allMatch(g -> g.matches("clearance[A-Z][A-Za-z]+"));
    }
}
