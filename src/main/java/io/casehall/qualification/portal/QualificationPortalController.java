package io.casehall.qualification.portal;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.RealNameRequiredException;
import io.casehall.qualification.CampaignStatus;
import io.casehall.qualification.QualificationCampaign;
import io.casehall.qualification.QualificationGraduate;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The graduate's way in, {@code /qualification}: step 1 (信息统计, binding the account to the campaign record by
 * a code sent to the phone on record) until the account is bound, then step 2 (生源核对: the record, 确认无误).
 * Real-name verification comes first, as for every business procedure. When several campaigns are open to graduates
 * at once (two graduation years), step 1 is one form for all of them: the record is looked for in every open
 * campaign's list, the title is the general one and each campaign's deadline is listed.
 */
@Controller
class QualificationPortalController {

    static final String HOME = "/qualification";
    static final String FORM = "form";

    private final GraduateRecords records;
    private final GraduateBinding binding;
    private final ChangeSubmissions submissions;
    private final RecordPage recordPage;
    private final AccountService accounts;
    private final Masking masking;
    private final Messages messages;

    QualificationPortalController(GraduateRecords records, GraduateBinding binding, ChangeSubmissions submissions,
                                  RecordPage recordPage, AccountService accounts, Masking masking,
                                  Messages messages) {
        this.records = records;
        this.binding = binding;
        this.submissions = submissions;
        this.recordPage = recordPage;
        this.accounts = accounts;
        this.masking = masking;
        this.messages = messages;
    }

    @GetMapping(HOME)
    String home(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model, RedirectAttributes redirect) {
        String refused = requireVerified(applicant, redirect);
        if (refused != null) {
            return refused;
        }
        Optional<QualificationGraduate> bound = records.current(applicant.applicantId());
        List<QualificationCampaign> open = records.openForGraduates();
        if (bound.isPresent() && !newCampaignToBind(bound.get(), open)) {
            return recordPage.show(model, bound.get());
        }
        if (open.isEmpty()) {
            return "qualification/portal/none";
        }
        BindingForm form = FormRedirect.sentBack(model, FORM, BindingForm.class);
        model.addAttribute(FORM, form != null ? form : binding.newForm(applicant.applicantId()));
        model.addAttribute("campaigns", open);
        model.addAttribute("bindTitle", open.size() == 1
                ? messages.get("qualification.bind.title", open.get(0).getTitle())
                : messages.get("qualification.bind.titleSeveral"));
        model.addAttribute("colleges", records.colleges(open));
        if (!model.containsAttribute(PortalErrors.ERRORS)) {
            model.addAttribute(PortalErrors.ERRORS, Map.of());
        }
        return "qualification/portal/bind";
    }

    /** 获取验证码 ({@code action=sendCode}) or 提交 ({@code action=bind}); the form comes back with any problem. */
    @PostMapping(HOME + "/bind")
    String bind(@AuthenticationPrincipal ApplicantPrincipal applicant, @ModelAttribute(FORM) BindingForm form,
                BindingResult bindingResult, @RequestParam(name = "action", defaultValue = "bind") String action,
                RedirectAttributes redirect) {
        String refused = requireVerified(applicant, redirect);
        if (refused != null) {
            return refused;
        }
        Optional<QualificationGraduate> bound = records.current(applicant.applicantId());
        if (bound.isPresent() && !newCampaignToBind(bound.get(), records.openForGraduates())) {
            return "redirect:" + HOME;
        }
        try {
            if ("sendCode".equals(action)) {
                int minutes = binding.sendCode(applicant, form, LocaleContextHolder.getLocale());
                form.setCode(null);
                redirect.addFlashAttribute("okMessage", messages.get("qualification.bind.codeSent",
                        masking.phone(form.getPhone().strip()), minutes));
                redirect.addFlashAttribute(PortalErrors.ERRORS, Map.of());
                return FormRedirect.back(redirect, HOME, FORM, form, bindingResult);
            }
            QualificationGraduate graduate = binding.bind(applicant, form);
            redirect.addFlashAttribute("okMessage", messages.get("qualification.bind.done", graduate.getName()));
            return "redirect:" + HOME;
        } catch (PortalFormException problems) {
            form.setCode(null);
            return PortalErrors.back(redirect, HOME, FORM, form, bindingResult,
                    PortalErrors.messages(messages, problems.problems()), messages.get("qualification.form.hasErrors"));
        }
    }

    /** 确认无误. */
    @PostMapping(HOME + "/confirm")
    String confirm(@AuthenticationPrincipal ApplicantPrincipal applicant, RedirectAttributes redirect) {
        try {
            submissions.confirm(applicant);
            redirect.addFlashAttribute("okMessage", messages.get("qualification.record.confirmed"));
        } catch (UserFacingException refused) {
            redirect.addFlashAttribute("errorMessage", messages.get(refused));
        }
        return "redirect:" + HOME;
    }

    /**
     * Whether the applicant's newest record belongs to a campaign that is over while a later year's campaign is open
     * to graduates (a graduate of an earlier year graduating again): then step 1 comes first for the new campaign.
     */
    private boolean newCampaignToBind(QualificationGraduate bound, List<QualificationCampaign> open) {
        QualificationCampaign own = records.campaignOf(bound);
        return own.getStatus() == CampaignStatus.CLOSED
                && open.stream().anyMatch(c -> c.getGraduationYear() > own.getGraduationYear());
    }

    /** Null when the applicant's real name is verified; else the redirect to 实名认证 with the reason. */
    private String requireVerified(ApplicantPrincipal applicant, RedirectAttributes redirect) {
        try {
            accounts.requireVerified(applicant.applicantId());
            return null;
        } catch (RealNameRequiredException refused) {
            redirect.addFlashAttribute("errorMessage", messages.get(refused));
            return "redirect:/realname";
        }
    }
}
