package io.casehall.account.realname;

/** The life of one real-name request. */
public enum RequestStatus {
    /** Being matched or waiting for a reviewer. */
    PENDING,
    APPROVED,
    REJECTED,
    /** Replaced by a newer submission while pending. */
    SUPERSEDED
}
