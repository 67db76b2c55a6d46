package io.casehall.creditbank.dashboard;

import io.casehall.creditbank.AchievementCategory;
import io.casehall.creditbank.AchievementRepository;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.LearnerAchievementRepository;
import io.casehall.creditbank.LearnerAchievementStatus;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 机构账户中心 (seed 004 §2.1): the service entrances and the account overview — the institution's achievements and
 * its learners' achievements (withdrawn ones left out), in total and per category, each number a link to its list.
 */
@Controller
class InstitutionDashboardController {

    private final AchievementRepository achievements;
    private final LearnerAchievementRepository learnerAchievements;

    InstitutionDashboardController(AchievementRepository achievements, LearnerAchievementRepository learnerAchievements) {
        this.achievements = achievements;
        this.learnerAchievements = learnerAchievements;
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
        return "creditbank/dashboard";
    }

    /** 成果总数 / 非学历成果 / 学历成果. */
    record Counts(long total, long nonDegree, long degree) {
    }
}
