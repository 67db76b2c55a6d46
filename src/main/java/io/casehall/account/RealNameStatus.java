package io.casehall.account;

/** Where an account stands with real-name verification (实名认证). */
public enum RealNameStatus {
    /** Never submitted. */
    NONE,
    /** Submitted and waiting for staff review. */
    PENDING,
    /** Passed: the account may apply for business. */
    VERIFIED,
    /** Refused by staff; the applicant may submit again. */
    REJECTED
}
