package io.casehall.creditbank;

/** 学历成果 (degree) or 非学历成果 (non-degree), as the seed's 成果类型. */
public enum AchievementCategory {
    DEGREE("学历成果"),
    NON_DEGREE("非学历成果");

    private final String label;

    AchievementCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The bundle key of the text users read: creditbank.category.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.category." + name();
    }
}
