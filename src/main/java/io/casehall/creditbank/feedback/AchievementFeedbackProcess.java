package io.casehall.creditbank.feedback;

/**
 * The variable contract and element ids of {@code processes/achievement-feedback.bpmn} (问题反馈处理). The instance
 * is started with {@link io.casehall.creditbank.feedback.StartVariableTenantIdProvider#TENANT_ID} = the institution's
 * tenant, so its task is in that tenant: Tasklist shows it to that institution's users only.
 */
public final class AchievementFeedbackProcess {

    public static final String KEY = "achievementFeedback";
    public static final String FORM_KEY = "achievementFeedback";

    public static final String TASK_ANSWER = "Task_AnswerFeedback";
    public static final String TASK_NOTIFY = "Task_NotifyLearner";
    public static final String END = "Event_FeedbackAnswered";

    /** Start variables: what staff tell cases apart by (Tasklist names the task "处理问题反馈｜学员 · 成果"). */
    public static final String CASE_TITLE = "caseTitle";
    /** Start variables: the case file's id, and what the task's form shows. */
    public static final String FEEDBACK_ID = "feedbackId";
    public static final String LEARNER_NAME = "learnerName";
    public static final String ACHIEVEMENT_NAME = "achievementName";
    public static final String CATEGORY = "feedbackCategory";
    public static final String CONTENT = "feedbackContent";
    public static final String SUBMITTED_AT = "submittedAt";

    /** The form's answer: {@link FeedbackStatus#RESOLVED} or {@link FeedbackStatus#REJECTED}, and the reply. */
    public static final String OUTCOME = "feedbackOutcome";
    public static final String REPLY = "feedbackReply";

    private AchievementFeedbackProcess() {
    }

    public static String businessKey(Long feedbackId) {
        return "feedback-" + feedbackId;
    }
}
