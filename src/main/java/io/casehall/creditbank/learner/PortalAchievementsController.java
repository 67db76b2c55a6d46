package io.casehall.creditbank.learner;

import io.casehall.account.ApplicantPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的学分银行成果 in the applicants' portal: the achievements institutions stored for the signed-in person, through
 * the learner accounts activated with their applicant id — never anyone else's.
 */
@Controller
class PortalAchievementsController {

    private final LearnerAchievements learnerAchievements;

    PortalAchievementsController(LearnerAchievements learnerAchievements) {
        this.learnerAchievements = learnerAchievements;
    }

    @GetMapping("/achievements")
    String mine(@AuthenticationPrincipal ApplicantPrincipal me, Model model) {
        model.addAttribute("achievements", learnerAchievements.ofApplicant(me.applicantId()));
        return "creditbank/portal-achievements";
    }
}
