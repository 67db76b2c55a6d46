package io.casehall.creditbank;

/**
 * 成果状态 of a learner's achievement: stored by the institution (机构存储) until the credit bank has recognised the
 * institution's achievement, then kept by the credit bank (学分银行存储); or withdrawn by the institution (已撤回).
 */
public enum LearnerAchievementStatus {
    INSTITUTION_STORED("机构存储"),
    BANK_STORED("学分银行存储"),
    WITHDRAWN("已撤回");

    private final String label;

    LearnerAchievementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The bundle key of the text users read: creditbank.learnerAchievementStatus.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.learnerAchievementStatus." + name();
    }
}
