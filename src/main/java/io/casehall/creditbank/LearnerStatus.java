package io.casehall.creditbank;

/** 账户状态 of a learner: 未激活 until the learner registers in the portal and passes real-name verification. */
public enum LearnerStatus {
    INACTIVE("未激活"),
    ACTIVE("已激活");

    private final String label;

    LearnerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The bundle key of the text users read: creditbank.learnerStatus.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.learnerStatus." + name();
    }
}
