package io.casehall.clearance.plan;

import io.casehall.clearance.CheckpointState;
import io.casehall.clearance.GraduationClearanceProcess;
import io.casehall.clearance.MatchBy;
import io.casehall.clearance.Refusal;
import io.casehall.clearance.Verdict;
import io.casehall.clearance.checkpoint.DecisionExecutor;
import io.casehall.clearance.checkpoint.PendingDecision;
import io.casehall.clearance.report.ClearanceQueries;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Results of one checkpoint imported from Excel (seed: 学号/身份证号, 姓名, 办理结果 通过/未通过, 备注), matched by
 * student number or ID number. Each row is refused with its reason when the student is unknown in the plan,
 * the name differs, the checkpoint does not apply or is not reached yet, or the student already passed; a row
 * that repeats the student's current result changes nothing (so importing the same file twice is harmless).
 * All accepted rows are decided together in {@link #prepare} (chunked, in parallel) and each row's outcome is
 * then reported in file order.
 */
final class ResultImport {

    static final String KIND = "clearance-results";
    static final String KEY = "key";
    static final String FULL_NAME = "fullName";
    static final String RESULT = "result";
    static final String REMARK = "remark";

    private ResultImport() {
    }

    /** The import scope: plan and checkpoint. */
    static String scope(long planId, String checkpointId) {
        return planId + ":" + checkpointId;
    }

    static ImportDefinition<ResultRow> definition(MatchBy matchBy) {
        SheetColumn key = matchBy == MatchBy.STUDENT_NO
                ? SheetColumn.required(KEY, "学号").aliases("Student No.", "StudentNo")
                        .hint("checkpoints.hint.studentNo").example("2020010101").width(14)
                : SheetColumn.required(KEY, "身份证号").aliases("证件号码", "身份证号码", "ID Number")
                        .hint("checkpoints.hint.idNumber").example("110101199601010001").width(22);
        return ImportDefinition.<ResultRow>builder(KIND, matchBy == MatchBy.STUDENT_NO ? "办理结果（学号）" : "办理结果（身份证号）")
                .column(key)
                .column(SheetColumn.required(FULL_NAME, "姓名").aliases("Name").example("张思").width(10))
                .column(SheetColumn.required(RESULT, "办理结果").aliases("结果", "Result")
                        .allowed(GraduationClearanceProcess.RESULT_PASSED, GraduationClearanceProcess.RESULT_FAILED)
                        .hint("checkpoints.hint.result").width(10))
                .column(SheetColumn.optional(REMARK, "备注").aliases("Remark")
                        .hint("checkpoints.hint.remark").example("未通过备注").width(30))
                .parser((row, errors) -> parse(row, errors, matchBy))
                .uniqueBy(KEY)
                .build();
    }

    record ResultRow(int rowNumber, String key, String fullName, Verdict verdict, String remark) {
    }

    static ResultRow parse(SheetRow row, RowErrors errors, MatchBy matchBy) {
        String raw = row.required(KEY, errors);
        String key = matchBy == MatchBy.STUDENT_NO ? StudentImport.normalizeKey(raw) : ChineseIdNumber.normalize(raw);
        String fullName = row.required(FULL_NAME, errors);
        row.required(RESULT, errors);
        String result = row.oneOf(RESULT, errors);
        String remark = row.maxLength(REMARK, GraduationClearanceProcess.MAX_REMARK, errors);
        Verdict verdict = null;
        if (GraduationClearanceProcess.RESULT_PASSED.equals(result)) {
            verdict = Verdict.PASS;
        } else if (GraduationClearanceProcess.RESULT_FAILED.equals(result)) {
            verdict = Verdict.FAIL;
            if (remark == null) {
                errors.add("checkpoints.error.remarkRequired");
            }
        }
        return new ResultRow(row.rowNumber(), key, fullName, verdict, remark);
    }

    /** Validates every accepted row against the projection, decides the valid ones, then reports per row. */
    static final class Sink implements ImportSink<ResultRow> {

        private final long planId;
        private final String checkpointId;
        private final MatchBy matchBy;
        private final ClearanceQueries queries;
        private final DecisionExecutor executor;
        private final String operator;
        /** The importer's departments (null: every department): other departments' rows are refused. */
        private final java.util.Set<String> scope;
        private final Map<Integer, RowOutcome> outcomes = new HashMap<>();
        private final Map<Integer, Refusal> refusals = new HashMap<>();

        Sink(long planId, String checkpointId, MatchBy matchBy, ClearanceQueries queries, DecisionExecutor executor,
             String operator) {
            this(planId, checkpointId, matchBy, queries, executor, operator, null);
        }

        Sink(long planId, String checkpointId, MatchBy matchBy, ClearanceQueries queries, DecisionExecutor executor,
             String operator, java.util.Set<String> scope) {
            this.scope = scope;
            this.planId = planId;
            this.checkpointId = checkpointId;
            this.matchBy = matchBy;
            this.queries = queries;
            this.executor = executor;
            this.operator = operator;
        }

        @Override
        public void prepare(List<ResultRow> rows) {
            Map<String, ClearanceQueries.Target> targets = queries.targetsByKey(planId, checkpointId, matchBy,
                    rows.stream().map(ResultRow::key).distinct().toList());
            List<PendingDecision> decisions = new ArrayList<>();
            Map<Long, Integer> rowOfStudent = new HashMap<>();
            for (ResultRow row : rows) {
                ClearanceQueries.Target target = targets.get(row.key());
                String refusal = check(row, target);
                if (refusal != null) {
                    refusals.put(row.rowNumber(), new Refusal(target == null ? 0 : target.studentId(), row.key(),
                            row.fullName(), refusal, target == null ? List.of(row.key())
                            : List.of(target.fullName(), target.studentNo())));
                } else if (unchanged(row, target)) {
                    outcomes.put(row.rowNumber(), RowOutcome.UNCHANGED);
                } else {
                    decisions.add(new PendingDecision(target.studentId(), target.studentNo(), target.fullName(),
                            target.taskId(), row.verdict(), row.remark()));
                    rowOfStudent.put(target.studentId(), row.rowNumber());
                    outcomes.put(row.rowNumber(), target.state() == CheckpointState.FAILED
                            ? RowOutcome.UPDATED : RowOutcome.IMPORTED);
                }
            }
            executor.execute(decisions, operator).forEach((studentId, refusal) -> {
                int rowNumber = rowOfStudent.get(studentId);
                outcomes.remove(rowNumber);
                refusals.put(rowNumber, refusal);
            });
        }

        private String check(ResultRow row, ClearanceQueries.Target target) {
            if (target == null) {
                return matchBy == MatchBy.STUDENT_NO ? "checkpoints.results.error.unknownStudentNo"
                        : "checkpoints.results.error.unknownIdNumber";
            }
            if (scope != null && !scope.contains(target.department())) {
                return "checkpoints.error.otherDepartment";
            }
            if (!sameName(row.fullName(), target.fullName())) {
                return "checkpoints.results.error.nameMismatch";
            }
            if (target.state() == CheckpointState.PASSED && row.verdict() == Verdict.PASS) {
                return null; // repeats the current result: reported as unchanged
            }
            return target.refusal();
        }

        private static boolean unchanged(ResultRow row, ClearanceQueries.Target target) {
            return target.state() == CheckpointState.PASSED && row.verdict() == Verdict.PASS
                    || target.state() == CheckpointState.FAILED && row.verdict() == Verdict.FAIL
                    && Objects.equals(row.remark(), target.remark());
        }

        @Override
        public RowOutcome apply(ResultRow row, RowErrors errors) {
            Refusal refusal = refusals.get(row.rowNumber());
            if (refusal != null) {
                errors.add(refusal.messageKey(), refusal.argsArray());
                return RowOutcome.REFUSED;
            }
            RowOutcome outcome = outcomes.getOrDefault(row.rowNumber(), RowOutcome.UNCHANGED);
            if (outcome == RowOutcome.UNCHANGED) {
                errors.note(row.verdict() == Verdict.PASS ? "checkpoints.results.unchanged.passed"
                        : "checkpoints.results.unchanged.failed");
            }
            return outcome;
        }
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null
                && a.replaceAll("[\\s\\u00A0\\u3000]", "").equals(b.replaceAll("[\\s\\u00A0\\u3000]", ""));
    }
}
