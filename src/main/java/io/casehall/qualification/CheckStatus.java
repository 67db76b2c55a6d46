package io.casehall.qualification;

/** What a graduate did with their source data: what the colleges and the office count. */
public enum CheckStatus {
    /** Not yet confirmed and no change asked for (未提交). */
    NOT_SUBMITTED,
    /** Confirmed as correct (确认无误), possibly after direct changes of non-sensitive fields. */
    CONFIRMED,
    /** A sensitive change waits for the college (待审核). */
    CHANGE_PENDING,
    /** The college approved the last change request; the record holds the new values (修改通过). */
    CHANGED,
    /** The college rejected the last change request; the record is unchanged (修改未通过). */
    CHANGE_REJECTED,
    /** The college window closed before the last change request was decided (逾期未审核). */
    CHANGE_EXPIRED
}
