package io.casehall.creditbank.feedback;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 反馈问题 in the portal: a learner's feedback on one of their own achievements, and their feedback with replies. */
@Controller
class PortalFeedbackController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final String SUBMISSION = "cb-feedback";

    private final AchievementFeedbacks feedbacks;
    private final SubmissionTokens tokens;
    private final Messages messages;
    private final Clock clock;

    PortalFeedbackController(AchievementFeedbacks feedbacks, SubmissionTokens tokens, Messages messages, Clock clock) {
        this.feedbacks = feedbacks;
        this.tokens = tokens;
        this.messages = messages;
        this.clock = clock;
    }

    record Row(String achievementName, String category, String content, String time, FeedbackStatus status,
               String reply, String repliedAt) {
    }

    @GetMapping("/achievements/feedback")
    String mine(@AuthenticationPrincipal ApplicantPrincipal principal, Model model) {
        List<Row> rows = feedbacks.ofApplicant(principal.applicantId()).stream()
                .map(f -> new Row(f.getAchievementName(), messages.get(f.getCategory().labelKey()), f.getContent(),
                        TIME.withZone(clock.getZone()).format(f.getCreatedAt()), f.getStatus(), f.getReply(),
                        f.getRepliedAt() == null ? null : TIME.withZone(clock.getZone()).format(f.getRepliedAt())))
                .toList();
        model.addAttribute("feedbacks", rows);
        return "creditbank/feedback/mine";
    }

    @GetMapping("/achievements/{learnerAchievementId}/feedback")
    String form(@AuthenticationPrincipal ApplicantPrincipal principal,
                @PathVariable("learnerAchievementId") String learnerAchievementId, Model model) {
        model.addAttribute("own", feedbacks.ownAchievement(principal.applicantId(), id(learnerAchievementId)));
        model.addAttribute("categories", FeedbackCategory.values());
        if (!model.containsAttribute("submissionKey")) {
            model.addAttribute("submissionKey", tokens.issue());
        }
        return "creditbank/feedback/form";
    }

    @PostMapping("/achievements/{learnerAchievementId}/feedback")
    String submit(@AuthenticationPrincipal ApplicantPrincipal principal,
                  @PathVariable("learnerAchievementId") String learnerAchievementId,
                  @RequestParam(name = "category", required = false) String category,
                  @RequestParam(name = "content", required = false) String content,
                  @RequestParam(name = "submissionKey", required = false) String submissionKey,
                  RedirectAttributes redirect) {
        Long id = id(learnerAchievementId);
        try {
            if (!SubmissionTokens.wellFormed(submissionKey)) {
                // A client that is not this page gets no double-submit protection.
                feedbacks.submit(principal.applicantId(), id, category(category), content);
            } else {
                SubmissionTokens.Outcome outcome = tokens.once(principal, SUBMISSION, submissionKey,
                        () -> String.valueOf(feedbacks.submit(principal.applicantId(), id, category(category),
                                content).getId()));
                if (outcome.status() == SubmissionTokens.Status.STILL_RUNNING) {
                    redirect.addFlashAttribute("okMessage", messages.get("creditbank.feedback.busy"));
                    return "redirect:/achievements/feedback";
                }
            }
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("errorMessage", messages.get(e));
            redirect.addFlashAttribute("category", category);
            redirect.addFlashAttribute("content", content);
            if (!"form.expired".equals(e.messageKey()) && SubmissionTokens.wellFormed(submissionKey)) {
                redirect.addFlashAttribute("submissionKey", submissionKey);
            }
            return "redirect:/achievements/" + id + "/feedback";
        }
        redirect.addFlashAttribute("okMessage", messages.get("creditbank.feedback.submitted"));
        return "redirect:/achievements/feedback";
    }

    private static FeedbackCategory category(String value) {
        if (value == null) {
            return null;
        }
        try {
            return FeedbackCategory.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Long id(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notAnId) {
            throw new NotFoundException();
        }
    }
}
