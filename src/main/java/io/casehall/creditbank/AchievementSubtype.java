package io.casehall.creditbank;

/**
 * The seed's 成果子类型, each under its category. Certificates of degree education carry a major, a graduation
 * conclusion and years of study; courses carry hours and credits; non-degree certificates a level.
 */
public enum AchievementSubtype {
    VOCATIONAL_CERTIFICATE(AchievementCategory.DEGREE, "职业教育学历证书"),
    HIGHER_CERTIFICATE(AchievementCategory.DEGREE, "普通高等教育学历证书"),
    CONTINUING_CERTIFICATE(AchievementCategory.DEGREE, "高等学历继续教育证书"),
    VOCATIONAL_COURSE(AchievementCategory.DEGREE, "职业教育学历课程"),
    HIGHER_COURSE(AchievementCategory.DEGREE, "普通高等教育学历课程"),
    CONTINUING_COURSE(AchievementCategory.DEGREE, "高等学历继续教育课程"),
    SKILL_LEVEL_X(AchievementCategory.NON_DEGREE, "职业技能等级证书（X证书）"),
    SKILL_LEVEL_MOHRSS(AchievementCategory.NON_DEGREE, "职业技能等级证书（人社部）"),
    NATIONAL_QUALIFICATION(AchievementCategory.NON_DEGREE, "国家职业资格证书"),
    OTHER_NON_DEGREE(AchievementCategory.NON_DEGREE, "其他非学历证书");

    private final AchievementCategory category;
    private final String label;

    AchievementSubtype(AchievementCategory category, String label) {
        this.category = category;
        this.label = label;
    }

    public AchievementCategory category() {
        return category;
    }

    public String label() {
        return label;
    }

    /** The bundle key of the text users read: creditbank.subtype.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.subtype." + name();
    }

    public boolean isCourse() {
        return this == VOCATIONAL_COURSE || this == HIGHER_COURSE || this == CONTINUING_COURSE;
    }

    public boolean isDegreeCertificate() {
        return category == AchievementCategory.DEGREE && !isCourse();
    }
}
