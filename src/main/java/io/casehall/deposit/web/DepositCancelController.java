package io.casehall.deposit.web;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositService;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import io.casehall.shared.web.UserFacingException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 取消: a page saying what cancelling means, then the POST, which needs the ticked confirmation ({@code confirm=yes},
 * as every confirmed action of 我的办件) and runs once per form token.
 */
@Controller
@RequestMapping(DepositUrls.APPLICATIONS + "/{id}/cancel")
class DepositCancelController {

    static final String PURPOSE = "deposit-cancel";

    private final DepositService deposits;
    private final SubmissionTokens tokens;
    private final Messages messages;

    DepositCancelController(DepositService deposits, SubmissionTokens tokens, Messages messages) {
        this.deposits = deposits;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String confirmation(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id, Model model,
                        RedirectAttributes redirect) {
        DepositApplication application = deposits.findOwned(applicant.applicantId(), id);
        if (!application.getStatus().isCancellable()) {
            redirect.addFlashAttribute("errorMessage", messages.get("deposit.error.notCancellable", application.getNumber()));
            return "redirect:" + DepositUrls.application(id);
        }
        model.addAttribute("a", application);
        model.addAttribute("submissionKey", tokens.issue());
        return "deposit/cancel";
    }

    @PostMapping
    String cancel(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id,
                  @RequestParam(name = "confirm", required = false) String confirm,
                  @RequestParam(name = "submissionKey", required = false) String token, RedirectAttributes redirect) {
        DepositApplication application = deposits.findOwned(applicant.applicantId(), id);
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("errorMessage", messages.get("depositweb.cancel.confirmRequired"));
            return "redirect:" + DepositUrls.cancel(id);
        }
        if (!SubmissionTokens.wellFormed(token)) {
            redirect.addFlashAttribute("errorMessage", messages.get("form.expired"));
            return "redirect:" + DepositUrls.cancel(id);
        }
        try {
            SubmissionTokens.Outcome outcome = tokens.once(applicant, PURPOSE, token, () -> {
                deposits.cancel(applicant, id);
                return application.getNumber();
            });
            redirect.addFlashAttribute("okMessage", outcome.status() == SubmissionTokens.Status.STILL_RUNNING
                    ? messages.get("depositweb.error.busy") : messages.get("depositweb.cancel.done", application.getNumber()));
        } catch (NotFoundException e) {
            throw e;
        } catch (UserFacingException refused) {
            redirect.addFlashAttribute("errorMessage", messages.get(refused));
        } catch (OptimisticLockingException | OptimisticLockingFailureException concurrent) {
            redirect.addFlashAttribute("errorMessage", messages.get("depositweb.error.busy"));
        }
        return "redirect:" + DepositUrls.application(id);
    }
}
