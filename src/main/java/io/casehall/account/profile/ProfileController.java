package io.casehall.account.profile;

import io.casehall.account.AccountService;
import io.casehall.account.ApplicantAccount;
import io.casehall.account.ApplicantPrincipal;
import io.casehall.account.ApplicantProfiles;
import io.casehall.account.DocumentValidity;
import io.casehall.account.ProfileExtras;
import io.casehall.account.ProfileExtrasService;
import io.casehall.account.RealNameStatus;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 我的信息: name, gender and ID number as real-name verification proved them (read-only: they cannot be
 * changed), and the extras the applicant keeps themselves (nationality, document validity, landline).
 */
@Controller
class ProfileController {

    static final String FORM = "form";

    private final AccountService accounts;
    private final ApplicantProfiles profiles;
    private final ProfileExtrasService extras;
    private final ProfileFormValidator validator;
    private final Messages messages;

    ProfileController(AccountService accounts, ApplicantProfiles profiles, ProfileExtrasService extras,
                      ProfileFormValidator validator, Messages messages) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.extras = extras;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/profile")
    String page(@AuthenticationPrincipal ApplicantPrincipal applicant, Model model) {
        ProfileExtras stored = extras.of(applicant.applicantId());
        if (FormRedirect.sentBack(model, FORM, ProfileForm.class) == null) {
            model.addAttribute(FORM, ProfileForm.from(stored));
        }
        ApplicantAccount account = accounts.get(applicant.applicantId());
        boolean verified = account.getRealNameStatus() == RealNameStatus.VERIFIED;
        model.addAttribute("account", account);
        model.addAttribute("verified", verified);
        model.addAttribute("gender", verified ? profiles.of(applicant.applicantId()).gender() : null);
        model.addAttribute("validities", List.of(DocumentValidity.values()));
        model.addAttribute("validityEnd", stored.validityEnd());
        return "account/profile";
    }

    /** Post/redirect/get both ways: saved → the page with a message; refused → the page with the form as typed. */
    @PostMapping("/profile")
    String save(@AuthenticationPrincipal ApplicantPrincipal applicant, @ModelAttribute(FORM) ProfileForm form,
                BindingResult binding, RedirectAttributes redirect) {
        String idNumber = accounts.get(applicant.applicantId()).getVerifiedIdNumber();
        Optional<ProfileExtras> checked = binding.hasErrors() ? Optional.empty()
                : validator.validate(form, binding, idNumber);
        if (checked.isEmpty()) {
            redirect.addFlashAttribute("errorMessage", messages.get("form.hasErrors"));
            return FormRedirect.back(redirect, "/profile", FORM, form, binding);
        }
        extras.update(applicant.applicantId(), checked.get());
        redirect.addFlashAttribute("okMessage", messages.get("profile.saved"));
        return "redirect:/profile";
    }
}
