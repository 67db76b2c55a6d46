package io.casehall.creditbank;

/** 账户状态 of a learner: 未激活 until the learner registers in the portal and passes real-name verification. */
public enum LearnerStatus {
    INACTIVE("未激活", "Not activated"),
    ACTIVE("已激活", "Activated");

    private final String label;
    private final String englishLabel;

    LearnerStatus(String label, String englishLabel) {
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
