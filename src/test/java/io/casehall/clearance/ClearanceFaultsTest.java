package io.casehall.clearance;

import static io.casehall.clearance.ClearanceFixtures.ADMIN;
import static io.casehall.clearance.GraduationClearanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.casehall.support.IntegrationTest;
import io.casehall.support.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Faults and their limits: a colleague completing a student's task while a batch runs (optimistic locking), the
 * coarse history of clearance instances, the demo data loading twice, and the planner statistics a launch leaves.
 */
class ClearanceFaultsTest extends IntegrationTest {

    @Autowired
    ClearanceService clearance;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ClearancePlanRepository plans;
    @Autowired
    ClearanceStudentRepository students;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    private long launchedPlan(List<ClearanceFixtures.Student> roster) {
        PlanSummary plan = clearance.createPlan("故障测试-" + System.nanoTime(), ADMIN);
        clearance.importStudents(plan.id(), "s.xlsx", ClearanceFixtures.studentsWorkbook(roster), ADMIN);
        clearance.launchAndWait(plan.id(), ADMIN);
        return plan.id();
    }

    @Test
    void aColleagueCompletingATaskDuringTheBatchCostsOnlyThatStudent() throws Exception {
        List<ClearanceFixtures.Student> roster = IntStream.range(0, 8)
                .mapToObj(i -> ClearanceFixtures.master("并发" + i)).toList();
        long planId = launchedPlan(roster);
        List<Long> ids = roster.stream().map(s -> clearance.studentId(planId, s.studentNo()).orElseThrow()).toList();
        Task contested = taskService.createTaskQuery().processInstanceBusinessKey(businessKey(planId,
                roster.get(3).studentNo())).taskDefinitionKey(TASK_LIBRARY).singleResult();

        // The colleague completes the task in Tasklist; the transaction is still open when the batch starts.
        CountDownLatch completed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TransactionTemplate colleagueTx = new TransactionTemplate(transactionManager);
        colleagueTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CompletableFuture<Void> colleague = CompletableFuture.runAsync(() -> colleagueTx.executeWithoutResult(tx -> {
            taskService.complete(contested.getId(), Map.of(VAR_RESULT, RESULT_PASSED));
            completed.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(completed.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<BatchOutcome> batch = CompletableFuture.supplyAsync(() ->
                clearance.passMany(planId, TASK_LIBRARY, ids, null, ClearanceFixtures.staff("lib", "clearanceLibrary")));
        Thread.sleep(300);
        release.countDown();
        colleague.get(20, TimeUnit.SECONDS);
        BatchOutcome outcome = batch.get(30, TimeUnit.SECONDS);

        assertThat(outcome.done()).hasSize(7).doesNotContain(ids.get(3));
        assertThat(outcome.refused()).singleElement().satisfies(r -> {
            assertThat(r.studentId()).isEqualTo(ids.get(3));
            assertThat(r.messageKey()).isIn("checkpoints.error.alreadyHandled", "checkpoints.error.concurrent",
                    "checkpoints.error.alreadyPassed");
        });
        CheckpointCounters library = clearance.counters(planId, TASK_LIBRARY);
        assertThat(library.passed()).isEqualTo(8);
        assertThat(library.open()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(planId + ":%")
                .taskDefinitionKey(TASK_LIBRARY).count()).isZero();
    }

    @Test
    void clearanceInstancesKeepOnlyCoarseHistory() {
        ClearanceFixtures.Student student = ClearanceFixtures.undergraduate("历史");
        long planId = launchedPlan(List.of(student));
        long studentId = clearance.studentId(planId, student.studentNo()).orElseThrow();
        clearance.decide(planId, TASK_LIBRARY, studentId, Verdict.PASS, null, ADMIN);
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey(planId, student.studentNo())).singleResult().getId();

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(instance).count()).isZero();
        // What clearance needs to remember is in the projection.
        assertThat(clearance.studentAtCheckpoint(planId, TASK_LIBRARY, studentId).decidedBy()).isEqualTo("admin");
    }

    @Test
    void theDemoDataLoadsOnceAndShowsChenJingHerProgress() {
        ClearanceDemoData demo = new ClearanceDemoData(clearance, plans, students, identityService);
        demo.load();
        demo.load();

        PlanSummary plan = clearance.plans().stream().filter(p -> p.name().equals(ClearanceDemoData.PLAN_NAME))
                .findFirst().orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.LAUNCHED);
        assertThat(plan.students()).isEqualTo(36);
        assertThat(clearance.counters(plan.id(), TASK_LIBRARY).passed()).isGreaterThanOrEqualTo(21);
        assertThat(clearance.progressByIdNumber("21020419981205006X")).singleElement().satisfies(p -> {
            assertThat(p.fullName()).isEqualTo("陈静");
            assertThat(p.steps()).anyMatch(s -> s.checkpointId().equals(TASK_DORMITORY_CHECKOUT)
                    && s.state() == CheckpointState.FAILED && "宿舍钥匙未归还".equals(s.remark()));
        });
        assertThat(identityService.createUserQuery().userId("library").memberOfGroup("clearanceLibrary").count())
                .isEqualTo(1);
        assertThat(clearance.awaitingHandover(plan.id(), StudentFilter.none(), 0, 20).getTotalElements()).isEqualTo(2);
    }

    @Test
    void onPostgresALaunchLeavesThePlannerTrueFiguresForTheTasklistQueue() {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL's planner statistics");
        List<ClearanceFixtures.Student> roster = IntStream.range(0, 3)
                .mapToObj(i -> ClearanceFixtures.master("统计" + i)).toList();
        launchedPlan(roster);

        // Analysed right after the launch, not whenever autovacuum comes by...
        assertThat(jdbc.queryForObject("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables"
                + " WHERE relname = 'act_ru_authorization'", Boolean.class)).isTrue();
        // ...with statistics on the permission test of the task query, so its estimate is no longer a guess.
        assertThat(jdbc.queryForList("SELECT statistics_name FROM pg_stats_ext_exprs WHERE tablename ="
                + " 'act_ru_authorization' AND most_common_vals IS NOT NULL", String.class))
                .contains("casehall_stat_auth_read", "casehall_stat_auth_read_task");
    }
}
