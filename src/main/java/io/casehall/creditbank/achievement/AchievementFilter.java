package io.casehall.creditbank.achievement;

import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementSubtype;
import java.util.Arrays;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filters as typed: 成果名称 (contains), 成果类型, 成果子类型. Unknown values (a hand-edited address) are
 * ignored rather than refused.
 */
public record AchievementFilter(String name, AchievementCategory category, AchievementSubtype subtype) {

    public static AchievementFilter of(String name, String category, String subtype) {
        String trimmed = name == null ? null : name.strip();
        return new AchievementFilter(trimmed == null || trimmed.isEmpty() ? null : trimmed,
                Arrays.stream(AchievementCategory.values()).filter(c -> c.name().equals(category)).findFirst()
                        .orElse(null),
                Arrays.stream(AchievementSubtype.values()).filter(s -> s.name().equals(subtype)).findFirst()
                        .orElse(null));
    }

    /** Adds the filters to an address (for the pager, the export's way back, the code's way back). */
    UriComponentsBuilder addTo(UriComponentsBuilder builder) {
        if (name != null) {
            builder.queryParam("name", name);
        }
        if (category != null) {
            builder.queryParam("category", category.name());
        }
        if (subtype != null) {
            builder.queryParam("subtype", subtype.name());
        }
        return builder;
    }
}
