package io.casehall.creditbank.achievement;

import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementSubtype;
import io.casehall.shared.security.Actor;
import io.casehall.shared.spreadsheet.ImportDefinition;
import io.casehall.shared.spreadsheet.ImportSink;
import io.casehall.shared.spreadsheet.RowErrors;
import io.casehall.shared.spreadsheet.RowOutcome;
import io.casehall.shared.spreadsheet.SheetColumn;
import io.casehall.shared.spreadsheet.SheetRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The import of one subtype's achievements (the seed: 不同类型成果的导入模板可能不同): degree certificates, courses
 * and non-degree certificates have their own columns, and every template names its subtype in 成果子类型, so a file
 * made for another subtype is refused. Rows are checked by {@link AchievementRules}, as the form is.
 */
final class AchievementImport {

    /** One kind for every subtype, so that the institution's 导入记录 is one list. */
    static final String KIND = "creditbank-achievements";
    static final String SUBTYPE = "subtype";

    private AchievementImport() {
    }

    static ImportDefinition<AchievementData> definition(AchievementSubtype subtype, String defaultIssuer) {
        ImportDefinition.Builder<AchievementData> builder = ImportDefinition.<AchievementData>builder(KIND,
                subtype.label());
        for (AchievementRules.Field field : AchievementRules.fieldsOf(subtype)) {
            String header = field.label(subtype);
            boolean required = AchievementRules.required(subtype, field);
            SheetColumn column = required || field == AchievementRules.Field.ISSUER
                    ? SheetColumn.required(field.key, header) : SheetColumn.optional(field.key, header);
            column = column.hint(hint(field, required)).width(field == AchievementRules.Field.INTRODUCTION ? 40 : 16);
            List<String> choices = AchievementRules.choices(subtype, field);
            if (!choices.isEmpty()) {
                column = column.allowed(choices.toArray(String[]::new));
            }
            if (field == AchievementRules.Field.VALID_FROM) {
                column = column.example("2022-03-01");
            }
            builder.column(column);
            if (field == AchievementRules.Field.NAME) {
                builder.column(SheetColumn.required(SUBTYPE, "成果子类型").allowed(subtype.label())
                        .hint("creditbank.achievement.import.hint.subtype").width(24));
            }
        }
        return builder.parser((row, errors) -> parse(subtype, defaultIssuer, row, errors))
                .uniqueBy(AchievementRules.Field.NAME.key)
                .maxRows(5_000)
                .build();
    }

    private static String hint(AchievementRules.Field field, boolean required) {
        return switch (field) {
            case ISSUER -> "creditbank.achievement.import.hint.issuer";
            case VALID_FROM -> "creditbank.achievement.import.hint.date";
            case YEARS, HOURS, CREDITS, MIN_CREDITS -> "creditbank.achievement.import.hint.number";
            default -> required ? "creditbank.achievement.import.hint.required" : "";
        };
    }

    static AchievementData parse(AchievementSubtype subtype, String defaultIssuer, SheetRow row, RowErrors errors) {
        String typed = row.text(SUBTYPE);
        if (typed.isEmpty()) {
            errors.add("creditbank.achievement.error.required",
                    new DefaultMessageSourceResolvable(new String[] {"creditbank.achievement.col.subtype"}, "成果子类型"));
        } else if (!typed.replace('(', '（').replace(')', '）').replaceAll("\\s", "").equals(subtype.label())) {
            errors.add("creditbank.achievement.import.otherSubtype", typed, subtype.label());
        }
        return AchievementRules.parse(subtype, field -> {
            String text = row.text(field.key);
            return field == AchievementRules.Field.ISSUER && text.isEmpty() ? defaultIssuer : text;
        }, (field, key, args) -> errors.add(key, args));
    }

    /** Stores each accepted row; a name the institution already has (or an earlier row had) is refused. */
    static final class Sink implements ImportSink<AchievementData> {

        private final long institutionId;
        private final InstitutionAchievements achievements;
        private final Actor actor;
        private final Set<String> names = new HashSet<>();

        Sink(long institutionId, InstitutionAchievements achievements, Actor actor) {
            this.institutionId = institutionId;
            this.achievements = achievements;
            this.actor = actor;
        }

        @Override
        public RowOutcome apply(AchievementData row, RowErrors errors) {
            if (names.contains(row.name()) || achievements.nameTaken(institutionId, row.name())) {
                errors.add("creditbank.achievement.error.nameTaken", row.name());
                return RowOutcome.REFUSED;
            }
            achievements.save(institutionId, row, actor);
            names.add(row.name());
            return RowOutcome.IMPORTED;
        }
    }
}
