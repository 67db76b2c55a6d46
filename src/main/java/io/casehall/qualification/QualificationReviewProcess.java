package io.casehall.qualification;

import io.casehall.staff.DepartmentGroups;
import io.casehall.staff.StaffRoles;

/**
 * The variable contracts and element ids of the qualification models: {@code processes/qualification-review.bpmn}
 * (one instance per campaign: timers at the window ends close the windows), {@code
 * processes/qualification-change-request.bpmn} (one instance per sensitive change request, decided by the
 * graduate's college) and {@code processes/qualification-roster-change.bpmn} (a college's addition or removal,
 * decided by the employment office), and the decision {@code dmn/qualification-sensitive-fields.dmn}.
 */
public final class QualificationReviewProcess {

    // Process and decision keys
    public static final String KEY = "qualificationReview";
    public static final String KEY_CHANGE_REQUEST = "qualificationChangeRequest";
    public static final String KEY_ROSTER_CHANGE = "qualificationRosterChange";
    public static final String DECISION_SENSITIVE_FIELDS = "qualificationSensitiveFields";

    // Elements of qualificationReview
    public static final String START = "Event_CampaignStarted";
    /** Timer event: the graduate window's end ({@code timeDate} = {@link #VAR_GRADUATE_WINDOW_END}). */
    public static final String TIMER_GRADUATE_WINDOW_END = "Event_GraduateWindowEnded";
    public static final String TASK_CLOSE_GRADUATE_WINDOW = "Task_CloseGraduateWindow";
    /** Timer event: the college window's end ({@code timeDate} = {@link #VAR_COLLEGE_WINDOW_END}). */
    public static final String TIMER_COLLEGE_WINDOW_END = "Event_CollegeWindowEnded";
    public static final String TASK_CLOSE_COLLEGE_WINDOW = "Task_CloseCollegeWindow";
    public static final String END = "Event_CampaignClosed";

    /** Delegate beans of qualificationReview. */
    public static final String BEAN_CLOSE_GRADUATE_WINDOW = "closeQualificationGraduateWindow";
    public static final String BEAN_CLOSE_COLLEGE_WINDOW = "closeQualificationCollegeWindow";

    // Elements of qualificationChangeRequest
    /** The college's decision (candidate group {@code ${collegeGroup}}). */
    public static final String TASK_APPROVE_DATA_CHANGE = "Task_ApproveDataChange";

    // Elements of qualificationRosterChange
    /** The employment office's decision on an addition or removal (candidate group employmentOffice). */
    public static final String TASK_DECIDE_ROSTER_CHANGE = "Task_DecideRosterChange";

    // Variables
    /** Long: the campaign (qualification_campaign.id); every qualification instance carries it. */
    public static final String VAR_CAMPAIGN_ID = "campaignId";
    /** Date: when the graduate window ends; the timer reads it, an extension moves it with the timer job. */
    public static final String VAR_GRADUATE_WINDOW_END = "graduateWindowEnd";
    /** Date: when the college window ends. */
    public static final String VAR_COLLEGE_WINDOW_END = "collegeWindowEnd";
    /** Long: the graduate (qualification_graduate.id). */
    public static final String VAR_GRADUATE_ID = "graduateId";
    /** Long: the change request (qualification_change_request.id). */
    public static final String VAR_CHANGE_REQUEST_ID = "changeRequestId";
    /** Long: the roster change (qualification_roster_change.id). */
    public static final String VAR_ROSTER_CHANGE_ID = "rosterChangeId";
    /** String: the candidate group of the graduate's college reviewers ({@link #collegeGroup}). */
    public static final String VAR_COLLEGE_GROUP = "collegeGroup";
    /** String: the college's name as imported. */
    public static final String VAR_COLLEGE = "college";
    /** String: what Tasklist shows of the case, e.g. "2023届 2019010101 张三（文学院）". */
    public static final String VAR_CASE_TITLE = "caseTitle";
    /** String, task-local or transient: {@link #DECISION_APPROVED} or {@link #DECISION_REJECTED}. */
    public static final String VAR_DECISION = "decision";
    /** String, task-local or transient: the decision's reason (required on rejection). */
    public static final String VAR_REASON = "decisionReason";
    public static final String DECISION_APPROVED = "通过";
    public static final String DECISION_REJECTED = "不通过";

    private QualificationReviewProcess() {
    }

    /** Business key of a campaign's instance. */
    public static String businessKey(long campaignId) {
        return "qualification:" + campaignId;
    }

    /**
     * The Camunda group of a college's reviewers: {@code dataChangeApproval} followed by the college's department
     * code (the same code clearance uses), e.g. dataChangeApprovalD1a2b3c4d.
     */
    public static String collegeGroup(String college) {
        return DepartmentGroups.departmentGroup(StaffRoles.DATA_CHANGE_APPROVAL, college);
    }

    /** The department code of a reviewer group ({@link #collegeGroup}), or null when it is not one. */
    public static String collegeCodeOfGroup(String groupId) {
        return DepartmentGroups.codeOfGroup(StaffRoles.DATA_CHANGE_APPROVAL, groupId);
    }
}
