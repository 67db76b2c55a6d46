package io.casehall.creditbank.feedback;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 问题反馈管理: the institution's feedback list (filters of the seed), one feedback and its 去处理 form. */
@Controller
class InstitutionFeedbackController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AchievementFeedbacks feedbacks;
    private final Masking masking;
    private final Messages messages;
    private final Clock clock;

    InstitutionFeedbackController(AchievementFeedbacks feedbacks, Masking masking, Messages messages, Clock clock) {
        this.feedbacks = feedbacks;
        this.masking = masking;
        this.messages = messages;
        this.clock = clock;
    }

    record Row(long number, Long id, String learnerName, String idNumber, String achievementName, String content,
               String day, FeedbackStatus status) {
    }

    @GetMapping("/institution/feedback")
    String list(@AuthenticationPrincipal InstitutionPrincipal me,
                @RequestParam(name = "from", required = false) String from,
                @RequestParam(name = "to", required = false) String to,
                @RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        FeedbackStatus wanted = status(status);
        if ((from != null && !from.isBlank() && fromDay == null) || (to != null && !to.isBlank() && toDay == null)) {
            model.addAttribute("errorMessage", messages.get("creditbank.feedback.badDate"));
        }
        Page<Feedback> found = feedbacks.search(me, fromDay, toDay, wanted, page);
        long first = (long) found.getNumber() * found.getSize();
        List<Row> rows = new java.util.ArrayList<>();
        int i = 0;
        for (Feedback f : found.getContent()) {
            rows.add(new Row(first + (++i), f.getId(), f.getLearnerName(), masking.idNumber(f.getIdNumber()),
                    f.getAchievementName(), f.getContent(), DAY.withZone(clock.getZone()).format(f.getCreatedAt()),
                    f.getStatus()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("page", found);
        model.addAttribute("from", fromDay == null ? "" : fromDay.toString());
        model.addAttribute("to", toDay == null ? "" : toDay.toString());
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("statuses", FeedbackStatus.values());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/institution/feedback");
        if (fromDay != null) {
            base.queryParam("from", fromDay);
        }
        if (toDay != null) {
            base.queryParam("to", toDay);
        }
        if (wanted != null) {
            base.queryParam("status", wanted.name());
        }
        model.addAttribute("baseUrl", base.toUriString());
        return "creditbank/feedback/list";
    }

    @GetMapping("/institution/feedback/{id}")
    String show(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("id") String id, Model model) {
        Feedback feedback = feedbacks.find(me, id(id));
        model.addAttribute("feedback", feedback);
        model.addAttribute("idNumber", masking.idNumber(feedback.getIdNumber()));
        model.addAttribute("category", messages.get(feedback.getCategory().labelKey()));
        model.addAttribute("createdAt", TIME.withZone(clock.getZone()).format(feedback.getCreatedAt()));
        model.addAttribute("repliedAt", feedback.getRepliedAt() == null ? null
                : TIME.withZone(clock.getZone()).format(feedback.getRepliedAt()));
        return "creditbank/feedback/show";
    }

    @PostMapping("/institution/feedback/{id}/answer")
    String answer(@AuthenticationPrincipal InstitutionPrincipal me, @PathVariable("id") String id,
                  @RequestParam(name = "outcome", required = false) String outcome,
                  @RequestParam(name = "reply", required = false) String reply, RedirectAttributes redirect) {
        Long feedbackId = id(id);
        try {
            feedbacks.answer(me, feedbackId, status(outcome), reply);
            redirect.addFlashAttribute("okMessage", messages.get("creditbank.feedback.answered"));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("errorMessage", messages.get(e));
            redirect.addFlashAttribute("outcome", outcome);
            redirect.addFlashAttribute("reply", reply);
        }
        return "redirect:/institution/feedback/" + feedbackId;
    }

    private static FeedbackStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return FeedbackStatus.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException bad) {
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
