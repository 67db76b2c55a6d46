package io.casehall.qualification.review;

import io.casehall.qualification.QualificationReviewProcess;
import io.casehall.staff.StaffRoles;

/**
 * The variable contract and element ids of {@code processes/qualification-roster-change.bpmn} (生源增减): a college
 * asks to add or remove a graduate, the employment office decides, the change is applied on approval and the
 * college is told. Delegates, the service and the tests use these names; an administrator may redraw the model as
 * long as it keeps this contract.
 */
public final class RosterChangeProcess {

    public static final String KEY = QualificationReviewProcess.KEY_ROSTER_CHANGE;
    /** The staff role (Camunda group) that decides additions and removals. */
    public static final String GROUP_OFFICE = StaffRoles.EMPLOYMENT_OFFICE;

    public static String businessKey(long rosterChangeId) {
        return "qualification-roster-" + rosterChangeId;
    }

    // Element ids
    public static final String START = "Event_RosterChangeRequested";
    public static final String TASK_DECIDE = QualificationReviewProcess.TASK_DECIDE_ROSTER_CHANGE;
    public static final String GATEWAY_DECISION = "Gateway_RosterDecision";
    public static final String TASK_APPLY = "Task_ApplyRosterChange";
    public static final String TASK_REJECT = "Task_RejectRosterChange";
    public static final String TASK_NOTIFY_APPLIED = "Task_NotifyApplied";
    public static final String TASK_NOTIFY_REJECTED = "Task_NotifyRejected";
    public static final String END_APPLIED = "Event_RosterChangeApplied";
    public static final String END_REJECTED = "Event_RosterChangeRejected";

    // Variables
    /** Long: the roster change's id. */
    public static final String VAR_ROSTER_CHANGE_ID = QualificationReviewProcess.VAR_ROSTER_CHANGE_ID;
    /** Long: the campaign's id. */
    public static final String VAR_CAMPAIGN_ID = QualificationReviewProcess.VAR_CAMPAIGN_ID;
    /** String: the requesting college's name. */
    public static final String VAR_COLLEGE = QualificationReviewProcess.VAR_COLLEGE;
    /** String: "增加 2023届 2019011234 张三（经济管理学院）": the office's task name ends with it. */
    public static final String VAR_CASE_TITLE = QualificationReviewProcess.VAR_CASE_TITLE;
    /** String: the staff page of the request. */
    public static final String VAR_CASE_LINK = "caseLink";
    /** String, task-local: one line naming the request, and the request's details, computed at task creation. */
    public static final String VAR_CAPTION = "rosterCaption";
    public static final String VAR_SUMMARY = "rosterSummary";
    /** String approve / reject, and the reason (required on reject). */
    public static final String VAR_DECISION = "rosterDecision";
    public static final String VAR_REASON = "rosterReason";
    public static final String DECISION_APPROVE = "approve";
    public static final String DECISION_REJECT = "reject";
    /** String: who completed the office's task (set by the form check on completion). */
    public static final String VAR_DECIDED_BY = "decidedBy";
    /** String: the notice a notify task sends (input parameter): applied / rejected. */
    public static final String VAR_NOTICE = "notice";

    // Delegate and listener bean names
    public static final String BEAN_FORM_CHECK = "qualificationRosterFormCheck";
    public static final String BEAN_APPLY = "applyQualificationRosterChange";
    public static final String BEAN_REJECT = "rejectQualificationRosterChange";
    public static final String BEAN_NOTIFY = "notifyQualificationRosterCollege";

    private RosterChangeProcess() {
    }
}
