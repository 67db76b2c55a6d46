package io.casehall.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final int MAX_CLIENTS = 100_000;

    enum Kind { CODE_REQUEST, ACCOUNT_LOOKUP }

    private final Clock clock;
    private final Map<Kind, Integer> limits;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ClientThrottle(Clock clock,
                   @Value("${casehall.codes.client-max-per-hour:60}") int codeRequests,
                   @Value("${casehall.reset.client-lookups-per-hour:20}") int lookups) {
        this.clock = clock;
        this.limits = Map.of(Kind.CODE_REQUEST, Math.max(1, codeRequests), Kind.ACCOUNT_LOOKUP, Math.max(1, lookups));
    }

    /**
     * Counts one request of the client; false when the client has used up its hour (the request is then not
     * served, and not counted).
     */
    boolean tryAcquire(Kind kind, String client) {
        Instant now = clock.instant();
        if (windows.size() >= MAX_CLIENTS) {
            windows.values().removeIf(w -> !w.end().isAfter(now));
        }
        int limit = limits.get(kind);
        boolean[] accepted = {false};
        windows.compute(kind + " " + client, (key, current) -> {
            if (current == null || !current.end().isAfter(now)) {
                accepted[0] = true;
                return new Window(now.plus(WINDOW), 1);
            }
            if (current.count() >= limit) {
                return current;
            }
            accepted[0] = true;
            return new Window(current.end(), current.count() + 1);
        });
        return accepted[0];
    }

    /** Minutes until the client may ask again (at least 1). */
    long minutesToWait(Kind kind, String client) {
        Window window = windows.get(kind + " " + client);
        if (window == null) {
            return 1;
        }
        return Math.max(1, (Duration.between(clock.instant(), window.end()).toSeconds() + 59) / 60);
    }

    private record Window(Instant end, int count) {
    }
}
