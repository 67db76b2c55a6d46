package io.casehall.creditbank.conversion;

/**
 * The variable contract of {@code processes/credit-conversion.bpmn}: one instance per conversion application, in the
 * receiving institution's tenant. Every approval step is a user task with the form
 * {@code forms/credit-conversion-review.form} and the listener {@link #BEAN_REVIEW_LISTENER}, which decides the
 * learners that step has not decided yet; {@link #BEAN_RECORD_RESULTS} makes the passes final and tells everyone.
 * Eligibility to apply is the DMN {@code dmn/conversion-eligibility.dmn}.
 */
public final class CreditConversionProcess {

    public static final String KEY = "creditConversion";
    public static final String FORM_KEY = "creditConversionReview";
    public static final String DECISION_ELIGIBILITY = "conversionEligibility";

    // Element ids
    public static final String START = "Event_ConversionRequested";
    public static final String TASK_APPROVE = "Task_ApproveConversion";
    public static final String TASK_RECORD_RESULTS = "Task_RecordResults";
    public static final String END = "Event_ConversionDecided";

    // Variables
    /** Long: the application (cb_conversion_application.id). */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** String: the rule's code, for the task name. */
    public static final String VAR_RULE_CODE = "ruleCode";
    /** String: the learner's name (personal) or the batch's name, for the task name. */
    public static final String VAR_BATCH_NAME = "batchName";
    /** Integer: how many learners the application has. */
    public static final String VAR_LEARNER_COUNT = "learnerCount";
    /** String: 个人申请 or 机构发起. */
    public static final String VAR_CHANNEL_LABEL = "channelLabel";
    /** String: the source and target achievements as the form shows them. */
    public static final String VAR_SUMMARY = "conversionSummary";
    /** String, task-local: 通过 or 不通过 (the form's radio). */
    public static final String VAR_DECISION = "conversionDecision";
    /** String, task-local: why not passed (required then). */
    public static final String VAR_REASON = "conversionReason";

    public static final String DECISION_PASSED = "通过";
    public static final String DECISION_NOT_PASSED = "不通过";
    public static final int MAX_REASON = 500;

    // Eligibility (DMN) inputs and outputs
    public static final String IN_RULE_PUBLISHED = "rulePublished";
    public static final String IN_HOLDS_ALL_SOURCES = "holdsAllSources";
    public static final String IN_ALREADY_CONVERTED = "alreadyConverted";
    public static final String IN_ALREADY_PENDING = "alreadyPending";
    public static final String OUT_ELIGIBLE = "eligible";
    public static final String OUT_REFUSAL = "refusal";

    // Delegate and listener bean names
    public static final String BEAN_REVIEW_LISTENER = "conversionReviewListener";
    public static final String BEAN_RECORD_RESULTS = "recordConversionResults";

    /** Business numbers of rules: yyyyMMdd + 4 digits. */
    public static final String RULE_NUMBER_SERIES = "conversion-rule";

    private CreditConversionProcess() {
    }

    public static String businessKey(long applicationId) {
        return "conversion-" + applicationId;
    }
}
