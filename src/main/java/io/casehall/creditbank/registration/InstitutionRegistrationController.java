package io.casehall.creditbank.registration;

import io.casehall.creditbank.Institution;
import io.casehall.creditbank.InstitutionAccounts;
import io.casehall.creditbank.InstitutionDirectory;
import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.creditbank.School;
import io.casehall.creditbank.web.InstitutionSignIn;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 注册院校用户 (step 1): one form, posted with what the user pressed — a department chosen (the page comes back with
 * its schools, for browsers without script), 获取验证码, or 下一步. Every way back keeps what was typed except the
 * passwords. On success the registrant is signed in and goes on to step 2.
 */
@Controller
class InstitutionRegistrationController {

    static final String URL = "/institution/register";
    private static final String FORM = "registrationForm";

    private final InstitutionRegistration registration;
    private final InstitutionDirectory directory;
    private final Messages messages;
    private final Masking masking;

    InstitutionRegistrationController(InstitutionRegistration registration, InstitutionDirectory directory, Messages messages,
                           Masking masking) {
        this.registration = registration;
        this.directory = directory;
        this.messages = messages;
        this.masking = masking;
    }

    @GetMapping(URL)
    String page(@RequestParam(name = "department", required = false) String department, Model model) {
        RegistrationForm form = FormRedirect.sentBack(model, FORM, RegistrationForm.class);
        if (form == null) {
            form = new RegistrationForm();
            form.setDepartmentCode(department);
            model.addAttribute(FORM, form);
        }
        model.addAttribute("departments", registration.departments());
        model.addAttribute("schools", registration.schoolsOf(form.getDepartmentCode()));
        return "creditbank/register";
    }

    @GetMapping(URL + "/agreement")
    String agreement() {
        return "creditbank/register-agreement";
    }

    /** The schools of a department for the page's script: code and name. */
    @GetMapping(value = "/institution/schools", produces = "application/json")
    @ResponseBody
    List<SchoolOption> schools(@RequestParam(name = "department", required = false) String department) {
        return registration.schoolsOf(department).stream()
                .map(s -> new SchoolOption(s.getSchoolCode(), s.getSchoolName())).toList();
    }

    @PostMapping(URL)
    String submit(@ModelAttribute(FORM) RegistrationForm form, BindingResult binding,
                  @RequestParam(name = "action", defaultValue = "register") String action, Locale locale,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if ("department".equals(action)) {
            form.setSchoolCode("");
            return FormRedirect.back(redirect, URL, FORM, form.withoutPasswords(), new org.springframework.validation
                    .BeanPropertyBindingResult(form, FORM));
        }
        Optional<School> school = registration.checkSchool(form, binding);
        if ("sendCode".equals(action)) {
            if (school.isPresent()) {
                try {
                    int minutes = registration.sendCode(form.getPhone(), locale);
                    redirect.addFlashAttribute("okMessage", messages.get("creditbank.register.codeSent",
                            masking.phone(form.getPhone()), minutes));
                } catch (UserFacingException e) {
                    binding.rejectValue("code", e.messageKey(), e.args(), null);
                }
            }
            return FormRedirect.back(redirect, URL, FORM, form.withoutPasswords(), binding);
        }
        registration.checkRest(form, binding);
        if (binding.hasErrors() || school.isEmpty()) {
            return FormRedirect.back(redirect, URL, FORM, form.withoutPasswords(), binding);
        }
        Institution institution;
        try {
            institution = registration.open(school.get(), form);
        } catch (UserFacingException e) {
            if (e.messageKey().startsWith("code.")) {
                binding.rejectValue("code", e.messageKey(), e.args(), null);
            } else {
                binding.reject(e.messageKey(), e.args(), null);
            }
            return FormRedirect.back(redirect, URL, FORM, form.withoutPasswords(), binding);
        }
        InstitutionPrincipal principal = directory.principalOf(
                directory.user(InstitutionAccounts.administratorLogin(school.get())).orElseThrow());
        InstitutionSignIn.signIn(principal, request, response);
        return "redirect:" + InstitutionSetupController.REGISTRANT;
    }

    record SchoolOption(String code, String name) {
    }
}
