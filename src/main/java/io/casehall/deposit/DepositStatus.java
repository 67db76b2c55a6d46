package io.casehall.deposit;

import java.util.Set;

/** Where an application stands, as the applicant sees it ({@code deposit.status.<name>}). */
public enum DepositStatus {
    /** 申请已提交: waiting for an auditor (also after a resubmission). */
    SUBMITTED,
    /** 审核中: an auditor has taken the application. */
    IN_AUDIT,
    /** 审核通过: the transfer notice is issued; the envelope is awaited (deposit services). */
    APPROVED,
    /** 审核不通过: with the reason; the applicant may modify and resubmit, or cancel. */
    REJECTED,
    /** 档案已存入: the envelope arrived with its slip; the archive has its number. */
    DEPOSITED,
    /** 已办结: transfer out or certificate issued. */
    COMPLETED,
    /** 已取消 by the applicant. */
    CANCELLED,
    /** 已失效: no envelope arrived in time. */
    LAPSED;

    private static final Set<DepositStatus> OPEN = Set.of(SUBMITTED, IN_AUDIT, APPROVED, REJECTED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The applicant may still change the application (not yet taken by an auditor, or sent back). */
    public boolean isModifiable() {
        return this == SUBMITTED || this == REJECTED;
    }

    public boolean isCancellable() {
        return isModifiable();
    }

    public String labelKey() {
        return "deposit.status." + name();
    }
}
