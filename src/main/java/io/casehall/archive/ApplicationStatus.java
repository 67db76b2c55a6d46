package io.casehall.archive;

/** Processing state the applicant and staff see (处理情况). */
public enum ApplicationStatus {
    SUBMITTED, RETURNED, IN_PROGRESS, PROOFREADING, COMPLETED, REJECTED, CANCELLED;

    public boolean isOpen() {
        return this != COMPLETED && this != REJECTED && this != CANCELLED;
    }
}
