package io.casehall.creditbank.registration;

import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.InstitutionStatus;
import io.casehall.shared.identity.ChineseIdNumber;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import java.io.Serializable;
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
 * Steps 2–4 of the registration for the signed-in registrant: 注册人信息 (name and ID number, checked), 机构信息
 * (保存 keeps a draft to finish at the next login, 提交 checks and opens the space), 完成 (the login account).
 */
@Controller
class InstitutionSetupController {

    static final String REGISTRANT = "/institution/setup/registrant";
    static final String DETAILS = "/institution/setup/details";
    static final String DONE = "/institution/setup/done";
    private static final String REGISTRANT_FORM = "registrantForm";
    private static final String DETAILS_FORM = "detailsForm";

    private final InstitutionSetup setup;
    private final Messages messages;

    InstitutionSetupController(InstitutionSetup setup, Messages messages) {
        this.setup = setup;
        this.messages = messages;
    }

    /** Where an institution that is not active yet goes next. */
    static String pendingStep(InstitutionStatus status) {
        return switch (status) {
            case REGISTRANT -> REGISTRANT;
            case DETAILS -> DETAILS;
            case ACTIVE -> "/institution";
        };
    }

    @GetMapping(REGISTRANT)
    String registrant(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        Institution institution = setup.institutionOf(me);
        if (institution.getStatus() != InstitutionStatus.REGISTRANT) {
            return "redirect:" + pendingStep(institution.getStatus());
        }
        if (FormRedirect.sentBack(model, REGISTRANT_FORM, RegistrantForm.class) == null) {
            model.addAttribute(REGISTRANT_FORM, new RegistrantForm());
        }
        model.addAttribute("institution", institution);
        return "creditbank/setup-registrant";
    }

    @PostMapping(REGISTRANT)
    String recordRegistrant(@AuthenticationPrincipal InstitutionPrincipal me,
                            @ModelAttribute(REGISTRANT_FORM) RegistrantForm form, BindingResult binding,
                            RedirectAttributes redirect) {
        if (setup.statusOf(me.institutionId()) != InstitutionStatus.REGISTRANT) {
            return "redirect:" + pendingStep(setup.statusOf(me.institutionId()));
        }
        if (form.getName().isEmpty()) {
            binding.rejectValue("name", "creditbank.register.name.required");
        } else if (form.getName().length() > 30) {
            binding.rejectValue("name", "creditbank.profile.tooLong", new Object[]{30}, null);
        }
        if (form.getIdNumber().isEmpty()) {
            binding.rejectValue("idNumber", "creditbank.register.idNumber.required");
        } else {
            ChineseIdNumber.check(form.getIdNumber()).ifPresent(problem ->
                    binding.rejectValue("idNumber", "creditbank.register.idNumber." + problem.name()));
        }
        if (binding.hasErrors()) {
            return FormRedirect.back(redirect, REGISTRANT, REGISTRANT_FORM, form, binding);
        }
        setup.recordRegistrant(me, form.getName(), form.getIdNumber());
        return "redirect:" + DETAILS;
    }

    @GetMapping(DETAILS)
    String details(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        Institution institution = setup.institutionOf(me);
        if (institution.getStatus() != InstitutionStatus.DETAILS) {
            return "redirect:" + pendingStep(institution.getStatus());
        }
        if (FormRedirect.sentBack(model, DETAILS_FORM, InstitutionDetailsForm.class) == null) {
            InstitutionDetailsForm form = InstitutionDetailsForm.of(institution.details());
            if (form.getSupervisingUnit().isEmpty()) {
                form.setSupervisingUnit(institution.getDepartmentName());
            }
            model.addAttribute(DETAILS_FORM, form);
        }
        model.addAttribute("institution", institution);
        model.addAttribute("schoolTypes", InstitutionDetailsForm.SCHOOL_TYPES);
        return "creditbank/setup-details";
    }

    @PostMapping(DETAILS)
    String saveDetails(@AuthenticationPrincipal InstitutionPrincipal me,
                       @ModelAttribute(DETAILS_FORM) InstitutionDetailsForm form, BindingResult binding,
                       @RequestParam(name = "action", defaultValue = "save") String action,
                       RedirectAttributes redirect) {
        InstitutionStatus status = setup.statusOf(me.institutionId());
        if (status != InstitutionStatus.DETAILS) {
            return "redirect:" + pendingStep(status);
        }
        boolean complete = "submit".equals(action);
        form.validate(binding, complete);
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("errorMessage", messages.get("creditbank.profile.fix"));
            return FormRedirect.back(redirect, DETAILS, DETAILS_FORM, form, binding);
        }
        if (setup.saveDetails(me, form, complete) == InstitutionStatus.ACTIVE) {
            return "redirect:" + DONE;
        }
        redirect.addFlashAttribute("okMessage", messages.get("creditbank.register.draftSaved"));
        return "redirect:" + DETAILS;
    }

    @GetMapping(DONE)
    String done(@AuthenticationPrincipal InstitutionPrincipal me, Model model) {
        Institution institution = setup.institutionOf(me);
        if (institution.getStatus() != InstitutionStatus.ACTIVE) {
            return "redirect:" + pendingStep(institution.getStatus());
        }
        model.addAttribute("institution", institution);
        model.addAttribute("login", me.userId());
        return "creditbank/setup-done";
    }

    /** Step 2 as typed. */
    public static class RegistrantForm implements Serializable {

        private String name = "";
        private String idNumber = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name.trim();
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber == null ? "" : idNumber.trim().toUpperCase(java.util.Locale.ROOT);
        }
    }
}
