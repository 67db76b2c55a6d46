package io.casehall.archive;

/**
 * The variable contract and element ids of {@code processes/archive-use.bpmn} (and its e-mail companion).
 * Delegates, the portal and the tests use these names; an administrator may redraw the model freely as long
 * as it keeps this contract. Applicant steps are recognised by their form key ({@code portal:*}), not their id.
 */
public final class ArchiveUseProcess {

    public static final String KEY = "archiveUse";
    public static final String EMAIL_KEY = "archiveUseEmail";
    public static final String DECISION_VARIANT = "archiveServiceVariant";
    public static final String DECISION_FEE = "archiveFee";
    /** Correlated when the applicant cancels; the model decides whether a refund is due. */
    public static final String MESSAGE_CANCELLED = "ArchiveApplicationCancelled";

    public static String businessKey(String applicationNumber) {
        return "archive-" + applicationNumber;
    }

    /** The assignee of applicant tasks: applicants are not Camunda users, the portal checks ownership. */
    public static String applicantAssignee(Long applicantId) {
        return "applicant-" + applicantId;
    }

    // Element ids
    public static final String START = "Event_ApplicationSubmitted";
    public static final String TASK_DECIDE_VARIANT = "Task_DecideServiceVariant";
    public static final String TASK_CHECK_REQUEST = "Task_CheckRequest";
    public static final String TASK_CORRECT_REQUEST = "Task_CorrectRequest";
    public static final String TASK_RAISE_CHARGE = "Task_RaiseCharge";
    public static final String TASK_PAY = "Task_PayFee";
    public static final String EVENT_PAYMENT_REMINDER = "Event_PaymentReminderDue";
    public static final String EVENT_PAYMENT_EXPIRED = "Event_PaymentExpired";
    public static final String TASK_CONFIRM_RECEIPT = "Task_ConfirmReceipt";
    public static final String TASK_PREPARE_TRANSLATION = "Task_PrepareTranslation";
    public static final String TASK_PROOFREAD = "Task_ProofreadTranslation";
    public static final String TASK_ANSWER_CORRECTIONS = "Task_AnswerCorrections";
    public static final String TASK_PRODUCE = "Task_ProduceDocuments";
    public static final String TASK_ISSUE_PDFS = "Task_IssueSealedPdfs";
    public static final String TASK_REFUND = "Task_RefundFee";
    public static final String END_COMPLETED = "Event_ApplicationCompleted";
    public static final String END_REJECTED = "Event_ApplicationRejected";
    public static final String END_EXPIRED = "Event_PaymentExpiredCancelled";
    public static final String END_CANCELLED = "Event_ApplicationCancelled";
    public static final String TASK_SEND_EMAIL = "Task_SendEmail";

    // Form keys of the applicant's steps, shown as actions in the portal
    public static final String FORM_PAY = "portal:pay";
    public static final String FORM_CORRECT = "portal:correct";
    public static final String FORM_PROOFREAD = "portal:proofread";

    // Variables
    /** Long: the application's id (set at start). */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** String: application number, for Tasklist forms and search. */
    public static final String VAR_APPLICATION_NUMBER = "applicationNumber";
    /** "number applicant" — staff task names end with it (Tasklist cards and headers), e.g. 审核申请｜20261202-0001 张伟. */
    public static final String VAR_CASE_TITLE = "caseTitle";
    /** String, task-local: the case summary for the staff forms, computed from the case record when the task is created. */
    public static final String VAR_SUMMARY = "applicationSummary";
    /** String: the staff console page of the case. */
    public static final String VAR_CASE_LINK = "caseLink";
    /** String: the applicant assignee (see {@link #applicantAssignee}). */
    public static final String VAR_APPLICANT = "applicant";
    /** String: service code (DMN input). */
    public static final String VAR_SERVICE = "service";
    /** String: delivery mode name (PICKUP / ELECTRONIC / POST). */
    public static final String VAR_DELIVERY_MODE = "deliveryMode";
    /** String, task-local: the delivery mode in Chinese for the staff forms (never the raw code). */
    public static final String VAR_DELIVERY_MODE_LABEL = "deliveryModeLabel";
    /** Booleans: outputs of the variant decision, stored as primitives (no serialized decision result). */
    public static final String VAR_FEE_REQUIRED = "feeRequired";
    public static final String VAR_TRANSLATION_REQUIRED = "translationRequired";
    public static final String VAR_PROOFREADING_REQUIRED = "proofreadingRequired";
    public static final String VAR_EMAIL_ALLOWED = "emailAllowed";
    /** String accept / reject / return: the clerk's check decision, with {@link #VAR_CHECK_OPINION}. */
    public static final String VAR_CHECK_DECISION = "checkDecision";
    public static final String VAR_CHECK_OPINION = "checkOpinion";
    public static final String DECISION_ACCEPT = "accept";
    public static final String DECISION_REJECT = "reject";
    public static final String DECISION_RETURN = "return";
    /** Number: the fee the DMN suggests, and the amount staff charge. */
    public static final String VAR_SUGGESTED_FEE = "suggestedFee";
    public static final String VAR_FEE_AMOUNT = "feeAmount";
    /** Integers: working days after which an unpaid charge is reminded, then cancelled. */
    public static final String VAR_REMINDER_DAYS = "paymentReminderWorkingDays";
    public static final String VAR_DEADLINE_DAYS = "paymentDeadlineWorkingDays";
    /** Boolean: the applicant has marked the fee paid (drives the refund on cancellation). */
    public static final String VAR_PAYMENT_MADE = "paymentMade";
    /** Boolean: staff confirmed the money arrived. */
    public static final String VAR_RECEIPT_CONFIRMED = "receiptConfirmed";
    /** Boolean: the applicant confirmed the translation without (further) corrections. */
    public static final String VAR_PROOFREAD_CONFIRMED = "proofreadConfirmed";
    /** String: the applicant's proofreading remark, escaped for the proofreader's form. */
    public static final String VAR_PROOFREADING_REMARK_TEXT = "proofreadingRemarkText";
    /** String: the proofreader's answer to the applicant's corrections. */
    public static final String VAR_PROOFREADING_REPLY = "proofreadingReply";
    /** Boolean of the corrections form: take the applicant's corrections as they are. */
    public static final String VAR_ACCEPT_CORRECTIONS = "acceptCorrections";
    /** Strings: what the clerk records at production for pick-up and post. */
    public static final String VAR_PICKUP_PLACE = "pickupPlace";
    public static final String VAR_PICKUP_TIME = "pickupTime";
    public static final String VAR_TRACKING_NUMBER = "trackingNumber";
    /** String: the refund's reference (receipt or transaction number). */
    public static final String VAR_REFUND_REFERENCE = "refundReference";
    /** String: why the case was cancelled (applicant / unpaid). */
    public static final String VAR_CANCEL_REASON = "cancelReason";
    /** String: the notice a notify task sends (input parameter). */
    public static final String VAR_NOTICE = "notice";
    /** Long: the e-mail request of an {@link #EMAIL_KEY} instance. */
    public static final String VAR_EMAIL_REQUEST_ID = "emailRequestId";

    // Delegate and listener bean names
    public static final String BEAN_RECORD_CHECK = "recordArchiveCheck";
    public static final String BEAN_CALCULATE_FEE = "calculateArchiveFee";
    public static final String BEAN_OPEN_PAYMENT = "openArchivePayment";
    public static final String BEAN_RECORD_RECEIPT = "recordArchiveReceipt";
    public static final String BEAN_START_PROOFREADING = "startArchiveProofreading";
    public static final String BEAN_RECORD_ANSWER = "recordArchiveProofreadingAnswer";
    public static final String BEAN_ISSUE_PDFS = "issueArchivePdfs";
    public static final String BEAN_COMPLETE = "completeArchiveApplication";
    public static final String BEAN_CANCEL = "cancelArchiveApplication";
    public static final String BEAN_RECORD_REFUND = "recordArchiveRefund";
    public static final String BEAN_NOTIFY = "notifyArchiveApplicant";
    public static final String BEAN_SEND_EMAIL = "sendArchiveEmail";
    public static final String BEAN_FORM_CHECK = "archiveStaffFormCheck";

    private ArchiveUseProcess() {
    }
}
