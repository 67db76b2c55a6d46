package io.casehall.creditbank;

/** 学历成果 (degree) or 非学历成果 (non-degree), as the seed's 成果类型. */
public enum AchievementCategory {
    DEGREE("学历成果", "Degree achievement"),
    NON_DEGREE("非学历成果", "Non-degree achievement");

    private final String label;
    private final String englishLabel;

    AchievementCategory(String label, String englishLabel) {
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
