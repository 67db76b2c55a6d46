package io.casehall.creditbank;

/**
 * The seed's 成果子类型, each under its category. Certificates of degree education carry a major, a graduation
 * conclusion and years of study; courses carry hours and credits; non-degree certificates a level.
 */
public enum AchievementSubtype {
    VOCATIONAL_CERTIFICATE(AchievementCategory.DEGREE, "职业教育学历证书", "Vocational education certificate"),
    HIGHER_CERTIFICATE(AchievementCategory.DEGREE, "普通高等教育学历证书", "General higher education certificate"),
    CONTINUING_CERTIFICATE(AchievementCategory.DEGREE, "高等学历继续教育证书", "Continuing higher education certificate"),
    VOCATIONAL_COURSE(AchievementCategory.DEGREE, "职业教育学历课程", "Vocational education course"),
    HIGHER_COURSE(AchievementCategory.DEGREE, "普通高等教育学历课程", "General higher education course"),
    CONTINUING_COURSE(AchievementCategory.DEGREE, "高等学历继续教育课程", "Continuing higher education course"),
    SKILL_LEVEL_X(AchievementCategory.NON_DEGREE, "职业技能等级证书（X证书）", "Vocational skill level certificate (1+X)"),
    SKILL_LEVEL_MOHRSS(AchievementCategory.NON_DEGREE, "职业技能等级证书（人社部）", "Vocational skill level certificate (MOHRSS)"),
    NATIONAL_QUALIFICATION(AchievementCategory.NON_DEGREE, "国家职业资格证书", "National vocational qualification"),
    OTHER_NON_DEGREE(AchievementCategory.NON_DEGREE, "其他非学历证书", "Other non-degree certificate");

    private final AchievementCategory category;
    private final String label;
    private final String englishLabel;

    AchievementSubtype(AchievementCategory category, String label, String englishLabel) {
        this.category = category;
        this.label = label;
        this.englishLabel = englishLabel;
    }

    public AchievementCategory category() {
        return category;
    }

    public String label() {
        return label;
    }

    public String englishLabel() {
        return englishLabel;
    }

    public boolean isCourse() {
        return this == VOCATIONAL_COURSE || this == HIGHER_COURSE || this == CONTINUING_COURSE;
    }

    public boolean isDegreeCertificate() {
        return category == AchievementCategory.DEGREE && !isCourse();
    }
}
