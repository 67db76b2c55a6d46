package io.casehall.creditbank.account;

import io.casehall.account.CodePurpose;
import io.casehall.creditbank.InstitutionUser;
import io.casehall.creditbank.registration.CreditBankPasswords;
import io.casehall.shared.security.Actor;
import io.casehall.shared.security.LoginThrottle;
import io.casehall.shared.security.LoginThrottledException;
import io.casehall.shared.web.FormRedirect;
import io.casehall.shared.web.Messages;
import io.casehall.shared.web.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 忘记密码 at the institution entrance: the account, then a code to its bound mobile (shown masked, 尾号) and a new
 * password. Account look-ups that find nothing count against the client like failed sign-ins ({@link LoginThrottle}),
 * so accounts cannot be listed by trying names; the account's own lockout is the engine's.
 */
@Controller
class InstitutionForgotPasswordController {

    static final String URL = "/institution/password/forgot";
    static final String RESET_URL = URL + "/reset";
    private static final String SESSION_LOGIN = InstitutionForgotPasswordController.class.getName() + ".login";
    private static final String FORM = "resetForm";

    private final AccountChanges accounts;
    private final LoginThrottle throttle;
    private final Messages messages;

    InstitutionForgotPasswordController(AccountChanges accounts, LoginThrottle throttle, Messages messages) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.messages = messages;
    }

    @GetMapping(URL)
    String start(Model model) {
        if (!model.containsAttribute("account")) {
            model.addAttribute("account", "");
        }
        return "creditbank/forgot-account";
    }

    @PostMapping(URL)
    String findAccount(@RequestParam(name = "account", defaultValue = "") String account, HttpServletRequest request,
                       RedirectAttributes redirect) {
        String login = account.trim();
        redirect.addFlashAttribute("account", login);
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(login, "");
        attempt.setDetails(new WebAuthenticationDetails(request));
        try {
            throttle.check(attempt);
        } catch (LoginThrottledException e) {
            redirect.addFlashAttribute("errorMessage", messages.get("login.throttled"));
            return "redirect:" + URL;
        }
        if (login.isEmpty()) {
            redirect.addFlashAttribute("errorMessage", messages.get("creditbank.account.forgot.accountRequired"));
            return "redirect:" + URL;
        }
        Optional<InstitutionUser> user = accounts.user(login).filter(InstitutionUser::isEnabled);
        if (user.isEmpty()) {
            throttle.recordFailure(attempt);
            redirect.addFlashAttribute("errorMessage", messages.get("creditbank.account.forgot.unknown"));
            return "redirect:" + URL;
        }
        request.getSession().setAttribute(SESSION_LOGIN, user.get().getUserId());
        return "redirect:" + RESET_URL;
    }

    @GetMapping(RESET_URL)
    String resetPage(HttpSession session, Model model) {
        Optional<InstitutionUser> user = accounts.user((String) session.getAttribute(SESSION_LOGIN));
        if (user.isEmpty()) {
            return "redirect:" + URL;
        }
        if (FormRedirect.sentBack(model, FORM, ResetForm.class) == null) {
            model.addAttribute(FORM, new ResetForm());
        }
        model.addAttribute("account", user.get().getUserId());
        model.addAttribute("phoneTail", AccountChanges.tail(user.get().getPhone()));
        return "creditbank/forgot-reset";
    }

    @PostMapping(RESET_URL)
    String reset(@ModelAttribute(FORM) ResetForm form, BindingResult binding,
                 @RequestParam(name = "action", defaultValue = "reset") String action, HttpSession session,
                 Locale locale, RedirectAttributes redirect) {
        Optional<InstitutionUser> found = accounts.user((String) session.getAttribute(SESSION_LOGIN))
                .filter(InstitutionUser::isEnabled);
        if (found.isEmpty()) {
            return "redirect:" + URL;
        }
        InstitutionUser user = found.get();
        if ("sendCode".equals(action)) {
            try {
                int minutes = accounts.sendCode(CodePurpose.INSTITUTION_RESET_PASSWORD, user.getPhone(), locale);
                redirect.addFlashAttribute("okMessage", messages.get("creditbank.account.codeSent",
                        AccountChanges.tail(user.getPhone()), minutes));
            } catch (UserFacingException e) {
                binding.rejectValue("code", e.messageKey(), e.args(), null);
            }
            return FormRedirect.back(redirect, RESET_URL, FORM, form.cleared(), binding);
        }
        if (form.getCode().isEmpty()) {
            binding.rejectValue("code", "creditbank.register.code.required");
        }
        CreditBankPasswords.problem(form.getNewPassword()).ifPresent(key -> binding.rejectValue("newPassword", key));
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            binding.rejectValue("confirmPassword", "creditbank.register.password.mismatch");
        }
        if (!binding.hasErrors()) {
            try {
                accounts.verify(CodePurpose.INSTITUTION_RESET_PASSWORD, user.getPhone(), form.getCode());
            } catch (UserFacingException e) {
                binding.rejectValue("code", e.messageKey(), e.args(), null);
            }
        }
        if (binding.hasErrors()) {
            return FormRedirect.back(redirect, RESET_URL, FORM, form.cleared(), binding);
        }
        accounts.setPassword(Actor.of(Actor.Kind.INSTITUTION, user.getUserId()), user.getUserId(),
                form.getNewPassword(), "INSTITUTION_PASSWORD_RESET");
        session.removeAttribute(SESSION_LOGIN);
        return "redirect:/institution/login?reset";
    }

    /** The code and the new password as typed; only the code goes back to the page. */
    public static class ResetForm extends NewPasswordForm {
    }
}
