package io.casehall.account;

import io.casehall.account.PasswordResetController.Flow;
import io.casehall.account.PasswordResetController.Step;
import io.casehall.shared.masking.Masking;
import io.casehall.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the password-reset step controllers share: the session's {@link Flow}, the code allowance and masked addresses. */
@Component
class PasswordResetFlows {

    private final Messages messages;
    private final Masking masking;
    private final Clock clock;
    private final ClientThrottle throttle;

    PasswordResetFlows(Messages messages, Masking masking, Clock clock, ClientThrottle throttle) {
        this.messages = messages;
        this.masking = masking;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** The session's flow if it is at one of the allowed steps and not too old; otherwise null. */
    Flow current(HttpSession session, Set<Step> allowed) {
        if (!(session.getAttribute(PasswordResetController.FLOW) instanceof Flow flow)) {
            return null;
        }
        if (clock.instant().isAfter(flow.startedAt().plus(PasswordResetController.FLOW_TTL))
                || !allowed.contains(flow.step())) {
            return null;
        }
        return flow;
    }

    /** Stores where the reset now stands. */
    void store(HttpSession session, Flow flow) {
        session.setAttribute(PasswordResetController.FLOW, flow);
    }

    /** Forgets the reset (a new start, or done). */
    void clear(HttpSession session) {
        session.removeAttribute(PasswordResetController.FLOW);
    }

    /** Back to step 1, saying whether the reset expired or was never started. */
    String restart(HttpSession session, RedirectAttributes redirect) {
        boolean expired = session.getAttribute(PasswordResetController.FLOW) instanceof Flow flow
                && clock.instant().isAfter(flow.startedAt().plus(PasswordResetController.FLOW_TTL));
        session.removeAttribute(PasswordResetController.FLOW);
        redirect.addFlashAttribute("errorMessage", messages.get(expired ? "reset.expired" : "reset.restart"));
        return "redirect:/password/forgot";
    }

    /** The message when the client has pressed for codes too often this hour; null when it may. */
    String codeAllowanceUsedUp(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (throttle.tryAcquire(ClientThrottle.Kind.CODE_REQUEST, client)) {
            return null;
        }
        return messages.get("code.clientLimit", throttle.minutesToWait(ClientThrottle.Kind.CODE_REQUEST, client));
    }

    String masked(ApplicantAccount account, ContactChannel channel) {
        String address = channel.addressOf(account);
        return channel == ContactChannel.MOBILE ? masking.phone(address) : masking.email(address);
    }
}
