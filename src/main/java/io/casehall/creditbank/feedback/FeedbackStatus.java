package io.casehall.creditbank.feedback;

/** 解决状态 of a feedback, with the message key of its label. */
public enum FeedbackStatus {
    UNRESOLVED, RESOLVED, REJECTED;

    public String labelKey() {
        return "creditbank.feedback.status." + name();
    }
}
