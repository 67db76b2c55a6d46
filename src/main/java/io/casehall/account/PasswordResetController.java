package io.casehall.account;

import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * 找回密码 in four steps, as in seed 001: (1) user name + image captcha, (2) choose a still-valid address
 * shown masked, (3) enter the code sent there, (4) set the new password. Where the user stands is kept in
 * the session ({@link Flow}); a request for a step the user has not reached goes back to step 1.
 *
 * <p>Step 1 necessarily tells whether a user name has an account (step 2 shows its masked addresses), so it
 * answers only after a correct image captcha, and each client may look up a limited number of user names an
 * hour; sending and resending codes count against the client's code allowance ({@link ClientThrottle}).
 */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetController.class);

    static final String FLOW = "casehall.passwordReset";
    static final Duration FLOW_TTL = Duration.ofMinutes(30);
    /** As the page's maxlength: the longest user name (an e-mail address). */
    static final int USERNAME_MAX = Contacts.EMAIL_MAX;

    enum Step { CHOOSE, CODE, NEW_PASSWORD }

    /** Where a password reset stands. Immutable: each step stores a new one. */
    record Flow(Long accountId, String login, Step step, ContactChannel channel, Instant startedAt)
            implements Serializable {

        Flow at(Step next, ContactChannel chosen) {
            return new Flow(accountId, login, next, chosen, startedAt);
        }
    }

    private final PasswordResetService reset;
    private final CaptchaService captcha;
    private final Messages messages;
    private final Masking masking;
    private final Clock clock;
    private final ClientThrottle throttle;

    PasswordResetController(PasswordResetService reset, CaptchaService captcha, Messages messages, Masking masking,
                            Clock clock, ClientThrottle throttle) {
        this.reset = reset;
        this.captcha = captcha;
        this.messages = messages;
        this.masking = masking;
        this.clock = clock;
        this.throttle = throttle;
    }

    @GetMapping({"", "/"})
    String start() {
        return "redirect:/password/forgot";
    }

    // ---- step 1: who

    @GetMapping("/forgot")
    String forgot(HttpSession session, Model model) {
        session.removeAttribute(FLOW);
        model.addAttribute("username", "");
        model.addAttribute("fieldErrors", Map.of());
        return "account/password-forgot";
    }

    @PostMapping("/forgot")
    String identify(@RequestParam(name = "username", required = false) String username,
                    @RequestParam(name = "captcha", required = false) String answer,
                    @RequestParam(name = "action", required = false) String action,
                    HttpSession session, Model model, HttpServletRequest request) {
        String login = username == null ? "" : username.trim();
        model.addAttribute("username", login);
        Map<String, String> errors = new LinkedHashMap<>();
        model.addAttribute("fieldErrors", errors);
        if ("refresh".equals(action)) {
            return "account/password-forgot";
        }
        String client = request.getRemoteAddr();
        if (!throttle.tryAcquire(ClientThrottle.Kind.ACCOUNT_LOOKUP, client)) {
            model.addAttribute("errorMessage", messages.get("reset.clientLimit",
                    throttle.minutesToWait(ClientThrottle.Kind.ACCOUNT_LOOKUP, client)));
            return "account/password-forgot";
        }
        boolean answered = answer != null && !answer.isBlank();
        boolean captchaOk = captcha.check(session, answer);
        if (login.isEmpty()) {
            errors.put("username", messages.get("reset.username.required"));
        } else if (login.length() > USERNAME_MAX) {
            errors.put("username", messages.get("field.tooLong", String.valueOf(USERNAME_MAX)));
        }
        if (!answered) {
            errors.put("captcha", messages.get("captcha.required"));
        } else if (!captchaOk) {
            errors.put("captcha", messages.get("captcha.wrong"));
        }
        if (!errors.isEmpty()) {
            return "account/password-forgot";
        }
        ApplicantAccount account = reset.findAccount(login).orElse(null);
        if (account == null) {
            errors.put("username", messages.get("reset.unknown"));
            return "account/password-forgot";
        }
        if (PasswordResetService.channelsOf(account).isEmpty()) {
            model.addAttribute("errorMessage", messages.get("reset.noContact"));
            return "account/password-forgot";
        }
        session.setAttribute(FLOW, new Flow(account.getId(), login, Step.CHOOSE, null, clock.instant()));
        return "redirect:/password/method";
    }

    // ---- step 2: which address

    @GetMapping("/method")
    String method(HttpSession session, Model model, RedirectAttributes redirect) {
        Flow flow = flow(session, Set.of(Step.CHOOSE, Step.CODE));
        if (flow == null) {
            return restart(session, redirect);
        }
        return showMethod(flow, flow.channel(), null, model);
    }

    @PostMapping("/method")
    String chooseMethod(@RequestParam(name = "channel", required = false) String channelParam,
                        HttpSession session, Model model, Locale locale, RedirectAttributes redirect,
                        HttpServletRequest request) {
        Flow flow = flow(session, Set.of(Step.CHOOSE, Step.CODE));
        if (flow == null) {
            return restart(session, redirect);
        }
        ApplicantAccount account = reset.account(flow.accountId());
        ContactChannel channel = ContactChannel.parse(channelParam);
        if (channel == null || !PasswordResetService.channelsOf(account).contains(channel)) {
            return showMethod(flow, null, messages.get("reset.channel.required"), model);
        }
        String limited = codeAllowanceUsedUp(request);
        if (limited != null) {
            return showMethod(flow, channel, limited, model);
        }
        try {
            int minutes = reset.sendCode(flow.accountId(), channel, locale);
            redirect.addFlashAttribute("okMessage",
                    messages.get("reset.codeSent", masked(account, channel), minutes));
        } catch (VerificationCodeException coolingDown) {
            // A code went to this address a moment ago; it is still good, so carry on with it.
            redirect.addFlashAttribute("errorMessage", messages.get(coolingDown));
        } catch (RuntimeException failed) {
            log.error("Could not send a password-reset code", failed);
            return showMethod(flow, channel, messages.get("code.sendFailed"), model);
        }
        session.setAttribute(FLOW, flow.at(Step.CODE, channel));
        return "redirect:/password/code";
    }

    private String showMethod(Flow flow, ContactChannel selected, String error, Model model) {
        ApplicantAccount account = reset.account(flow.accountId());
        List<ContactChannel> channels = PasswordResetService.channelsOf(account);
        model.addAttribute("account", account);
        model.addAttribute("channels", channels);
        model.addAttribute("selected", selected != null ? selected : channels.get(0));
        model.addAttribute("channelError", error);
        return "account/password-method";
    }

    // ---- step 3: the code

    @GetMapping("/code")
    String code(HttpSession session, Model model, RedirectAttributes redirect) {
        Flow flow = flow(session, Set.of(Step.CODE));
        if (flow == null) {
            return restart(session, redirect);
        }
        return showCode(flow, null, model);
    }

    @PostMapping("/code")
    String enterCode(@RequestParam(name = "code", required = false) String code,
                     @RequestParam(name = "action", required = false) String action,
                     HttpSession session, Model model, Locale locale, RedirectAttributes redirect,
                     HttpServletRequest request) {
        Flow flow = flow(session, Set.of(Step.CODE));
        if (flow == null) {
            return restart(session, redirect);
        }
        if ("resend".equals(action)) {
            String limited = codeAllowanceUsedUp(request);
            if (limited != null) {
                return showCode(flow, limited, model);
            }
            try {
                int minutes = reset.sendCode(flow.accountId(), flow.channel(), locale);
                model.addAttribute("okMessage", messages.get("reset.codeSent",
                        masked(reset.account(flow.accountId()), flow.channel()), minutes));
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
        session.setAttribute(FLOW, flow.at(Step.NEW_PASSWORD, flow.channel()));
        return "redirect:/password/new";
    }

    private String showCode(Flow flow, String error, Model model) {
        ApplicantAccount account = reset.account(flow.accountId());
        model.addAttribute("channel", flow.channel());
        model.addAttribute("maskedAddress", masked(account, flow.channel()));
        model.addAttribute("resendWait", reset.secondsUntilResend(flow.accountId(), flow.channel()));
        model.addAttribute("codeError", error);
        return "account/password-code";
    }

    // ---- step 4: the new password

    @GetMapping("/new")
    String newPassword(HttpSession session, Model model, RedirectAttributes redirect) {
        if (flow(session, Set.of(Step.NEW_PASSWORD)) == null) {
            return restart(session, redirect);
        }
        model.addAttribute("fieldErrors", Map.of());
        return "account/password-new";
    }

    @PostMapping("/new")
    String setNewPassword(@RequestParam(name = "password", required = false) String password,
                          @RequestParam(name = "confirmPassword", required = false) String confirmPassword,
                          HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        Flow flow = flow(session, Set.of(Step.NEW_PASSWORD));
        if (flow == null) {
            return restart(session, redirect);
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
        session.removeAttribute(FLOW);
        try {
            reset.notifyChanged(account, locale);
        } catch (RuntimeException failed) {
            log.error("Could not send the password-changed notice to applicant {}", account.getId(), failed);
        }
        redirect.addFlashAttribute("loginName", flow.login());
        return "redirect:/login?reset";
    }

    /** The message when the client has pressed for codes too often this hour; null when it may. */
    private String codeAllowanceUsedUp(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (throttle.tryAcquire(ClientThrottle.Kind.CODE_REQUEST, client)) {
            return null;
        }
        return messages.get("code.clientLimit", throttle.minutesToWait(ClientThrottle.Kind.CODE_REQUEST, client));
    }

    // ---- the flow

    /** The session's flow if it is at one of the allowed steps and not too old; otherwise null. */
    private Flow flow(HttpSession session, Set<Step> allowed) {
        if (!(session.getAttribute(FLOW) instanceof Flow flow)) {
            return null;
        }
        if (clock.instant().isAfter(flow.startedAt().plus(FLOW_TTL)) || !allowed.contains(flow.step())) {
            return null;
        }
        return flow;
    }

    private String restart(HttpSession session, RedirectAttributes redirect) {
        boolean expired = session.getAttribute(FLOW) instanceof Flow flow
                && clock.instant().isAfter(flow.startedAt().plus(FLOW_TTL));
        session.removeAttribute(FLOW);
        redirect.addFlashAttribute("errorMessage", messages.get(expired ? "reset.expired" : "reset.restart"));
        return "redirect:/password/forgot";
    }

    private String masked(ApplicantAccount account, ContactChannel channel) {
        String address = channel.addressOf(account);
        return channel == ContactChannel.MOBILE ? masking.phone(address) : masking.email(address);
    }
}
