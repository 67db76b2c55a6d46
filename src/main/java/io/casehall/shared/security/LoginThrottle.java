package io.casehall.shared.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Per-client brake on every sign-in surface (portal, staff console, engine REST): a client that fails too often
 * within a window is refused — right password or not — until the window has passed, so nobody can guess
 * passwords or keep accounts locked at machine speed. Counted per node, in memory; the per-account locks (the
 * engine's for staff, the account table's for applicants) live in the database and hold across nodes.
 */
@Component
public class LoginThrottle {

    private final ClientCounter failures;

    public LoginThrottle(Clock clock,
                         @Value("${casehall.login.client-max-failures:20}") int maxFailures,
                         @Value("${casehall.login.client-window:PT10M}") Duration window) {
        this.failures = new ClientCounter(clock, window, maxFailures);
    }

    /** Throws {@link LoginThrottledException} if the client behind this sign-in attempt must wait. */
    public void check(Authentication attempt) {
        String client = clientOf(attempt);
        if (failures.exhausted(client)) {
            throw new LoginThrottledException(failures.retryAfter(client));
        }
    }

    /** Counts a failed sign-in of the client behind this attempt. */
    public void recordFailure(Authentication attempt) {
        recordFailure(clientOf(attempt));
    }

    public void recordFailure(String client) {
        failures.record(client);
    }

    /** Clears a client's count (tests, and an operator who has found the cause). */
    public void forget(String client) {
        failures.forget(client);
    }

    /** The client's network address as the servlet container saw it (see the README on reverse proxies). */
    static String clientOf(Authentication attempt) {
        Object details = attempt instanceof AbstractAuthenticationToken token ? token.getDetails() : null;
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
