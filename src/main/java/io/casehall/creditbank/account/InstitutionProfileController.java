package io.casehall.creditbank.account;

import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.registration.InstitutionDetailsForm;
import io.casehall.creditbank.registration.InstitutionSetup;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 机构信息 (seed 004 §2.6.1): 账户信息 shown to every user of the institution; 修改 for its administrators only, with
 * the registration's step-3 form and checks (all starred fields required).
 */
@Controller
class InstitutionProfileController {

    static final String URL = "/institution/profile";
    private static final String FORM = "detailsForm";

    private final InstitutionSetup setup;
    private final Messages messages;

    InstitutionProfileController(InstitutionSetup setup, Messages messages) {
        this.setup = setup;
        this.messages = messages;
    }

    @GetMapping(URL)
    String view(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        Institution institution = setup.institutionOf(me);
        model.addAttribute("institution", institution);
        model.addAttribute("details", institution.details());
        model.addAttribute("mayEdit", me.isAdministrator());
        return "creditbank/profile";
    }

    @GetMapping(URL + "/edit")
    String edit(@AuthenticationPrincipal InstitutionPrincipal me, Model model, RedirectAttributes redirect) {
        if (!me.isAdministrator()) {
            redirect.addFlashAttribute("errorMessage", messages.get("creditbank.profile.adminOnly"));
            return "redirect:" + URL;
        }
        Institution institution = setup.institutionOf(me);
        if (FormRedirect.sentBack(model, FORM, InstitutionDetailsForm.class) == null) {
            model.addAttribute(FORM, InstitutionDetailsForm.of(institution.details()));
        }
        model.addAttribute("institution", institution);
        model.addAttribute("schoolTypes", InstitutionDetailsForm.SCHOOL_TYPES);
        return "creditbank/profile-edit";
    }

    @PostMapping(URL)
    String save(@AuthenticationPrincipal InstitutionPrincipal me, @ModelAttribute(FORM) InstitutionDetailsForm form,
                BindingResult binding, RedirectAttributes redirect) {
        if (!me.isAdministrator()) {
            redirect.addFlashAttribute("errorMessage", messages.get("creditbank.profile.adminOnly"));
            return "redirect:" + URL;
        }
        form.validate(binding, true);
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("errorMessage", messages.get("creditbank.profile.fix"));
            return FormRedirect.back(redirect, URL + "/edit", FORM, form, binding);
        }
        setup.saveDetails(me, form, true);
        redirect.addFlashAttribute("okMessage", messages.get("creditbank.profile.saved"));
        return "redirect:" + URL;
    }
}
