package io.casehall.creditbank.conversion;

/** An application is pending until its last approval step has decided every learner of it. */
public enum ApplicationStatus {
    PENDING,
    DECIDED
}
