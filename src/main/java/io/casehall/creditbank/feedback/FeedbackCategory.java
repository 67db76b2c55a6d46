package io.casehall.creditbank.feedback;

/** The kind of problem a learner reports (照片错误, 日期错误, …), with the message key of its label. */
public enum FeedbackCategory {
    PHOTO, DATE, IDENTITY, ACHIEVEMENT, OTHER;

    public String labelKey() {
        return "creditbank.feedback.category." + name();
    }
}
