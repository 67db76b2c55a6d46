package io.casehall.account;

import io.casehall.shared.security.ClientCounter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-client brake on what an anonymous caller can ask about addresses: pressing 获取验证码 (registration, password
 * reset, resend) and looking up an account by user name (password reset, step 1). Each kind allows a number of
 * requests per client network address within an hour; beyond it the caller waits for the hour to pass, right
 * captcha or not. Together with the per-address limits of {@link VerificationCodeService} this bounds both text
 * message flooding and the probing of which addresses have accounts. Counted per node, in memory.
 */
@Component
class ClientThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    enum Kind { CODE_REQUEST, ACCOUNT_LOOKUP }

    private final Map<Kind, ClientCounter> counters;

    ClientThrottle(Clock clock,
                   @Value("${casehall.codes.client-max-per-hour:60}") int codeRequests,
                   @Value("${casehall.reset.client-lookups-per-hour:20}") int lookups) {
        this.counters = Map.of(Kind.CODE_REQUEST, new ClientCounter(clock, WINDOW, codeRequests),
                Kind.ACCOUNT_LOOKUP, new ClientCounter(clock, WINDOW, lookups));
    }

    /** Counts one request of the client; false (and not counted) when the client has used up its hour. */
    boolean tryAcquire(Kind kind, String client) {
        return counters.get(kind).tryAcquire(client);
    }

    /** Minutes until the client may ask again (at least 1). */
    long minutesToWait(Kind kind, String client) {
        return Math.max(1, (counters.get(kind).retryAfter(client).toSeconds() + 59) / 60);
    }
}
