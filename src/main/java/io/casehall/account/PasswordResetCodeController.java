package io.casehall.account;

import io.casehall.account.PasswordResetController.Flow;
import io.casehall.account.PasswordResetController.Step;
import io.casehall.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 找回密码 steps 3 and 4 (enter the code sent, set the new password); steps 1 and 2 are in {@link PasswordResetController}. */
@Controller
@RequestMapping("/password")
class PasswordResetCodeController {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetController.class);

    private final PasswordResetService reset;
    private final Messages messages;
    private final PasswordResetFlows flows;

    PasswordResetCodeController(PasswordResetService reset, Messages messages, PasswordResetFlows flows) {
        this.reset = reset;
        this.messages = messages;
        this.flows = flows;
    }

    // ---- step 3: the code

    @GetMapping("/code")
    String code(HttpSession session, Model model, RedirectAttributes redirect) {
        Flow flow = flows.current(session, Set.of(Step.CODE));
        if (flow == null) {
            return flows.restart(session, redirect);
        }
        return showCode(flow, null, model);
    }

    @PostMapping("/code")
    String enterCode(@RequestParam(name = "code", required = false) String code,
                     @RequestParam(name = "action", required = false) String action,
                     HttpSession session, Model model, Locale locale, RedirectAttributes redirect,
                     HttpServletRequest request) {
        Flow flow = flows.current(session, Set.of(Step.CODE));
        if (flow == null) {
            return flows.restart(session, redirect);
        }
        if ("resend".equals(action)) {
            String limited = flows.codeAllowanceUsedUp(request);
            if (limited != null) {
                return showCode(flow, limited, model);
            }
            try {
                int minutes = reset.sendCode(flow.accountId(), flow.channel(), locale);
                model.addAttribute("okMessage", messages.get("reset.codeSent",
                        flows.masked(reset.account(flow.accountId()), flow.channel()), minutes));
                return showCode(flow, null, model);
            } catch (VerificationCodeException refused) {
                return showCode(flow, messages.get(refused), model);
            } catch (RuntimeException failed) {
                log.error("Could not send a password-reset code", failed);
                return showCode(flow, messages.get("code.sendFailed"), model);
            }
        }
        if (code == null || code.isBlank()) {
            return showCode(flow, messages.get("reset.code.required"), model);
        }
        try {
            reset.verifyCode(flow.accountId(), flow.channel(), code);
        } catch (VerificationCodeException refused) {
            return showCode(flow, messages.get(refused), model);
        }
        flows.store(session, flow.at(Step.NEW_PASSWORD, flow.channel()));
        return "redirect:/password/new";
    }

    private String showCode(Flow flow, String error, Model model) {
        ApplicantAccount account = reset.account(flow.accountId());
        model.addAttribute("channel", flow.channel());
        model.addAttribute("maskedAddress", flows.masked(account, flow.channel()));
        model.addAttribute("resendWait", reset.secondsUntilResend(flow.accountId(), flow.channel()));
        model.addAttribute("codeError", error);
        return "account/password-code";
    }

    // ---- step 4: the new password

    @GetMapping("/new")
    String newPassword(HttpSession session, Model model, RedirectAttributes redirect) {
        if (flows.current(session, Set.of(Step.NEW_PASSWORD)) == null) {
            return flows.restart(session, redirect);
        }
        model.addAttribute("fieldErrors", Map.of());
        return "account/password-new";
    }

    @PostMapping("/new")
    String setNewPassword(@RequestParam(name = "password", required = false) String password,
                          @RequestParam(name = "confirmPassword", required = false) String confirmPassword,
                          HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        Flow flow = flows.current(session, Set.of(Step.NEW_PASSWORD));
        if (flow == null) {
            return flows.restart(session, redirect);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        PasswordRules.problem(password).ifPresent(key -> errors.put("password", messages.get(key)));
        if (confirmPassword == null || confirmPassword.isEmpty()) {
            errors.put("confirmPassword", messages.get("password.confirm.required"));
        } else if (password != null && !password.equals(confirmPassword)) {
            errors.put("confirmPassword", messages.get("password.mismatch"));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("fieldErrors", errors);
            return "account/password-new";
        }
        ApplicantAccount account = reset.changePassword(flow.accountId(), password);
        flows.clear(session);
        try {
            reset.notifyChanged(account, locale);
        } catch (RuntimeException failed) {
            log.error("Could not send the password-changed notice to applicant {}", account.getId(), failed);
        }
        redirect.addFlashAttribute("loginName", flow.login());
        return "redirect:/login?reset";
    }
}
