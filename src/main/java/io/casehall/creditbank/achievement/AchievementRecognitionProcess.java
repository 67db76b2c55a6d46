package io.casehall.creditbank.achievement;

/**
 * The variable contract of {@code processes/achievement-recognition.bpmn}: an institution asks the credit bank to
 * recognise one of its achievements; a member of {@code creditBankAdmin} decides in Tasklist (form
 * {@code forms/achievement-recognition.form}); a service task records the decision. The instance has no tenant:
 * it is the credit bank's own work.
 */
public final class AchievementRecognitionProcess {

    public static final String KEY = "achievementRecognition";
    public static final String FORM_KEY = "achievementRecognition";

    // Element ids
    public static final String START = "Event_RecognitionRequested";
    public static final String TASK_RECOGNISE = "Task_RecogniseAchievement";
    public static final String TASK_RECORD = "Task_RecordRecognition";
    public static final String END = "Event_RecognitionDecided";

    // Variables
    /** Long: the achievement (cb_achievement.id). */
    public static final String VAR_ACHIEVEMENT_ID = "achievementId";
    /** String: the achievement's name, for the task name. */
    public static final String VAR_ACHIEVEMENT_NAME = "achievementName";
    /** String: the subtype's label (职业教育学历证书 …), shown in the form. */
    public static final String VAR_SUBTYPE = "achievementSubtype";
    /** Long: the institution that stores the achievement. */
    public static final String VAR_INSTITUTION_ID = "institutionId";
    /** String: the institution's name, for the task name. */
    public static final String VAR_INSTITUTION_NAME = "institutionName";
    /** String: the achievement's details as the form shows them. */
    public static final String VAR_SUMMARY = "achievementSummary";
    /** String, task-local then mapped out: 通过 or 不通过 (the form's radio). */
    public static final String VAR_DECISION = "recognitionDecision";
    /** String, task-local then mapped out: why not passed (required then), or a remark. */
    public static final String VAR_REMARK = "recognitionRemark";
    /** String: the staff user who completed the task (set by the form check). */
    public static final String VAR_DECIDED_BY = "decidedBy";

    public static final String DECISION_PASSED = "通过";
    public static final String DECISION_NOT_PASSED = "不通过";
    public static final int MAX_REMARK = 500;

    // Delegate and listener bean names
    public static final String BEAN_FORM_CHECK = "achievementRecognitionFormCheck";
    public static final String BEAN_RECORD = "recordAchievementRecognition";

    private AchievementRecognitionProcess() {
    }

    public static String businessKey(long achievementId) {
        return "achievement-" + achievementId;
    }
}
