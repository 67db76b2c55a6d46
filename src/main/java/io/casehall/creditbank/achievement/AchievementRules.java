package io.casehall.creditbank.achievement;

import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementSubtype;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one set of rules for an achievement typed in the form or read from an import row: which fields the subtype
 * requires, the closed lists, lengths and number ranges. Problems are reported per field as message keys whose
 * first argument is the field's name (resolved from the bundle in the user's language), so the form shows them under
 * the field and the import in the row's reasons.
 */
final class AchievementRules {

    /**
     * The form's and the import's fields: a key (form property, import column key) and the Chinese label, which is
     * the import template's column header. What users read on pages is the bundle text of {@link #messageKey}.
     */
    enum Field {
        NAME("name", "成果名称", 100),
        ISSUER("issuer", "颁证机构", 100),
        LEVEL("level", "层次", 32),
        DISCIPLINE("discipline", "学科门类", 64),
        MAJOR_CLASS("majorClass", "专业类", 64),
        MAJOR("major", "专业", 100),
        MAJOR_CODE("majorCode", "专业代码", 16),
        CONCLUSION("graduationConclusion", "毕业结论", 32),
        YEARS("studyYears", "学制（年）", 0),
        HOURS("originalHours", "原始学时", 0),
        CREDITS("originalCredits", "原始学分", 0),
        MIN_CREDITS("minGraduationCredits", "最低毕业学分", 0),
        VALID_FROM("validFrom", "有效期起始时间", 0),
        INTRODUCTION("introduction", "成果简介", 2000);

        final String key;
        final String label;
        final int maxLength;

        Field(String key, String label, int maxLength) {
            this.key = key;
            this.label = label;
            this.maxLength = maxLength;
        }

        /** The label for this subtype: non-degree certificates call their level 等级/层次. */
        String label(AchievementSubtype subtype) {
            return this == LEVEL && !subtype.isDegreeCertificate() ? "等级/层次" : label;
        }

        /** The bundle key of the field's name for this subtype: creditbank.achievement.field.<FIELD>. */
        String messageKey(AchievementSubtype subtype) {
            return "creditbank.achievement.field."
                    + (this == LEVEL && !subtype.isDegreeCertificate() ? "LEVEL_NON_DEGREE" : name());
        }

        /** The field's name as a message argument, resolved in the user's language (the label if no key). */
        MessageSourceResolvable displayName(AchievementSubtype subtype) {
            return new DefaultMessageSourceResolvable(new String[] {messageKey(subtype)}, label(subtype));
        }
    }

    /** Where a problem goes: the field, a message key and its arguments (the first is the field's name). */
    @FunctionalInterface
    interface Problems {
        void add(Field field, String messageKey, Object... args);
    }

    private AchievementRules() {
    }

    /** Fields the subtype shows, in form order. */
    static List<Field> fieldsOf(AchievementSubtype subtype) {
        if (subtype.isDegreeCertificate()) {
            return List.of(Field.NAME, Field.ISSUER, Field.LEVEL, Field.DISCIPLINE, Field.MAJOR_CLASS, Field.MAJOR,
                    Field.MAJOR_CODE, Field.CONCLUSION, Field.YEARS, Field.HOURS, Field.CREDITS, Field.MIN_CREDITS,
                    Field.VALID_FROM, Field.INTRODUCTION);
        }
        if (subtype.isCourse()) {
            return List.of(Field.NAME, Field.ISSUER, Field.HOURS, Field.CREDITS, Field.VALID_FROM, Field.INTRODUCTION);
        }
        return List.of(Field.NAME, Field.ISSUER, Field.LEVEL, Field.VALID_FROM, Field.INTRODUCTION);
    }

    static boolean required(AchievementSubtype subtype, Field field) {
        return switch (field) {
            case NAME, ISSUER, INTRODUCTION -> true;
            case LEVEL -> !subtype.isCourse();
            case DISCIPLINE, MAJOR, CONCLUSION, YEARS, MIN_CREDITS -> subtype.isDegreeCertificate();
            case HOURS, CREDITS -> subtype.isCourse();
            default -> false;
        };
    }

    /** The closed list of a field for the subtype, or an empty list. */
    static List<String> choices(AchievementSubtype subtype, Field field) {
        if (field == Field.LEVEL) {
            return subtype.isDegreeCertificate() ? AchievementCodes.LEVELS : AchievementCodes.NON_DEGREE_LEVELS;
        }
        return field == Field.CONCLUSION ? AchievementCodes.GRADUATION_CONCLUSIONS : List.of();
    }

    /**
     * Reads the fields of the subtype from {@code text} (blank = null); fields the subtype does not have stay null.
     * Every problem goes to {@code problems}; the data returned is meaningful only when there were none.
     */
    static AchievementData parse(AchievementSubtype subtype, Function<Field, String> text, Problems problems) {
        List<Field> fields = fieldsOf(subtype);
        java.util.Map<Field, String> values = new java.util.EnumMap<>(Field.class);
        for (Field field : fields) {
            String value = text.apply(field);
            value = value == null ? null : value.strip();
            if (value != null && value.isEmpty()) {
                value = null;
            }
            MessageSourceResolvable label = field.displayName(subtype);
            if (value == null) {
                if (required(subtype, field)) {
                    problems.add(field, "creditbank.achievement.error.required", label);
                }
                continue;
            }
            if (field.maxLength > 0 && value.codePointCount(0, value.length()) > field.maxLength) {
                problems.add(field, "creditbank.achievement.error.tooLong", label, field.maxLength);
                continue;
            }
            List<String> choices = choices(subtype, field);
            if (!choices.isEmpty() && !choices.contains(value)) {
                problems.add(field, "creditbank.achievement.error.oneOf", label, value, String.join("、", choices));
                continue;
            }
            values.put(field, value);
        }
        if (values.containsKey(Field.MAJOR_CODE) && !values.get(Field.MAJOR_CODE).matches("[0-9A-Za-z]{2,16}")) {
            problems.add(Field.MAJOR_CODE, "creditbank.achievement.error.majorCode",
                    Field.MAJOR_CODE.displayName(subtype));
        }
        BigDecimal years = number(subtype, Field.YEARS, values, new BigDecimal("0.5"), new BigDecimal("10"), problems);
        BigDecimal hours = number(subtype, Field.HOURS, values, BigDecimal.ZERO, new BigDecimal("99999"), problems);
        BigDecimal credits = number(subtype, Field.CREDITS, values, BigDecimal.ZERO, new BigDecimal("9999"), problems);
        BigDecimal minCredits = number(subtype, Field.MIN_CREDITS, values, BigDecimal.ZERO, new BigDecimal("9999"),
                problems);
        LocalDate validFrom = null;
        if (values.containsKey(Field.VALID_FROM)) {
            validFrom = date(values.get(Field.VALID_FROM));
            if (validFrom == null) {
                problems.add(Field.VALID_FROM, "creditbank.achievement.error.date",
                        Field.VALID_FROM.displayName(subtype), values.get(Field.VALID_FROM));
            }
        }
        return new AchievementData(values.get(Field.NAME), subtype, values.get(Field.ISSUER), values.get(Field.LEVEL),
                values.get(Field.DISCIPLINE), values.get(Field.MAJOR_CLASS), values.get(Field.MAJOR),
                values.get(Field.MAJOR_CODE), values.get(Field.CONCLUSION), years, hours, credits, minCredits,
                validFrom, values.get(Field.INTRODUCTION));
    }

    /** A number with at most one decimal place within [min, max]. */
    private static BigDecimal number(AchievementSubtype subtype, Field field, java.util.Map<Field, String> values,
                                     BigDecimal min, BigDecimal max, Problems problems) {
        String text = values.get(field);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", "")).stripTrailingZeros();
            if (value.scale() > 1 || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                problems.add(field, "creditbank.achievement.error.range", field.displayName(subtype), text,
                        min.toPlainString(), max.toPlainString());
                return null;
            }
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            problems.add(field, "creditbank.achievement.error.number", field.displayName(subtype), text);
            return null;
        }
    }

    /** yyyy-MM-dd (the form's date field), also 2022/3/1 and 2022.3.1 as typed in a spreadsheet. */
    static LocalDate date(String text) {
        String normalized = text.strip().replace('/', '-').replace('.', '-');
        String[] parts = normalized.split("-");
        try {
            if (parts.length == 3) {
                LocalDate date = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]));
                return date.getYear() < 1900 || date.getYear() > 2199 ? null : date;
            }
            return null;
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }
}
