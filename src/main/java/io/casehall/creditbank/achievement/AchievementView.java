package io.casehall.creditbank.achievement;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.shared.web.Messages;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** What the details page (成果详情) shows: 成果附属信息 as label/value rows in the seed's order. */
final class AchievementView {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** One line of the details: the label and the value as text. */
    record Row(String label, String value) {
    }

    private AchievementView() {
    }

    static List<Row> attached(Achievement achievement, ZoneId zone, Messages messages) {
        AchievementData data = achievement.data();
        List<Row> rows = new ArrayList<>();
        for (AchievementRules.Field field : AchievementRules.fieldsOf(achievement.getSubtype())) {
            if (field == AchievementRules.Field.NAME || field == AchievementRules.Field.ISSUER
                    || field == AchievementRules.Field.INTRODUCTION) {
                continue;
            }
            Object value = value(data, field);
            String text = value == null ? "" : value.toString();
            String code = AchievementCodes.messageKey(text);
            rows.add(new Row(messages.get(field.messageKey(achievement.getSubtype())),
                    code == null ? text : messages.get(code)));
        }
        rows.add(new Row(messages.get("creditbank.achievement.field.STORED_AT"),
                DAY.format(achievement.getCreatedAt().atZone(zone))));
        rows.add(new Row(messages.get("creditbank.achievement.field.INTRODUCTION"), data.introduction()));
        return rows;
    }

    /** A field's value in the data (numbers without trailing zeros, dates yyyy-MM-dd), or null. */
    static Object value(AchievementData data, AchievementRules.Field field) {
        return switch (field) {
            case NAME -> data.name();
            case ISSUER -> data.issuer();
            case LEVEL -> data.level();
            case DISCIPLINE -> data.discipline();
            case MAJOR_CLASS -> data.majorClass();
            case MAJOR -> data.major();
            case MAJOR_CODE -> data.majorCode();
            case CONCLUSION -> data.graduationConclusion();
            case YEARS -> plain(data.studyYears());
            case HOURS -> plain(data.originalHours());
            case CREDITS -> plain(data.originalCredits());
            case MIN_CREDITS -> plain(data.minGraduationCredits());
            case VALID_FROM -> data.validFrom() == null ? null : DAY.format(data.validFrom());
            case INTRODUCTION -> data.introduction();
        };
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
