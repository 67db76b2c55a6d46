package io.casehall.qualification;

/**
 * The rest of the variable contract of {@code processes/qualification-change-request.bpmn} (the shared names —
 * keys, campaign, graduate, request, college group, case title, decision — are in {@link QualificationReviewProcess}):
 * element ids, the expiry message, the form's variables and the delegate bean names.
 */
public final class QualificationChangeRequestProcess {

    /** Correlated to a campaign's instances when its college window closes: undecided requests end as EXPIRED. */
    public static final String MESSAGE_EXPIRED = "QualificationChangeExpired";

    // Element ids
    public static final String START = "Event_ChangeRequested";
    public static final String EVENT_COLLEGE_WINDOW_CLOSED = "Event_CollegeWindowClosed";
    public static final String TASK_APPLY = "Task_ApplyChange";
    public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
    public static final String TASK_EXPIRE = "Task_ExpireRequest";
    public static final String END_APPROVED = "Event_ChangeApproved";
    public static final String END_REJECTED = "Event_ChangeRejected";
    public static final String END_EXPIRED = "Event_ChangeExpired";

    // Variables
    /** String: the staff console's page of the request (proofs, the graduate's record); the form links to it. */
    public static final String VAR_CASE_LINK = "caseLink";
    /** String, task-local: the changes (old → new) as the form shows them, computed when the task is created. */
    public static final String VAR_SUMMARY = "changeSummary";
    /** String: who completed the approval task (set by the form check on completion). */
    public static final String VAR_HANDLED_BY = "handledBy";
    /** String: the notice a notify task sends (input parameter): approved, rejected or expired. */
    public static final String VAR_NOTICE = "notice";

    // Delegate and listener bean names
    public static final String BEAN_FORM_CHECK = "qualificationChangeFormCheck";
    public static final String BEAN_APPLY = "applyQualificationChange";
    public static final String BEAN_REJECT = "rejectQualificationChange";
    public static final String BEAN_EXPIRE = "expireQualificationChange";
    public static final String BEAN_NOTIFY = "notifyQualificationGraduate";

    private QualificationChangeRequestProcess() {
    }

    /** Business key of a request's instance; its proofs are attached to this case. */
    public static String requestBusinessKey(long requestId) {
        return "qualification-change-" + requestId;
    }

    /** The staff console's page of a request. */
    public static String staffLink(long requestId) {
        return "/staff/qualification/requests/" + requestId;
    }
}
