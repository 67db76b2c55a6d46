package io.casehall.creditbank.conversion.records;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.conversion.ConversionSummaries;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The 目标成果 column of conversion lists: each rule's target major and course as one line, read for a page's rules in
 * two queries (rules, then their target achievements) — never one per row.
 */
@Component
public class ConversionTargets {

    private final ConversionRuleRepository rules;
    private final AchievementRepository achievements;
    private final InstitutionRepository institutions;

    ConversionTargets(ConversionRuleRepository rules, AchievementRepository achievements,
                      InstitutionRepository institutions) {
        this.rules = rules;
        this.achievements = achievements;
        this.institutions = institutions;
    }

    /** Institution id → name, for the 接收机构 column. */
    public Map<Long, String> institutionNames(Collection<Long> ids) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        return distinct.isEmpty() ? Map.of() : institutions.findAllById(distinct).stream()
                .collect(Collectors.toMap(Institution::getId, Institution::getName));
    }

    /** Rule id → its target as {@link ConversionSummaries#target} writes it. */
    public Map<Long, String> of(Collection<Long> ruleIds) {
        List<Long> ids = ruleIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ConversionRule> found = rules.findAllById(ids);
        Map<Long, Achievement> byId = achievements.findAllById(found.stream()
                        .flatMap(r -> Stream.of(r.getTargetMajorId(), r.getTargetCourseId()))
                        .filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Achievement::getId, Function.identity()));
        Map<Long, String> targets = new HashMap<>();
        for (ConversionRule rule : found) {
            targets.put(rule.getId(), ConversionSummaries.target(byId.get(rule.getTargetMajorId()),
                    byId.get(rule.getTargetCourseId())));
        }
        return targets;
    }
}
