package io.casehall.clearance.engine;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.checkpoint.CheckpointCatalog;
import io.casehall.clearance.plan.LaunchContext;
import io.casehall.shared.audit.AuditLog;
import io.casehall.shared.security.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code clearance_checkpoint_state} and the student's stage in step with the engine, in the engine's
 * transaction (the listeners call it), and audits every decision. During a launch chunk the events of the
 * chunk's students are collected by the {@link LaunchContext} and written by the launcher in one batch.
 */
@Component
public class ProjectionWriter implements ClearanceEvents {

    public static final String INSERT_STATE = "INSERT INTO clearance_checkpoint_state "
            + "(student_id, checkpoint_id, plan_id, state, task_id, reached_at) VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final CheckpointCatalog catalog;
    private final AuditLog auditLog;
    private final Clock clock;

    ProjectionWriter(JdbcTemplate jdbc, CheckpointCatalog catalog, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void applicability(long planId, long studentId, String processDefinitionId, Set<String> applicable) {
        LaunchContext context = LaunchContext.covering(studentId);
        if (context != null) {
            context.applicability(studentId, applicable);
            return;
        }
        Map<String, String> existing = new HashMap<>();
        jdbc.query("SELECT checkpoint_id, state FROM clearance_checkpoint_state WHERE student_id = ?",
                rs -> {
                    existing.put(rs.getString(1), rs.getString(2));
                }, studentId);
        List<Object[]> inserts = new ArrayList<>();
        for (Checkpoint checkpoint : catalog.of(processDefinitionId)) {
            CheckpointState state = applicable.contains(checkpoint.id())
                    ? CheckpointState.WAITING : CheckpointState.NOT_APPLICABLE;
            String current = existing.get(checkpoint.id());
            if (current == null) {
                inserts.add(new Object[] {studentId, checkpoint.id(), planId, state.name(), null, null});
            } else if (current.equals(CheckpointState.WAITING.name())
                    || current.equals(CheckpointState.NOT_APPLICABLE.name())) {
                jdbc.update("UPDATE clearance_checkpoint_state SET state = ? WHERE student_id = ? AND checkpoint_id = ?",
                        state.name(), studentId, checkpoint.id());
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT_STATE, inserts);
        }
    }

    @Override
    public void checkpointReached(long planId, long studentId, String checkpointId, String taskId) {
        LaunchContext context = LaunchContext.covering(studentId);
        if (context != null) {
            context.reached(studentId, checkpointId, taskId);
            return;
        }
        Timestamp now = now();
        int updated = jdbc.update("UPDATE clearance_checkpoint_state SET state = CASE WHEN state = 'FAILED' THEN 'FAILED'"
                        + " ELSE 'OPEN' END, task_id = ?, reached_at = COALESCE(reached_at, ?)"
                        + " WHERE student_id = ? AND checkpoint_id = ?",
                taskId, now, studentId, checkpointId);
        if (updated == 0) {
            jdbc.update(INSERT_STATE, studentId, checkpointId, planId, CheckpointState.OPEN.name(), taskId, now);
        }
    }

    @Override
    public void checkpointDecided(long planId, long studentId, String checkpointId, boolean passed, String remark,
                                  String operator) {
        Timestamp now = now();
        String state = (passed ? CheckpointState.PASSED : CheckpointState.FAILED).name();
        int updated = jdbc.update("UPDATE clearance_checkpoint_state SET state = ?, remark = ?, decided_by = ?,"
                        + " decided_at = ?, task_id = NULL WHERE student_id = ? AND checkpoint_id = ?",
                state, remark, operator, now, studentId, checkpointId);
        if (updated == 0) {
            jdbc.update("INSERT INTO clearance_checkpoint_state (student_id, checkpoint_id, plan_id, state, remark,"
                    + " decided_by, decided_at, reached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    studentId, checkpointId, planId, state, remark, operator, now, now);
        }
        auditLog.record(actor(operator), "CLEARANCE_CHECKPOINT_DECIDED", "clearance-student", studentId,
                "plan=%d checkpoint=%s result=%s%s".formatted(planId, checkpointId, state,
                        remark == null ? "" : " remark=" + remark));
        if (!passed) {
            // The student hears of it (with the remark) from an engine job: retried, never lost, sent once.
            ClearanceNoticeJobHandler.schedule(new ClearanceNoticeJobHandler.Config(ClearanceNoticeJobHandler.FAILED,
                    studentId, checkpointId, java.util.UUID.randomUUID().toString(), remark));
        }
    }

    @Override
    public void handoverReached(long planId, long studentId, String taskId) {
        jdbc.update("UPDATE clearance_student SET stage = 'READY', handover_task_id = ? WHERE id = ?", taskId, studentId);
    }

    @Override
    public void handedOver(long planId, long studentId, String operator) {
        jdbc.update("UPDATE clearance_student SET completed_by = ?, completed_at = ?, handover_task_id = NULL"
                + " WHERE id = ?", operator, now(), studentId);
        auditLog.record(actor(operator), "CLEARANCE_CERTIFICATES_HANDED_OVER", "clearance-student", studentId,
                "plan=" + planId);
    }

    @Override
    public void clearanceCompleted(long planId, long studentId) {
        jdbc.update("UPDATE clearance_student SET stage = 'COMPLETED', handover_task_id = NULL,"
                + " completed_at = COALESCE(completed_at, ?) WHERE id = ?", now(), studentId);
        ClearanceNoticeJobHandler.schedule(new ClearanceNoticeJobHandler.Config(ClearanceNoticeJobHandler.COMPLETED,
                studentId, null, String.valueOf(studentId), null));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Actor actor(String operator) {
        return operator == null || "system".equals(operator) ? Actor.SYSTEM : Actor.of(Actor.Kind.STAFF, operator);
    }
}
