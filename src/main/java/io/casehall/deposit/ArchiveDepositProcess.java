package io.casehall.deposit;

/**
 * The variable contract and element ids of {@code processes/archive-deposit.bpmn}. Delegates, the service and
 * the tests use these names; an administrator may redraw the model as long as it keeps this contract.
 * Applicant steps are recognised by their form key ({@code portal:*}), not their id.
 */
public final class ArchiveDepositProcess {

    public static final String KEY = "archiveDeposit";
    /** The staff role (Camunda group) that audits applications and registers envelopes. */
    public static final String GROUP_AUDIT = "depositAudit";
    public static final String DECISION_ELIGIBILITY = "depositEligibility";
    /** Correlated when the applicant cancels; only the audit stage subscribes, so after approval it finds no one. */
    public static final String MESSAGE_CANCELLED = "DepositApplicationCancelled";

    public static String businessKey(String applicationNumber) {
        return "deposit-" + applicationNumber;
    }

    /** The assignee of applicant tasks: applicants are not Camunda users, the portal checks ownership. */
    public static String applicantAssignee(Long applicantId) {
        return "applicant-" + applicantId;
    }

    // Element ids
    public static final String START = "Event_DepositSubmitted";
    public static final String SUBPROCESS_AUDIT = "SubProcess_Audit";
    public static final String TASK_AUDIT = "Task_AuditDeposit";
    public static final String TASK_RECORD_AUDIT = "Task_RecordAudit";
    public static final String TASK_MODIFY = "Task_ModifyDeposit";
    public static final String EVENT_CANCEL_REQUESTED = "Event_CancelRequested";
    public static final String TASK_ISSUE_DOCUMENT = "Task_IssueDocument";
    public static final String TASK_REGISTER_ENVELOPE = "Task_RegisterEnvelope";
    public static final String EVENT_STAFF_REMINDER = "Event_EnvelopeStaffReminder";
    public static final String EVENT_ENVELOPE_OVERDUE = "Event_EnvelopeOverdue";
    public static final String EVENT_ENVELOPE_LAPSED = "Event_EnvelopeLapsed";
    public static final String END_DEPOSITED = "Event_ArchiveDeposited";
    public static final String END_COMPLETED = "Event_ServiceCompleted";
    public static final String END_CANCELLED = "Event_DepositCancelled";
    public static final String END_LAPSED = "Event_DepositLapsed";

    /** Form key of the applicant's step after a rejection: modify and resubmit (or cancel). */
    public static final String FORM_MODIFY = "portal:modifyDeposit";

    // Variables
    /** Long: the application's id (set at start). */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** String: application number, for Tasklist forms and search. */
    public static final String VAR_APPLICATION_NUMBER = "applicationNumber";
    /** "number applicant": staff task names end with it (see the staff module's CaseTitles). */
    public static final String VAR_CASE_TITLE = "caseTitle";
    /** String: the staff case page (uploads are linked from there and from the summary). */
    public static final String VAR_CASE_LINK = "caseLink";
    /** String: the applicant assignee (see {@link #applicantAssignee}). */
    public static final String VAR_APPLICANT = "applicant";
    /** String: the service code ({@link DepositServiceType#code()}). */
    public static final String VAR_SERVICE = "service";
    /** Boolean: the service brings an archive in (a transfer notice, then an envelope). */
    public static final String VAR_BRINGS_ARCHIVE_IN = "bringsArchiveIn";
    /** String, task-local: the summary of the application the staff forms show, computed at task creation. */
    public static final String VAR_SUMMARY = "applicationSummary";
    /** String approve / reject, and the reason (required on reject): task-local on the audit task each round. */
    public static final String VAR_AUDIT_DECISION = "auditDecision";
    public static final String VAR_AUDIT_REASON = "auditReason";
    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_REJECT = "reject";
    /** String withSlip / withoutSlip, and the reason for a return: task-local on the envelope task each round. */
    public static final String VAR_ENVELOPE_OUTCOME = "envelopeOutcome";
    public static final String VAR_ENVELOPE_REASON = "envelopeReason";
    public static final String ENVELOPE_WITH_SLIP = "withSlip";
    public static final String ENVELOPE_WITHOUT_SLIP = "withoutSlip";
    /** String: who completed the last staff task (set by the form check on completion). */
    public static final String VAR_HANDLED_BY = "handledBy";
    /** String: the notice a notify task sends (input parameter). */
    public static final String VAR_NOTICE = "notice";

    // Delegate and listener bean names
    public static final String BEAN_FORM_CHECK = "depositStaffFormCheck";
    public static final String BEAN_RECORD_AUDIT = "recordDepositAudit";
    public static final String BEAN_ISSUE_DOCUMENT = "issueDepositDocument";
    public static final String BEAN_RECORD_ENVELOPE = "recordDepositEnvelope";
    public static final String BEAN_COMPLETE_SERVICE = "completeDepositService";
    public static final String BEAN_CANCEL = "cancelDeposit";
    public static final String BEAN_ENVELOPE_OVERDUE = "recordDepositEnvelopeOverdue";
    public static final String BEAN_LAPSE = "lapseDeposit";
    public static final String BEAN_REMIND_STAFF = "remindDepositStaff";
    public static final String BEAN_NOTIFY = "notifyDepositApplicant";

    private ArchiveDepositProcess() {
    }
}
