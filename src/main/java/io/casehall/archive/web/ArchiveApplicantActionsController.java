package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.ApplicantActions;
import io.casehall.archive.ApplicationStatus;
import io.casehall.archive.ApplicationView;
import io.casehall.archive.ArchiveService;
import io.casehall.archive.EmailRequest;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.SubmissionTokens;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's one-click actions on an application — pay, e-mail the PDFs, rate — and the 服务评价 page. */
@Controller
@RequestMapping("/apply/archive")
class ArchiveApplicantActionsController {

    private static final String BASE = ArchiveApplicantPages.BASE;
    private static final String TOKEN_FIELD = ArchiveApplicantPages.TOKEN_FIELD;

    private final ArchiveService archive;
    private final ApplicantActions actions;
    private final Messages messages;
    private final ArchiveApplicantPages pages;

    ArchiveApplicantActionsController(ArchiveService archive, ApplicantActions actions, Messages messages,
                                      ArchiveApplicantPages pages) {
        this.archive = archive;
        this.actions = actions;
        this.messages = messages;
        this.pages = pages;
    }

    @PostMapping("/applications/{id}/pay")
    String pay(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
               @RequestParam(name = TOKEN_FIELD, required = false) String token, RedirectAttributes redirect) {
        return pages.act(applicant, id, "archive-pay", token, redirect, () -> {
            actions.markPaid(applicant, id);
            return messages.get("archiveweb.pay.done");
        });
    }

    @PostMapping("/applications/{id}/email")
    String email(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                 @RequestParam(name = "address", required = false) String address,
                 @RequestParam(name = "pdfIds", required = false) List<String> pdfIds,
                 @RequestParam(name = "requestKey", required = false) String requestKey,
                 RedirectAttributes redirect) {
        redirect.addFlashAttribute("emailAddress", address);
        if (!SubmissionTokens.wellFormed(requestKey)) {
            redirect.addFlashAttribute("errorMessage", messages.get("archive.error.formExpired"));
            return "redirect:" + BASE + id;
        }
        return pages.act(applicant, id, "archive-email", requestKey, redirect, () -> {
            EmailRequest request = actions.requestEmail(applicant, id, address, pdfIdsOf(pdfIds),
                    requestKey);
            return messages.get("archiveweb.email.done", request.getAddress());
        });
    }

    @PostMapping("/applications/{id}/rating")
    String rate(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                @RequestParam(name = "stars", required = false) String stars,
                @RequestParam(name = "comment", required = false) String comment,
                @RequestParam(name = "back", required = false) String back,
                @RequestParam(name = TOKEN_FIELD, required = false) String token, RedirectAttributes redirect) {
        redirect.addFlashAttribute("ratingComment", comment);
        redirect.addFlashAttribute("ratingFor", id);
        String target = pages.act(applicant, id, "archive-rating", token, redirect, () -> {
            actions.rate(applicant, id, parseStars(stars), comment);
            return messages.get("archiveweb.rating.done");
        });
        return "ratings".equals(back) ? "redirect:/apply/archive/ratings" : target;
    }

    /** 服务评价: finished applications with their rating, or the form to give one. */
    @GetMapping("/ratings")
    String ratings(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        List<ApplicationView> finished = archive.myApplications(applicant.applicantId()).stream()
                .filter(view -> view.application().getStatus() == ApplicationStatus.COMPLETED).toList();
        model.addAttribute("toRate", finished.stream().filter(ApplicationView::canRate).toList());
        model.addAttribute("rated", finished.stream().filter(view -> view.rating() != null).toList());
        return "archive/ratings";
    }

    /** The ticked PDFs; a value that is no PDF id of any page counts as none ticked (the form says so). */
    private static List<Long> pdfIdsOf(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                ids.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException notAnId) {
                return List.of();
            }
        }
        return ids;
    }

    private static Integer parseStars(String stars) {
        try {
            return stars == null ? null : Integer.valueOf(stars.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
