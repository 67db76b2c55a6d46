package io.casehall.creditbank.conversion.review;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.conversion.ConversionSummaries;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.creditbank.rule.RuleSource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** 转换规则's columns of the approval lists: the rules' source names and targets, read once for a page. */
@Component
class RuleTexts {

    private final ConversionRuleRepository rules;
    private final AchievementRepository achievements;

    RuleTexts(ConversionRuleRepository rules, AchievementRepository achievements) {
        this.rules = rules;
        this.achievements = achievements;
    }

    /** A rule's source names and its target, as the lists show them. */
    record RuleText(String source, String target) {
    }

    /** The texts of the rules, by id (unknown ids left out). */
    Map<Long, RuleText> of(Collection<Long> ruleIds) {
        if (ruleIds.isEmpty()) {
            return Map.of();
        }
        List<ConversionRule> found = rules.findAllById(ruleIds);
        Set<Long> achievementIds = new LinkedHashSet<>();
        for (ConversionRule rule : found) {
            achievementIds.addAll(rule.sourceAchievementIds());
            if (rule.getTargetMajorId() != null) {
                achievementIds.add(rule.getTargetMajorId());
            }
            if (rule.getTargetCourseId() != null) {
                achievementIds.add(rule.getTargetCourseId());
            }
        }
        Map<Long, Achievement> byId = achievements.findAllById(achievementIds).stream()
                .collect(Collectors.toMap(Achievement::getId, Function.identity()));
        Map<Long, RuleText> texts = new LinkedHashMap<>();
        for (ConversionRule rule : found) {
            String source = rule.getSources().stream().map(RuleSource::getAchievementId).map(byId::get)
                    .filter(Objects::nonNull).map(Achievement::getName).collect(Collectors.joining("、"));
            String target = ConversionSummaries.target(byId.get(rule.getTargetMajorId()),
                    byId.get(rule.getTargetCourseId()));
            texts.put(rule.getId(), new RuleText(source, target));
        }
        return texts;
    }
}
