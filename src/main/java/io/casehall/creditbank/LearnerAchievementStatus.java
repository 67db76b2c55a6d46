package io.casehall.creditbank;

/**
 * 成果状态 of a learner's achievement: stored by the institution (机构存储) until the credit bank has recognised the
 * institution's achievement, then kept by the credit bank (学分银行存储); or withdrawn by the institution (已撤回).
 */
public enum LearnerAchievementStatus {
    INSTITUTION_STORED("机构存储", "Stored by the institution"),
    BANK_STORED("学分银行存储", "Stored by the credit bank"),
    WITHDRAWN("已撤回", "Withdrawn");

    private final String label;
    private final String englishLabel;

    LearnerAchievementStatus(String label, String englishLabel) {
        this.label = label;
        this.englishLabel = englishLabel;
    }

    public String label() {
        return label;
    }

    public String englishLabel() {
        return englishLabel;
    }
}
