package io.casehall.account;

import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 个人注册. One form, two buttons and no JavaScript: "获取验证码" ({@code action=sendCode}) sends a code to
 * the chosen address, "立即注册" ({@code action=register}, also the default) creates the account. Either
 * way the page comes back with what was typed (never the passwords) and a message beside each field.
 *
 * <p>Whether an address already has an account is never shown here before its code was entered: the answer to
 * 获取验证码 reads the same for every address (see {@link RegistrationService}), each press needs the image
 * captcha and counts against the caller's hourly allowance ({@link ClientThrottle}).
 */
@Controller
@RequestMapping("/register")
class RegistrationController {

    private static final Logger log = LoggerFactory.getLogger(RegistrationController.class);
    static final String VIEW = "account/register";

    private final RegistrationService registration;
    private final Messages messages;
    private final Masking masking;
    private final CaptchaService captchas;
    private final ClientThrottle throttle;

    RegistrationController(RegistrationService registration, Messages messages, Masking masking,
                           CaptchaService captchas, ClientThrottle throttle) {
        this.registration = registration;
        this.messages = messages;
        this.masking = masking;
        this.captchas = captchas;
        this.throttle = throttle;
    }

    @GetMapping
    String form(@AuthenticationPrincipal ApplicantPrincipal principal, Model model) {
        if (principal != null) {
            return "redirect:/home";
        }
        model.addAttribute("form", new RegistrationForm());
        return VIEW;
    }

    @PostMapping
    String submit(@ModelAttribute("form") RegistrationForm form, BindingResult errors,
                  @RequestParam(name = "action", required = false) String action,
                  Model model, Locale locale, RedirectAttributes redirect, HttpSession session,
                  HttpServletRequest request) {
        if ("refresh".equals(action)) {
            return render(form);
        }
        if ("sendCode".equals(action)) {
            sendCode(form, errors, model, locale, session, request.getRemoteAddr());
            return render(form);
        }
        registration.validate(form, errors);
        if (!errors.hasErrors()) {
            try {
                ApplicantAccount account = registration.register(form);
                welcome(account, locale);
                redirect.addFlashAttribute("loginName", form.target());
                return "redirect:/login?registered";
            } catch (VerificationCodeException refused) {
                errors.rejectValue("code", refused.messageKey(), refused.args(), refused.messageKey());
            } catch (RegistrationService.AddressTakenException | DataIntegrityViolationException taken) {
                String field = taken instanceof RegistrationService.AddressTakenException t ? t.field()
                        : (form.channel() == ContactChannel.EMAIL ? "email" : "mobile");
                errors.rejectValue(field, "register." + field + ".taken");
            }
        }
        model.addAttribute("errorMessage", messages.get("register.hasErrors"));
        return render(form);
    }

    private void sendCode(RegistrationForm form, BindingResult errors, Model model, Locale locale,
                          HttpSession session, String client) {
        if (!throttle.tryAcquire(ClientThrottle.Kind.CODE_REQUEST, client)) {
            errors.rejectValue("code", "code.clientLimit",
                    new Object[] {throttle.minutesToWait(ClientThrottle.Kind.CODE_REQUEST, client)}, null);
            return;
        }
        registration.validateContact(form, errors);
        boolean blank = form.getCaptcha() == null || form.getCaptcha().isBlank();
        if (!captchas.check(session, form.getCaptcha()) && !errors.hasFieldErrors("captcha")) {
            errors.rejectValue("captcha", blank ? "captcha.required" : "captcha.wrong");
        }
        if (errors.hasErrors()) {
            return;
        }
        try {
            int minutes = registration.sendCode(form, locale);
            // The same words for an address with an account: it was sent a notice instead of the code.
            model.addAttribute("okMessage", messages.get("register.codeSent", masking.contact(form.target()), minutes));
        } catch (VerificationCodeException refused) {
            errors.rejectValue("code", refused.messageKey(), refused.args(), refused.messageKey());
        } catch (RuntimeException failed) {
            log.error("Could not send a registration code", failed);
            errors.rejectValue("code", "code.sendFailed");
        }
    }

    private void welcome(ApplicantAccount account, Locale locale) {
        try {
            registration.welcome(account, locale);
        } catch (RuntimeException failed) {
            // The account exists; a gateway failure must not turn a finished registration into an error page.
            log.error("Could not send the welcome notice to applicant {}", account.getId(), failed);
        }
    }

    private static String render(RegistrationForm form) {
        form.forgetPasswords();
        return VIEW;
    }
}
