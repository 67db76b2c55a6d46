package io.casehall.clearance.report;

import io.casehall.clearance.Checkpoint;
import io.casehall.clearance.CheckpointCell;
import io.casehall.clearance.CheckpointRow;
import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.ClearanceStage;
import io.casehall.clearance.GridRow;
import io.casehall.clearance.MatchBy;
import io.casehall.clearance.StudentFilter;
import io.casehall.clearance.StudentInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the projection: on-site lists, counters, grid pages and the student's own progress ({@link GridExportStream} streams the export). */
@Component
public class ClearanceQueries {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClearanceQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- one checkpoint

    /** Columns of {@link #checkpointRow}: the student's, then the state at the joined checkpoint {@code c}. */
    private static final String CHECKPOINT_ROW_COLUMNS = StudentSql.COLUMNS
            + ", c.checkpoint_id, c.state, c.remark, c.decided_by, c.decided_at";

    private static RowMapper<CheckpointRow> checkpointRow(LocalDate today) {
        return (rs, n) -> new CheckpointRow(StudentSql.map(rs, today), rs.getString("checkpoint_id"),
                CheckpointState.valueOf(rs.getString("state")), rs.getString("remark"),
                rs.getString("decided_by"), StudentSql.instant(rs, "decided_at"));
    }

    public Page<CheckpointRow> atCheckpoint(long planId, String checkpointId, StudentFilter filter, int page,
                                            int size) {
        StudentSql.Where where = StudentSql.where(filter);
        StringBuilder condition = new StringBuilder(" FROM clearance_student s JOIN clearance_checkpoint_state c"
                + " ON c.student_id = s.id AND c.checkpoint_id = ? WHERE s.plan_id = ? AND c.state <> 'NOT_APPLICABLE'");
        List<Object> args = new ArrayList<>(List.of(checkpointId, planId));
        condition.append(where.sql());
        args.addAll(where.args());
        if (filter != null && filter.state() != null) {
            condition.append(" AND c.state = ?");
            args.add(filter.state().name());
        }
        long total = jdbc.queryForObject("SELECT COUNT(*)" + condition, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<CheckpointRow> rows = total == 0 ? List.of() : jdbc.query("SELECT " + CHECKPOINT_ROW_COLUMNS + condition
                + " ORDER BY s.student_no LIMIT ? OFFSET ?", checkpointRow(today()), pageArgs.toArray());
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    public Optional<CheckpointRow> row(long planId, String checkpointId, long studentId) {
        return jdbc.query("SELECT " + CHECKPOINT_ROW_COLUMNS + " FROM clearance_student s"
                        + " JOIN clearance_checkpoint_state c ON c.student_id = s.id AND c.checkpoint_id = ?"
                        + " WHERE s.plan_id = ? AND s.id = ?",
                checkpointRow(today()), checkpointId, planId, studentId).stream().findFirst();
    }

    /** A student's state and open task at a checkpoint. */
    public record Target(long studentId, String studentNo, String fullName, String idNumber, CheckpointState state,
                         String taskId, String remark, String department) {

        /**
         * Why the student cannot be decided at the checkpoint now (a key of {@code i18n/checkpoints}: not
         * launched, not applicable, not reached, already passed, handled a moment ago), or null when they can.
         */
        public String refusal() {
            if (state == null) {
                return "checkpoints.error.notLaunched";
            }
            return switch (state) {
                case NOT_APPLICABLE -> "checkpoints.error.notApplicable";
                case WAITING -> "checkpoints.error.notReached";
                case PASSED -> "checkpoints.error.alreadyPassed";
                case OPEN, FAILED -> taskId == null ? "checkpoints.error.alreadyHandled" : null;
            };
        }
    }

    /** The targets of these students at the checkpoint (students of other plans, or without a row, are absent). */
    public Map<Long, Target> targets(long planId, String checkpointId, List<Long> studentIds) {
        return targets(planId, checkpointId, "s.id", studentIds, Target::studentId);
    }

    /** Targets found by student number or ID number (as stored: upper case, no blanks). */
    public Map<String, Target> targetsByKey(long planId, String checkpointId, MatchBy matchBy, List<String> keys) {
        return matchBy == MatchBy.STUDENT_NO
                ? targets(planId, checkpointId, "s.student_no", keys, Target::studentNo)
                : targets(planId, checkpointId, "s.id_number", keys, Target::idNumber);
    }

    private <K> Map<K, Target> targets(long planId, String checkpointId, String column, List<K> keys,
                                       Function<Target, K> keyOf) {
        Map<K, Target> result = new HashMap<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<K> part = keys.subList(from, Math.min(keys.size(), from + 500));
            List<Object> args = new ArrayList<>(List.of(checkpointId, planId));
            args.addAll(part);
            jdbc.query("SELECT s.id, s.student_no, s.full_name, s.id_number, c.state, c.task_id, c.remark,"
                            + " s.department"
                            + " FROM clearance_student s LEFT JOIN clearance_checkpoint_state c"
                            + " ON c.student_id = s.id AND c.checkpoint_id = ?"
                            + " WHERE s.plan_id = ? AND " + column + " IN (" + StudentSql.marks(part.size()) + ")",
                    rs -> {
                        String state = rs.getString(5);
                        Target target = new Target(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                state == null ? null : CheckpointState.valueOf(state), rs.getString(6),
                                rs.getString(7), rs.getString(8));
                        result.put(keyOf.apply(target), target);
                    }, args.toArray());
        }
        return result;
    }

    // ---------------------------------------------------------------- counters

    /** Counts per checkpoint and state for the plan (students matching the filter). */
    Map<String, Map<CheckpointState, Long>> counts(long planId, StudentFilter filter) {
        return counts(planId, null, filter);
    }

    /**
     * Counts per state at one checkpoint (all checkpoints when {@code checkpointId} is null) for the plan's
     * students matching the filter. One checkpoint reads only its part of the index {@code (plan_id,
     * checkpoint_id, state)}: a tenth of a season's rows.
     */
    Map<String, Map<CheckpointState, Long>> counts(long planId, String checkpointId, StudentFilter filter) {
        StudentSql.Where where = StudentSql.where(filter);
        List<Object> args = new ArrayList<>();
        args.add(planId);
        StringBuilder sql = new StringBuilder("SELECT c.checkpoint_id, c.state, COUNT(*) FROM clearance_checkpoint_state c");
        if (!where.sql().isEmpty()) {
            sql.append(" JOIN clearance_student s ON s.id = c.student_id");
        }
        sql.append(" WHERE c.plan_id = ?");
        if (checkpointId != null) {
            sql.append(" AND c.checkpoint_id = ?");
            args.add(checkpointId);
        }
        sql.append(where.sql()).append(" GROUP BY c.checkpoint_id, c.state");
        args.addAll(where.args());
        Map<String, Map<CheckpointState, Long>> counts = new HashMap<>();
        jdbc.query(sql.toString(), rs -> {
            counts.computeIfAbsent(rs.getString(1), id -> new EnumMap<>(CheckpointState.class))
                    .put(CheckpointState.valueOf(rs.getString(2)), rs.getLong(3));
        }, args.toArray());
        return counts;
    }

    // ---------------------------------------------------------------- students, grid, export

    /** Students of the plan matching the filter, in the given stage unless {@code stage} is null; by student no. */
    public Page<StudentInfo> students(long planId, ClearanceStage stage, StudentFilter filter, int page, int size) {
        StudentSql.Where where = StudentSql.where(filter);
        List<Object> args = new ArrayList<>(List.of(planId));
        String condition = " FROM clearance_student s WHERE s.plan_id = ?";
        if (stage != null) {
            condition += " AND s.stage = ?";
            args.add(stage.name());
        }
        condition += where.sql();
        args.addAll(where.args());
        long total = jdbc.queryForObject("SELECT COUNT(*)" + condition, Long.class, args.toArray());
        args.add(size);
        args.add((long) page * size);
        LocalDate today = today();
        List<StudentInfo> rows = total == 0 ? List.of() : jdbc.query("SELECT " + StudentSql.COLUMNS + condition
                + " ORDER BY s.student_no LIMIT ? OFFSET ?", (rs, n) -> StudentSql.map(rs, today), args.toArray());
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    List<GridRow> gridRows(List<StudentInfo> students, List<Checkpoint> columns) {
        Map<Long, Map<String, CheckpointCell>> cells = cellsOf(students.stream().map(StudentInfo::id).toList());
        List<GridRow> rows = new ArrayList<>(students.size());
        for (StudentInfo student : students) {
            Map<String, CheckpointCell> mine = cells.getOrDefault(student.id(), Map.of());
            rows.add(new GridRow(student, columns.stream().map(c -> mine.getOrDefault(c.id(),
                    new CheckpointCell(c.id(), null, null, null))).toList()));
        }
        return rows;
    }

    private Map<Long, Map<String, CheckpointCell>> cellsOf(List<Long> studentIds) {
        Map<Long, Map<String, CheckpointCell>> cells = new HashMap<>();
        for (int from = 0; from < studentIds.size(); from += 500) {
            List<Long> part = studentIds.subList(from, Math.min(studentIds.size(), from + 500));
            jdbc.query("SELECT student_id, checkpoint_id, state, remark, decided_at FROM clearance_checkpoint_state"
                            + " WHERE student_id IN (" + StudentSql.marks(part.size()) + ")",
                    rs -> {
                        cells.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2),
                                new CheckpointCell(rs.getString(2), CheckpointState.valueOf(rs.getString(3)),
                                        rs.getString(4), StudentSql.instant(rs, "decided_at")));
                    }, part.toArray());
        }
        return cells;
    }

    public List<String> distinct(long planId, String column) {
        return jdbc.queryForList("SELECT DISTINCT " + column + " FROM clearance_student WHERE plan_id = ? AND "
                + column + " IS NOT NULL ORDER BY " + column, String.class, planId);
    }

    // ---------------------------------------------------------------- the student's own view

    record OwnRow(long planId, String planName, String processDefinitionId, StudentInfo student, Instant launchedAt,
                  Instant completedAt) {
    }

    List<OwnRow> launchedByIdNumber(String idNumber) {
        LocalDate today = today();
        return jdbc.query("SELECT " + StudentSql.COLUMNS + ", p.name AS plan_name, p.process_definition_id,"
                        + " s.launched_at, s.completed_at"
                        + " FROM clearance_student s JOIN clearance_plan p ON p.id = s.plan_id"
                        + " WHERE s.id_number = ? AND s.stage <> 'NOT_LAUNCHED' ORDER BY s.id DESC",
                (rs, n) -> new OwnRow(rs.getLong("plan_id"), rs.getString("plan_name"),
                        rs.getString("process_definition_id"), StudentSql.map(rs, today),
                        StudentSql.instant(rs, "launched_at"), StudentSql.instant(rs, "completed_at")), idNumber);
    }

    Map<String, CheckpointCell> cells(long studentId) {
        return cellsOf(List.of(studentId)).getOrDefault(studentId, Map.of());
    }

    public String handoverTaskId(long planId, long studentId) {
        return jdbc.query("SELECT handover_task_id FROM clearance_student WHERE plan_id = ? AND id = ?",
                rs -> rs.next() ? rs.getString(1) : null, planId, studentId);
    }
}
