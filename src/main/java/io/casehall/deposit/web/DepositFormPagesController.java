package io.casehall.deposit.web;

import static io.casehall.deposit.web.DepositFormPost.FORM;

import io.casehall.account.ApplicantPrincipal;
import io.casehall.deposit.ApplicantGroup;
import io.casehall.deposit.ArchiveKeeper;
import io.casehall.deposit.DepositApplication;
import io.casehall.deposit.DepositEligibility;
import io.casehall.deposit.DepositForm;
import io.casehall.deposit.DepositService;
import io.casehall.deposit.DepositServiceType;
import io.casehall.deposit.EligibilityAnswers;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.NotFoundException;
import io.casehall.shared.web.SubmissionTokens;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The way into an application: the eligibility questions (who you are, where the archive is kept), the eligibility
 * table's answer — a refusal with its reason before any form is filled —, then the form; and the same form for
 * 修改申请. Only GETs: asking the table changes nothing ({@link DepositSubmissionController} takes the POSTs).
 */
@Controller
class DepositFormPagesController {

    private final DepositService deposits;
    private final SubmissionTokens tokens;
    private final Masking masking;
    private final Messages messages;
    private final DepositFormOptions options;

    DepositFormPagesController(DepositService deposits, SubmissionTokens tokens, Masking masking, Messages messages,
                               DepositFormOptions options) {
        this.options = options;
        this.deposits = deposits;
        this.tokens = tokens;
        this.masking = masking;
        this.messages = messages;
    }

    /** The guide's 在线办理入口: the two questions of a deposit service; transfer out and certificates ask none. */
    @GetMapping("/apply/deposit/{serviceCode}")
    String questions(@PathVariable String serviceCode,
                     @RequestParam(name = "applicantGroup", required = false) String applicantGroup,
                     @RequestParam(name = "archiveKeeper", required = false) String archiveKeeper, Model model) {
        DepositServiceType service = serviceOf(serviceCode);
        if (!service.isDeposit()) {
            return "redirect:" + DepositUrls.form(service, null, null);
        }
        model.addAttribute("service", service);
        model.addAttribute("groups", ApplicantGroup.values());
        model.addAttribute("keepers", ArchiveKeeper.values());
        model.addAttribute("chosenGroup", applicantGroup);
        model.addAttribute("chosenKeeper", archiveKeeper);
        return "deposit/questions";
    }

    /** The table's answer to the questions: the reason it refuses, or the new form. A form sent back is shown as sent. */
    @GetMapping("/apply/deposit/{serviceCode}/form")
    String newForm(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable String serviceCode,
                   @RequestParam(name = "applicantGroup", required = false) String applicantGroup,
                   @RequestParam(name = "archiveKeeper", required = false) String archiveKeeper,
                   Model model, RedirectAttributes redirect) {
        DepositServiceType service = serviceOf(serviceCode);
        DepositForm fresh = deposits.newForm(applicant, service);
        DepositFormPage.Identity identity = new DepositFormPage.Identity(fresh.getFullName(), fresh.getGender(),
                fresh.getMaskedIdNumber());
        String action = DepositUrls.form(service, null, null);
        DepositForm sentBack = FormRedirect.sentBack(model, FORM, DepositForm.class);
        if (sentBack != null) {
            sentBack.setService(service);
            return DepositFormPage.show(model, options, sentBack, identity, action, null);
        }
        Optional<ApplicantGroup> group = ApplicantGroup.fromCode(String.valueOf(applicantGroup));
        Optional<ArchiveKeeper> keeper = ArchiveKeeper.fromCode(String.valueOf(archiveKeeper));
        if (service.isDeposit() && (group.isEmpty() || keeper.isEmpty())) {
            if (applicantGroup != null || archiveKeeper != null) {
                redirect.addFlashAttribute("errorMessage", messages.get("depositweb.questions.unanswered"));
            }
            return "redirect:" + DepositUrls.questions(service, applicantGroup, archiveKeeper);
        }
        DepositEligibility eligibility = deposits.eligibility(applicant.applicantId(), service,
                new EligibilityAnswers(group.orElse(null), keeper.orElse(null)));
        if (!eligibility.eligible()) {
            model.addAttribute("service", service);
            model.addAttribute("reason", messages.get(eligibility.reasonKey()));
            model.addAttribute("reasonKey", eligibility.reasonKey());
            model.addAttribute("changeAnswers", DepositUrls.questions(service, applicantGroup, archiveKeeper));
            return "deposit/refused";
        }
        if (service.isDeposit()) {
            fresh.setApplicantGroup(group.get().code());
            fresh.setArchiveKeeper(keeper.get().code());
        }
        fresh.setSubmissionKey(tokens.issue());
        return DepositFormPage.show(model, options, fresh, identity, action, null);
    }

    /** 修改申请: the application's form, while the application may still be changed; otherwise its page says why. */
    @GetMapping("/apply/deposit/applications/{id}/modify")
    String modifyForm(@AuthenticationPrincipal ApplicantPrincipal applicant, @PathVariable Long id, Model model,
                      RedirectAttributes redirect) {
        DepositApplication application = deposits.findOwned(applicant.applicantId(), id);
        DepositFormPage.Identity identity = new DepositFormPage.Identity(application.getFullName(),
                application.getGender(), masking.idNumber(application.getIdNumber()));
        String action = DepositUrls.modify(id);
        DepositForm sentBack = FormRedirect.sentBack(model, FORM, DepositForm.class);
        if (sentBack != null) {
            sentBack.setService(application.getService());
            return DepositFormPage.show(model, options, sentBack, identity, action, id);
        }
        if (!application.getStatus().isModifiable()) {
            redirect.addFlashAttribute("errorMessage", messages.get("deposit.error.notModifiable", application.getNumber()));
            return "redirect:" + DepositUrls.application(id);
        }
        DepositForm form = deposits.modificationForm(applicant, id);
        form.setSubmissionKey(tokens.issue());
        return DepositFormPage.show(model, options, form, identity, action, id);
    }

    static DepositServiceType serviceOf(String code) {
        return DepositServiceType.fromCode(code).orElseThrow(NotFoundException::new);
    }
}
