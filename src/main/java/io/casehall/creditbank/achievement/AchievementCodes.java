package io.casehall.creditbank.achievement;

import java.util.List;

/** The closed lists of the achievement form and import: 层次, 毕业结论 and the non-degree 等级. */
public final class AchievementCodes {

    /** 层次 of degree certificates. */
    public static final List<String> LEVELS = List.of("中职", "高职（专科）", "职业教育本科", "本科", "硕士研究生", "博士研究生");

    /** 毕业结论 of degree certificates. */
    public static final List<String> GRADUATION_CONCLUSIONS = List.of("毕业", "结业", "肄业");

    /** 等级/层次 of non-degree certificates. */
    public static final List<String> NON_DEGREE_LEVELS = List.of("初级", "中级", "高级", "一级", "二级", "三级", "四级",
            "五级");

    private AchievementCodes() {
    }

    /**
     * The bundle key of a value of these lists as users read it (creditbank.achievement.code.<list>.<index>); the value
     * itself is the data stored, written in the import template and exported. Null for a value of no list.
     */
    public static String messageKey(String value) {
        if (value == null) {
            return null;
        }
        if (LEVELS.contains(value)) {
            return "creditbank.achievement.code.level." + LEVELS.indexOf(value);
        }
        if (GRADUATION_CONCLUSIONS.contains(value)) {
            return "creditbank.achievement.code.conclusion." + GRADUATION_CONCLUSIONS.indexOf(value);
        }
        return NON_DEGREE_LEVELS.contains(value)
                ? "creditbank.achievement.code.grade." + NON_DEGREE_LEVELS.indexOf(value) : null;
    }
}
