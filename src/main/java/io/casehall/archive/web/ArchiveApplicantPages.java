package io.casehall.archive.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.archive.ApplicationView;
import io.casehall.archive.ArchiveService;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import io.casehall.shared.web.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the 我的申请 controllers share: the application page's model, and running an action once per form token. */
@Component
class ArchiveApplicantPages {

    static final String BASE = "/apply/archive/applications/";
    /** The hidden field with the form's one-time token (the e-mail form calls it requestKey). */
    static final String TOKEN_FIELD = "submissionKey";

    private final ArchiveService archive;
    private final SubmissionTokens tokens;
    private final Messages messages;
    private final StaffNames staffNames;

    ArchiveApplicantPages(ArchiveService archive, SubmissionTokens tokens, Messages messages, StaffNames staffNames) {
        this.archive = archive;
        this.tokens = tokens;
        this.messages = messages;
        this.staffNames = staffNames;
    }

    /** Runs an action once per form token; its refusal (or a concurrent double click) becomes the page's message. */
    String act(ApplicantPrincipal applicant, Long id, String purpose, String token, RedirectAttributes redirect,
               Supplier<String> action) {
        try {
            redirect.addFlashAttribute("okMessage", once(applicant, purpose, token, action));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("errorMessage", messages.get(e));
        } catch (OptimisticLockingException | OptimisticLockingFailureException concurrent) {
            redirect.addFlashAttribute("errorMessage", messages.get("archiveweb.error.busy"));
        }
        return "redirect:" + BASE + id;
    }

    /**
     * The action's message, from this run or — the same form sent again — from the run its token had. A request
     * without a token (not from these pages) just runs: the service refuses what was done already.
     */
    String once(ApplicantPrincipal applicant, String purpose, String token, Supplier<String> action) {
        if (token == null || token.isEmpty()) {
            return action.get();
        }
        SubmissionTokens.Outcome outcome = tokens.once(applicant, purpose, token, action);
        return outcome.status() == SubmissionTokens.Status.STILL_RUNNING ? messages.get("archiveweb.error.busy")
                : outcome.value();
    }

    /** The application page (archive/application) for one of the applicant's applications. */
    String detailPage(ApplicantPrincipal applicant, Long id, Model model) {
        ApplicationView view = archive.myApplication(applicant.applicantId(), id);
        model.addAttribute("view", view);
        model.addAttribute("handlers", handlerNames(List.of(view)));
        model.addAttribute("emailRequestKey", tokens.issue());
        if (!model.containsAttribute("correctKept")) {
            model.addAttribute("correctKept", Map.of());
            model.addAttribute("correctErrors", Map.of());
        }
        return "archive/application";
    }

    /** 处理人: staff user ids to the names staff are known by. */
    Map<String, String> handlerNames(List<ApplicationView> views) {
        return staffNames.of(views.stream().map(view -> view.application().getHandler()).toList());
    }
}
