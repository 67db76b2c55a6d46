package io.casehall.creditbank.rule;

import io.casehall.creditbank.AchievementCategory;

/**
 * The seed's 转换规则类型: what category of achievement is converted into what. The source achievements must be of
 * the source category, the target major or course of the target category.
 */
public enum ConversionRuleType {
    NON_DEGREE_TO_DEGREE(AchievementCategory.NON_DEGREE, AchievementCategory.DEGREE, "非学历转学历"),
    DEGREE_TO_DEGREE(AchievementCategory.DEGREE, AchievementCategory.DEGREE, "学历转学历"),
    DEGREE_TO_NON_DEGREE(AchievementCategory.DEGREE, AchievementCategory.NON_DEGREE, "学历转非学历"),
    NON_DEGREE_TO_NON_DEGREE(AchievementCategory.NON_DEGREE, AchievementCategory.NON_DEGREE, "非学历转非学历");

    private final AchievementCategory source;
    private final AchievementCategory target;
    private final String label;

    ConversionRuleType(AchievementCategory source, AchievementCategory target, String label) {
        this.source = source;
        this.target = target;
        this.label = label;
    }

    public AchievementCategory source() {
        return source;
    }

    public AchievementCategory target() {
        return target;
    }

    /** The Chinese data value (exports). */
    public String label() {
        return label;
    }

    /** The bundle key of the text users read: creditbank.rule.type.<CONSTANT>. */
    public String messageKey() {
        return "creditbank.rule.type." + name();
    }

    /** The type whose constant name is given, or null (a form's or a filter's value). */
    public static ConversionRuleType named(String value) {
        return java.util.Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst().orElse(null);
    }
}
