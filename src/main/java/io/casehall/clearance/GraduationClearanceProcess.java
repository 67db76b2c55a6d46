package io.casehall.clearance;

import io.casehall.staff.DepartmentGroups;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The variable contract and element ids of {@code processes/graduation-clearance.bpmn} and
 * {@code dmn/clearance-checkpoints.dmn}. An administrator may redraw the model freely (add, remove or reorder
 * checkpoints) as long as it keeps this contract:
 * <ul>
 *   <li>a <b>checkpoint</b> is a user task whose id starts with {@link #CHECKPOINT_PREFIX}; its
 *       {@code camunda:candidateGroups} is the checkpoint's group and its name the checkpoint's name;</li>
 *   <li>a checkpoint task is completed with {@link #VAR_RESULT} ({@link #RESULT_PASSED} / {@link #RESULT_FAILED})
 *       and {@link #VAR_REMARK}; the engine then offers the transient {@link #VAR_PASSED} to the gateway after
 *       the task (a failure loops back to the same checkpoint);</li>
 *   <li>the decision {@link #DECISION_CHECKPOINTS} lists the ids of the checkpoints that apply; the business rule
 *       task that calls it sets {@link #VAR_CHECKPOINTS} (",Task_Checkpoint_A,Task_Checkpoint_B,");</li>
 *   <li>{@link #TASK_HANDOVER} is the department operator's final task.</li>
 * </ul>
 * The engine attaches CaseHall's listeners to these elements itself (see {@code ClearanceEnginePlugin}), so a
 * checkpoint drawn in Modeler needs no listener configuration.
 */
public final class GraduationClearanceProcess {

    public static final String KEY = "graduationClearance";
    public static final String DECISION_CHECKPOINTS = "clearanceCheckpoints";

    /** Business key of every instance: one instance per student and plan. */
    public static String businessKey(long planId, String studentNo) {
        return planId + ":" + studentNo;
    }

    // Element ids
    public static final String START = "Event_ClearanceStarted";
    public static final String TASK_DECIDE_CHECKPOINTS = "Task_DecideCheckpoints";
    /** Every user task whose id starts with this is a checkpoint. */
    public static final String CHECKPOINT_PREFIX = "Task_Checkpoint_";
    public static final String TASK_DEPARTMENT_AFFAIRS = "Task_Checkpoint_DepartmentAffairs";
    public static final String TASK_DEPARTMENT_SECRETARY = "Task_Checkpoint_DepartmentSecretary";
    public static final String TASK_SUPERVISOR = "Task_Checkpoint_Supervisor";
    public static final String TASK_LABORATORY = "Task_Checkpoint_Laboratory";
    public static final String TASK_LIBRARY = "Task_Checkpoint_Library";
    public static final String TASK_STATE_KEY_LABORATORY = "Task_Checkpoint_StateKeyLaboratory";
    public static final String TASK_HOSPITAL = "Task_Checkpoint_Hospital";
    public static final String TASK_GRADUATE_FEES = "Task_Checkpoint_GraduateFees";
    public static final String TASK_FINANCE = "Task_Checkpoint_Finance";
    public static final String TASK_HOUSEHOLD_MIGRATION = "Task_Checkpoint_HouseholdMigration";
    public static final String TASK_DORMITORY_CHECKOUT = "Task_Checkpoint_DormitoryCheckout";
    public static final String TASK_HANDOVER = "Task_HandOverCertificates";
    public static final String END = "Event_ClearanceCompleted";

    // Groups
    /** Department operators: hand over diploma, degree certificate and graduation materials. */
    public static final String GROUP_HANDOVER = "clearanceHandover";
    public static final String GROUP_HANDOVER_NAME = "离校证书发放";

    // Variables set at start
    /** Long: id of the student's row in the plan (clearance_student.id). */
    public static final String VAR_STUDENT_ID = "clearanceStudentId";
    /**
     * Long, optional: the plan's id. Instances started by the launcher carry it in the business key
     * ({@code planId:studentNo}) instead — one variable row less per student.
     */
    public static final String VAR_PLAN_ID = "clearancePlanId";
    /** String: who the instance is for, as the Tasklist forms show it: "2020010101 张思（马克思主义学院）". */
    public static final String VAR_STUDENT = "student";
    /** "studentNo name · plan" — checkpoint task names end with it in Tasklist, e.g. 图书馆｜2020010135 林宁 · 2020级研究生6月份. */
    public static final String VAR_CASE_TITLE = "caseTitle";
    /**
     * Rule inputs (strings "" when unknown, booleans never null). They are <b>transient</b>: the rule task reads
     * them in the start transaction and they are not stored (four rows less per student, 40,000 per season). So
     * the model must not put an asynchronous boundary before the rule task; the student's record keeps them.
     */
    public static final String VAR_LEVEL = "level";
    public static final String VAR_CATEGORY = "category";
    public static final String VAR_DORMITORY = "dormitory";
    public static final String VAR_HOUSEHOLD_MIGRATION = "householdMigration";

    /** String: the applicable checkpoint ids, comma-delimited with a leading and a trailing comma. */
    public static final String VAR_CHECKPOINTS = "clearanceCheckpoints";

    // Completing a checkpoint task
    /** String {@link #RESULT_PASSED} or {@link #RESULT_FAILED}: set by the form or by the console (transient). */
    public static final String VAR_RESULT = "checkpointResult";
    /** String: the remark (required on failure), shown to the student. */
    public static final String VAR_REMARK = "checkpointRemark";
    /** String: the staff user acting through the console (transient); Tasklist uses the signed-in user. */
    public static final String VAR_OPERATOR = "checkpointOperator";
    /** Boolean, transient, local to the branch: read by the gateway after a checkpoint task. */
    public static final String VAR_PASSED = "checkpointPassed";
    public static final String RESULT_PASSED = "通过";
    public static final String RESULT_FAILED = "未通过";

    /** Boolean: the hand-over form's confirmation. */
    public static final String VAR_HANDED_OVER = "certificatesHandedOver";

    /**
     * String: the code of the student's department ({@link DepartmentGroups#departmentCode}). Department-scoped tasks (培养单位学工组,
     * 教务秘书, 院系操作员) have the candidate group {@code <role>${departmentCode}}, e.g.
     * {@code clearanceDepartmentAffairsD1a2b3c4d}: only that department's staff see and act on them.
     */
    public static final String VAR_DEPARTMENT_CODE = "departmentCode";
    /** What a department-scoped candidate group ends with in the model. */
    public static final String DEPARTMENT_GROUP_SUFFIX = "${" + VAR_DEPARTMENT_CODE + "}";

    /** Longest remark accepted. */
    public static final int MAX_REMARK = 200;

    private GraduationClearanceProcess() {
    }

    /**
     * The variables an instance starts with: ids and what the Tasklist forms show (stored), and the rule inputs
     * (transient, never null, so that the rule table's unary tests compare strings and booleans).
     */
    public static VariableMap startVariables(long studentId, String studentNo, String fullName,
                                             String department, String level, String category, boolean dormitory,
                                             boolean householdMigration, String planName) {
        String label = studentNo + " " + fullName + (department == null || department.isBlank() ? "" : "（" + department + "）");
        return Variables.createVariables()
                .putValue(VAR_STUDENT_ID, studentId)
                .putValue(VAR_STUDENT, label)
                .putValue(VAR_CASE_TITLE, studentNo + " " + fullName + " · " + planName)
                .putValue(VAR_DEPARTMENT_CODE, DepartmentGroups.departmentCode(department))
                .putValueTyped(VAR_LEVEL, Variables.stringValue(level == null ? "" : level, true))
                .putValueTyped(VAR_CATEGORY, Variables.stringValue(category == null ? "" : category, true))
                .putValueTyped(VAR_DORMITORY, Variables.booleanValue(dormitory, true))
                .putValueTyped(VAR_HOUSEHOLD_MIGRATION, Variables.booleanValue(householdMigration, true));
    }

    /** The plan id of a business key {@code planId:studentNo}, or null when it has another shape. */
    public static Long planIdOf(String businessKey) {
        if (businessKey == null) {
            return null;
        }
        int colon = businessKey.indexOf(':');
        try {
            return colon > 0 ? Long.valueOf(businessKey.substring(0, colon)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a user task id names a checkpoint. */
    public static boolean isCheckpoint(String activityId) {
        return activityId != null && activityId.startsWith(CHECKPOINT_PREFIX);
    }
}
