package io.casehall.creditbank.rule;

import java.util.Arrays;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's filters as typed (规则编码, 转换规则类型, 源成果名称, 目标成果名称, 机构, 状态): blanks are null, unknown
 * type or status values are ignored.
 */
public record RuleFilter(String code, ConversionRuleType type, String source, String target, String institution,
                         RuleStatus status) {

    public static RuleFilter of(String code, String type, String source, String target, String institution,
                                String status) {
        return new RuleFilter(clean(code), Arrays.stream(ConversionRuleType.values())
                .filter(t -> t.name().equals(type)).findFirst().orElse(null), clean(source), clean(target),
                clean(institution), Arrays.stream(RuleStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null));
    }

    public static RuleFilter none() {
        return new RuleFilter(null, null, null, null, null, null);
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    public UriComponentsBuilder addTo(UriComponentsBuilder builder) {
        if (code != null) {
            builder.queryParam("code", code);
        }
        if (type != null) {
            builder.queryParam("type", type.name());
        }
        if (source != null) {
            builder.queryParam("source", source);
        }
        if (target != null) {
            builder.queryParam("target", target);
        }
        if (institution != null) {
            builder.queryParam("institution", institution);
        }
        if (status != null) {
            builder.queryParam("status", status.name());
        }
        return builder;
    }
}
