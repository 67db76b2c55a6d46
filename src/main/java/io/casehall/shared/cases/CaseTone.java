package io.casehall.shared.cases;

/** How the 审核状态 badge looks: whose turn it is, or how the case ended. */
public enum CaseTone {
    /** Staff are working on it. */
    IN_PROGRESS,
    /** The applicant must do something now (pay, correct, proofread, collect). */
    YOUR_ACTION,
    /** Finished as asked. */
    DONE,
    /** Refused (审核不通过, 驳回). */
    REFUSED,
    /** Cancelled by the applicant or lapsed. */
    CANCELLED;

    /** Whether the case is still open. */
    public boolean open() {
        return this == IN_PROGRESS || this == YOUR_ACTION;
    }
}
