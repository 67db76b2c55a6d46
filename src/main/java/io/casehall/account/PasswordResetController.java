package io.casehall.account;

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
 * the session ({@link Flow}, via {@link PasswordResetFlows}); a request for a step the user has not reached
 * goes back to step 1. This controller serves steps 1 and 2; {@link PasswordResetCodeController} serves 3 and 4.
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
    private final Clock clock;
    private final ClientThrottle throttle;
    private final PasswordResetFlows flows;

    PasswordResetController(PasswordResetService reset, CaptchaService captcha, Messages messages, Clock clock,
                            ClientThrottle throttle, PasswordResetFlows flows) {
        this.reset = reset;
        this.captcha = captcha;
        this.messages = messages;
        this.clock = clock;
        this.throttle = throttle;
        this.flows = flows;
    }

    @GetMapping({"", "/"})
    String start() {
        return "redirect:/password/forgot";
    }

    // ---- step 1: who

    @GetMapping("/forgot")
    String forgot(HttpSession session, Model model) {
        flows.clear(session);
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
        flows.store(session, new Flow(account.getId(), login, Step.CHOOSE, null, clock.instant()));
        return "redirect:/password/method";
    }

    // ---- step 2: which address

    @GetMapping("/method")
    String method(HttpSession session, Model model, RedirectAttributes redirect) {
        Flow flow = flows.current(session, Set.of(Step.CHOOSE, Step.CODE));
        if (flow == null) {
            return flows.restart(session, redirect);
        }
        return showMethod(flow, flow.channel(), null, model);
    }

    @PostMapping("/method")
    String chooseMethod(@RequestParam(name = "channel", required = false) String channelParam,
                        HttpSession session, Model model, Locale locale, RedirectAttributes redirect,
                        HttpServletRequest request) {
        Flow flow = flows.current(session, Set.of(Step.CHOOSE, Step.CODE));
        if (flow == null) {
            return flows.restart(session, redirect);
        }
        ApplicantAccount account = reset.account(flow.accountId());
        ContactChannel channel = ContactChannel.parse(channelParam);
        if (channel == null || !PasswordResetService.channelsOf(account).contains(channel)) {
            return showMethod(flow, null, messages.get("reset.channel.required"), model);
        }
        String limited = flows.codeAllowanceUsedUp(request);
        if (limited != null) {
            return showMethod(flow, channel, limited, model);
        }
        try {
            int minutes = reset.sendCode(flow.accountId(), channel, locale);
            redirect.addFlashAttribute("okMessage",
                    messages.get("reset.codeSent", flows.masked(account, channel), minutes));
        } catch (VerificationCodeException coolingDown) {
            // A code went to this address a moment ago; it is still good, so carry on with it.
            redirect.addFlashAttribute("errorMessage", messages.get(coolingDown));
        } catch (RuntimeException failed) {
            log.error("Could not send a password-reset code", failed);
            return showMethod(flow, channel, messages.get("code.sendFailed"), model);
        }
        flows.store(session, flow.at(Step.CODE, channel));
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
}
