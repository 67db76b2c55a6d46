package io.casehall.clearance.plan;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.ClearancePlan;
import io.casehall.clearance.ClearancePlanRepository;
import io.casehall.clearance.ClearanceStudentRepository;
import io.casehall.clearance.GraduationClearanceProcess;
import io.casehall.clearance.LaunchProgress;
import io.casehall.clearance.PlanStatus;
import io.casehall.clearance.checkpoint.CheckpointCatalog;
import io.casehall.clearance.engine.EngineTableStatistics;
import io.casehall.clearance.engine.ProjectionWriter;
import io.casehall.clearance.report.StudentSql;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Launches a plan: one {@code graduationClearance} instance per student, in chunks of students, each chunk one
 * transaction on one of a few threads. In that transaction the launcher claims the chunk's students, starts their
 * instances, writes their projection rows in one JDBC batch and records each instance id on the student — so a
 * crash leaves every student either launched (instance and id committed together) or not at all, and a resumed
 * launch starts exactly the students without an instance.
 */
@Component
public class PlanLauncher {

    private static final Logger log = LoggerFactory.getLogger(PlanLauncher.class);

    private final ClearancePlanRepository plans;
    private final ClearanceStudentRepository students;
    private final CheckpointCatalog catalog;
    private final RuntimeService runtimeService;
    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final int chunkSize;
    private final int threads;
    private final ExecutorService background = Executors.newCachedThreadPool(daemon("clearance-launch"));
    /** The plans this node launches, their heartbeat and the resumption of launches whose node died. */
    private final LaunchWatch watch;
    private final EngineTableStatistics statistics;
    /** Test hook: called with each student id before its instance starts (null in production). */
    volatile LongConsumer beforeStart;

    PlanLauncher(ClearancePlanRepository plans, ClearanceStudentRepository students, CheckpointCatalog catalog,
                 RuntimeService runtimeService, JdbcTemplate jdbc, AuditLog auditLog, Clock clock,
                 PlatformTransactionManager transactionManager, EngineTableStatistics statistics, LaunchWatch watch,
                 @Value("${casehall.clearance.launch.chunk-size:100}") int chunkSize,
                 @Value("${casehall.clearance.launch.threads:2}") int threads) {
        this.plans = plans;
        this.students = students;
        this.catalog = catalog;
        this.runtimeService = runtimeService;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
        this.statistics = statistics;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chunkSize = Math.max(1, chunkSize);
        this.threads = Math.max(1, threads);
        this.watch = watch;
    }

    /** Claims the plan and launches it in the background; the caller polls {@link #progress}. */
    LaunchProgress launch(long planId, Actor actor) {
        String definitionId = claim(planId, actor);
        background.execute(() -> run(planId, definitionId));
        return progress(planId);
    }

    /** Claims the plan and launches it in the calling thread (tests, benchmark, demo data). */
    LaunchProgress launchAndWait(long planId, Actor actor) {
        String definitionId = claim(planId, actor);
        run(planId, definitionId);
        return progress(planId);
    }

    LaunchProgress progress(long planId) {
        ClearancePlan plan = plans.findById(planId).orElseThrow(NotFoundException::new);
        return new LaunchProgress(planId, effectiveStatus(plan), students.countByPlanId(planId),
                students.countLaunched(planId), plan.getStatus() == PlanStatus.LAUNCHING && watch.isAlive(plan));
    }

    /** A LAUNCHING plan whose launcher is gone (node crashed, application stopped) counts as interrupted. */
    PlanStatus effectiveStatus(ClearancePlan plan) {
        if (plan.getStatus() == PlanStatus.LAUNCHING && !watch.isAlive(plan)) {
            return PlanStatus.INTERRUPTED;
        }
        return plan.getStatus();
    }

    private String claim(long planId, Actor actor) {
        String definitionId;
        try {
            definitionId = newTransaction.execute(tx -> {
                ClearancePlan plan = plans.findById(planId).orElseThrow(NotFoundException::new);
                PlanStatus status = effectiveStatus(plan);
                if (status == PlanStatus.LAUNCHED) {
                    throw new UserFacingException("checkpoints.launch.alreadyLaunched", plan.getName());
                }
                if (status == PlanStatus.LAUNCHING) {
                    throw new UserFacingException("checkpoints.launch.running", plan.getName());
                }
                if (students.countByPlanId(planId) == 0) {
                    throw new UserFacingException("checkpoints.launch.noStudents", plan.getName());
                }
                String latest = catalog.latestDefinitionId()
                        .orElseThrow(() -> new UserFacingException("checkpoints.launch.noModel"));
                boolean resumed = status == PlanStatus.INTERRUPTED;
                // The checkpoint groups, and per department the groups of department-scoped checkpoints.
                catalog.ensureGroups(plan.getProcessDefinitionId() != null ? plan.getProcessDefinitionId() : latest,
                        jdbc.queryForList("SELECT DISTINCT department FROM clearance_student WHERE plan_id = ?",
                                String.class, planId));
                plan.startLaunch(latest, clock.instant());
                plans.saveAndFlush(plan);
                auditLog.record(actor, resumed ? "CLEARANCE_PLAN_LAUNCH_RESUMED" : "CLEARANCE_PLAN_LAUNCHED",
                        "clearance-plan", planId, "definition=" + plan.getProcessDefinitionId());
                return plan.getProcessDefinitionId();
            });
        } catch (OptimisticLockingFailureException e) {
            throw new UserFacingException("checkpoints.launch.running", String.valueOf(planId));
        }
        watch.started(planId);
        return definitionId;
    }

    private void run(long planId, String definitionId) {
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Long> ids = students.findUnlaunchedIds(planId);
            String planName = plans.findById(planId).map(ClearancePlan::getName).orElse("");
            List<List<Long>> chunks = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += chunkSize) {
                chunks.add(ids.subList(from, Math.min(ids.size(), from + chunkSize)));
            }
            log.info("Launching clearance plan {}: {} students in {} chunks on {} threads", planId, ids.size(),
                    chunks.size(), threads);
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, chunks.size())),
                    daemon("clearance-launch-chunk"));
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (List<Long> chunk : chunks) {
                    futures.add(pool.submit(() -> {
                        try {
                            newTransaction.executeWithoutResult(tx -> launchChunk(planId, planName, definitionId, chunk));
                            watch.heartbeat(planId);
                        } catch (RuntimeException e) {
                            failed.set(true);
                            log.error("Clearance plan {}: a chunk of {} students was not launched", planId, chunk.size(), e);
                        }
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.set(true);
        } catch (Exception e) {
            failed.set(true);
            log.error("Clearance plan {}: launch failed", planId, e);
        } finally {
            try {
                finish(planId);
                statistics.refreshAfterLaunch();
            } finally {
                watch.ended(planId);
            }
        }
    }

    private void finish(long planId) {
        newTransaction.executeWithoutResult(tx -> {
            ClearancePlan plan = plans.findById(planId).orElseThrow();
            boolean complete = students.countLaunched(planId) == students.countByPlanId(planId);
            plan.finishLaunch(complete, clock.instant());
            plans.save(plan);
            log.info("Clearance plan {}: launch {}", planId, complete ? "complete" : "interrupted");
        });
    }

    private record LaunchStudent(long id, String studentNo, String fullName, String department, String level,
                                 String category, boolean householdMigration, String dormitory) {
    }

    /** One transaction: claim, start, project, record. */
    void launchChunk(long planId, String planName, String definitionId, List<Long> ids) {
        Timestamp now = Timestamp.from(clock.instant());
        List<LaunchStudent> chunk = load(ids);
        int[] claimed = jdbc.batchUpdate("UPDATE clearance_student SET stage = 'IN_PROGRESS', launched_at = ?"
                        + " WHERE id = ? AND process_instance_id IS NULL",
                chunk.stream().map(s -> new Object[] {now, s.id()}).toList());
        List<LaunchStudent> mine = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (claimed[i] != 0) {
                mine.add(chunk.get(i));
            }
        }
        List<Checkpoint> checkpoints = catalog.of(definitionId);
        Map<Long, String> instances = new LinkedHashMap<>();
        List<Object[]> rows = new ArrayList<>();
        try (LaunchContext context = LaunchContext.open(mine.stream().map(LaunchStudent::id).toList())) {
            for (LaunchStudent s : mine) {
                LongConsumer hook = beforeStart;
                if (hook != null) {
                    hook.accept(s.id());
                }
                ProcessInstance instance = runtimeService.createProcessInstanceById(definitionId)
                        .businessKey(GraduationClearanceProcess.businessKey(planId, s.studentNo()))
                        .setVariables(GraduationClearanceProcess.startVariables(s.id(), s.studentNo(),
                                s.fullName(), s.department(), s.level(), s.category(),
                                s.dormitory() != null && !s.dormitory().isBlank(), s.householdMigration(), planName))
                        .execute();
                instances.put(s.id(), instance.getId());
                Set<String> applicable = context.applicableOf(s.id());
                Map<String, String> reached = context.reachedOf(s.id());
                for (Checkpoint checkpoint : checkpoints) {
                    String taskId = reached.get(checkpoint.id());
                    CheckpointState state = taskId != null ? CheckpointState.OPEN
                            : applicable == null || applicable.contains(checkpoint.id()) ? CheckpointState.WAITING
                            : CheckpointState.NOT_APPLICABLE;
                    rows.add(new Object[] {s.id(), checkpoint.id(), planId, state.name(), taskId,
                            taskId == null ? null : now});
                }
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(ProjectionWriter.INSERT_STATE, rows);
        }
        jdbc.batchUpdate("UPDATE clearance_student SET process_instance_id = ? WHERE id = ?",
                instances.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
    }

    private List<LaunchStudent> load(List<Long> ids) {
        return jdbc.query("SELECT id, student_no, full_name, department, level, category, household_migration,"
                        + " dormitory FROM clearance_student WHERE id IN (" + StudentSql.marks(ids.size())
                        + ") ORDER BY id",
                (rs, n) -> new LaunchStudent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8)),
                ids.toArray());
    }

    @PreDestroy
    void stop() {
        watch.stop(); // first, so that it resumes no launch on a stopped executor
        background.shutdownNow();
    }

    public static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger counter = new java.util.concurrent.atomic.AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
