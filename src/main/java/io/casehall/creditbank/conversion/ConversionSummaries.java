package io.casehall.creditbank.conversion;

import io.casehall.creditbank.Achievement;
import io.casehall.creditbank.AchievementData;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionRepository;
import io.casehall.creditbank.rule.ConversionRule;
import io.casehall.creditbank.rule.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * A rule in a few words, as the approver reads it in Tasklist's form and the records show it: the source
 * achievements with their institution and credit-bank credits, then the target major and course. Chinese: it is
 * stored with the process instance, which Tasklist shows as is.
 */
@Component
public class ConversionSummaries {

    private final AchievementRepository achievements;
    private final InstitutionRepository institutions;

    ConversionSummaries(AchievementRepository achievements, InstitutionRepository institutions) {
        this.achievements = achievements;
        this.institutions = institutions;
    }

    public String of(ConversionRule rule) {
        Map<Long, Achievement> byId = achievements.findAllById(Stream.concat(rule.sourceAchievementIds().stream(),
                        Stream.of(rule.getTargetMajorId(), rule.getTargetCourseId())).filter(id -> id != null).toList())
                .stream().collect(Collectors.toMap(Achievement::getId, Function.identity()));
        Map<Long, String> names = institutions.findAllById(byId.values().stream().map(Achievement::getInstitutionId)
                .distinct().toList()).stream().collect(Collectors.toMap(Institution::getId, Institution::getName));
        List<String> lines = new ArrayList<>();
        for (RuleSource source : rule.getSources()) {
            Achievement a = byId.get(source.getAchievementId());
            lines.add("源成果：" + a.getName() + "（" + names.get(a.getInstitutionId()) + "，学分银行学分 "
                    + source.getCredits().stripTrailingZeros().toPlainString() + "）");
        }
        lines.add("目标成果：" + target(byId.get(rule.getTargetMajorId()), byId.get(rule.getTargetCourseId())));
        return String.join("\n", lines);
    }

    /** The target as one line: 专业 and/or 课程 (with their original hours and credits). */
    public static String target(Achievement major, Achievement course) {
        List<String> parts = new ArrayList<>();
        if (major != null) {
            AchievementData m = major.data();
            parts.add("专业 " + major.getName() + (m.major() == null ? ""
                    : "（" + m.major() + (m.majorCode() == null ? "" : " " + m.majorCode()) + "）"));
        }
        if (course != null) {
            AchievementData c = course.data();
            parts.add("课程 " + course.getName() + (c.originalCredits() == null ? ""
                    : "（原始学分 " + c.originalCredits().stripTrailingZeros().toPlainString() + "）"));
        }
        return String.join("；", parts);
    }
}
