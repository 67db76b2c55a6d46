package io.casehall.creditbank.dashboard;

import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerAchievementStatus;
import io.casehall.creditbank.rule.ConversionRuleRepository;
import io.casehall.creditbank.rule.RuleStatus;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 机构账户中心 (seed 004 §2.1): the service entrances and the account overview — the institution's achievements and
 * its learners' achievements (withdrawn ones left out), in total and per category, and its conversion rules per
 * status, each number a link to its list.
 */
@Controller
class InstitutionDashboardController {

    private final AchievementRepository achievements;
    private final LearnerAchievementRepository learnerAchievements;
    private final ConversionRuleRepository rules;

    InstitutionDashboardController(AchievementRepository achievements, LearnerAchievementRepository learnerAchievements,
                                   ConversionRuleRepository rules) {
        this.achievements = achievements;
        this.learnerAchievements = learnerAchievements;
        this.rules = rules;
    }

    @GetMapping("/institution")
    String dashboard(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        Long institutionId = me.institutionId();
        model.addAttribute("achievementCounts", new Counts(achievements.countByInstitutionId(institutionId),
                achievements.countByInstitutionIdAndCategory(institutionId, AchievementCategory.NON_DEGREE),
                achievements.countByInstitutionIdAndCategory(institutionId, AchievementCategory.DEGREE)));
        Map<AchievementCategory, Long> perCategory = new EnumMap<>(AchievementCategory.class);
        for (Object[] row : learnerAchievements.countPerCategory(institutionId, LearnerAchievementStatus.WITHDRAWN)) {
            perCategory.put((AchievementCategory) row[0], ((Number) row[1]).longValue());
        }
        long nonDegree = perCategory.getOrDefault(AchievementCategory.NON_DEGREE, 0L);
        long degree = perCategory.getOrDefault(AchievementCategory.DEGREE, 0L);
        model.addAttribute("learnerCounts", new Counts(nonDegree + degree, nonDegree, degree));
        Map<RuleStatus, Long> perStatus = new EnumMap<>(RuleStatus.class);
        for (Object[] row : rules.countPerStatus(institutionId)) {
            perStatus.put((RuleStatus) row[0], ((Number) row[1]).longValue());
        }
        long draft = perStatus.getOrDefault(RuleStatus.DRAFT, 0L);
        long published = perStatus.getOrDefault(RuleStatus.PUBLISHED, 0L);
        long withdrawn = perStatus.getOrDefault(RuleStatus.WITHDRAWN, 0L);
        model.addAttribute("ruleCounts", new RuleCounts(draft + published + withdrawn, draft, published, withdrawn));
        return "creditbank/dashboard";
    }

    /** 转换规则: 规则总数 / 未发布 / 已发布 / 下架. */
    record RuleCounts(long total, long draft, long published, long withdrawn) {
    }

    /** 成果总数 / 非学历成果 / 学历成果. */
    record Counts(long total, long nonDegree, long degree) {
    }
}
