package io.casehall.account.realname;

/**
 * The variable contract and element ids of {@code processes/real-name-verification.bpmn}. Delegates,
 * the portal and the tests use these names; an administrator may redraw the model freely as long as it
 * keeps this contract.
 */
public final class RealNameVerificationProcess {

    public static final String KEY = "realNameVerification";
    public static final String DECISION_AUTO_APPROVAL = "realNameAutoApproval";
    /** Sent when the applicant corrects and resubmits while a review is pending. */
    public static final String MESSAGE_RESUBMITTED = "RealNameRequestResubmitted";

    /** Business key of every instance: one verification case per applicant account. */
    public static String businessKey(Long applicantId) {
        return "realname-" + applicantId;
    }

    // Element ids
    public static final String START = "Event_RequestSubmitted";
    public static final String TASK_MATCH_REGISTRY = "Task_MatchGraduateRegistry";
    public static final String TASK_DECIDE_AUTO_APPROVAL = "Task_DecideAutoApproval";
    public static final String GATEWAY_AUTO_APPROVED = "Gateway_AutoApproved";
    public static final String TASK_REVIEW = "Task_ReviewRealName";
    public static final String EVENT_RESUBMITTED = "Event_RequestResubmitted";
    public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
    public static final String TASK_APPROVE = "Task_ApproveRequest";
    public static final String TASK_REJECT = "Task_RejectRequest";
    public static final String GATEWAY_DECIDED = "Gateway_Decided";
    public static final String TASK_NOTIFY = "Task_NotifyApplicant";
    public static final String END = "Event_VerificationFinished";

    // Variables
    /** Long: applicant account id (set at start). */
    public static final String VAR_APPLICANT_ID = "applicantId";
    /** The applicant's name — the review task is named 人工审核实名认证｜name in Tasklist. */
    public static final String VAR_CASE_TITLE = "caseTitle";
    /** Long: id of the request under consideration; replaced on resubmission. */
    public static final String VAR_REQUEST_ID = "requestId";
    /** Boolean: a registry row has the request's ID number (set by the registry match). */
    public static final String VAR_REGISTRY_RECORD_FOUND = "registryRecordFound";
    /** Boolean: the registry row's name equals the account's name. */
    public static final String VAR_NAME_MATCHES = "nameMatches";
    /** Boolean: the registry row's student number equals the request's. */
    public static final String VAR_STUDENT_NO_MATCHES = "studentNoMatches";
    /** Boolean: output of the DMN decision. */
    public static final String VAR_AUTO_APPROVE = "autoApprove";
    /** String: output of the DMN decision, why a person must look (shown to the reviewer). */
    public static final String VAR_REVIEW_HINT = "reviewHint";
    /** String "approved" / "rejected": set by the reviewer's form. */
    public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
    /** String: the reviewer's reason when rejecting. */
    public static final String VAR_REJECTION_REASON = "rejectionReason";

    /** String: the staff user who completed the review (set by the review listener). */
    public static final String VAR_REVIEWED_BY = "reviewedBy";

    public static final String OUTCOME_APPROVED = "approved";
    public static final String OUTCOME_REJECTED = "rejected";

    // Delegate bean names (camunda:delegateExpression="${...}")
    public static final String BEAN_MATCH_REGISTRY = "matchGraduateRegistry";
    public static final String BEAN_APPROVE = "approveRealNameRequest";
    public static final String BEAN_REJECT = "rejectRealNameRequest";
    public static final String BEAN_NOTIFY = "notifyRealNameOutcome";
    /** Task listener on the review task: fills the form's read-only fields, validates on complete. */
    public static final String BEAN_REVIEW_LISTENER = "realNameReviewListener";

    private RealNameVerificationProcess() {
    }
}
