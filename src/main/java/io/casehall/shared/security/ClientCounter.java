package io.casehall.shared.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts what each client (a network address, or any key) does within a fixed window that starts with its first
 * count, up to a limit: the one brake behind the sign-in throttle and the limits on anonymous requests (codes,
 * account look-ups). Per node, in memory, bounded in size.
 */
public final class ClientCounter {

    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Duration window;
    private final int limit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public ClientCounter(Clock clock, Duration window, int limit) {
        this.clock = clock;
        this.window = window;
        this.limit = Math.max(1, limit);
    }

    /** Counts one request if the key is under its limit; false (and not counted) when the limit is reached. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        boolean[] accepted = {false};
        evictIfFull(now);
        windows.compute(key, (k, current) -> {
            if (current == null || !current.endsAfter(now)) {
                accepted[0] = true;
                return new Window(now.plus(window), 1);
            }
            if (current.count() >= limit) {
                return current;
            }
            accepted[0] = true;
            return new Window(current.end(), current.count() + 1);
        });
        return accepted[0];
    }

    /** Counts one event whatever the limit (e.g. a failed sign-in). */
    public void record(String key) {
        Instant now = clock.instant();
        evictIfFull(now);
        windows.compute(key, (k, current) -> current == null || !current.endsAfter(now)
                ? new Window(now.plus(window), 1) : new Window(current.end(), current.count() + 1));
    }

    /** True if the key has reached its limit in the current window. */
    public boolean exhausted(String key) {
        Window current = windows.get(key);
        return current != null && current.count() >= limit && current.endsAfter(clock.instant());
    }

    /** How long until the key's window ends (zero when it has none). */
    public Duration retryAfter(String key) {
        Window current = windows.get(key);
        Instant now = clock.instant();
        return current == null || !current.endsAfter(now) ? Duration.ZERO : Duration.between(now, current.end());
    }

    public void forget(String key) {
        windows.remove(key);
    }

    private void evictIfFull(Instant now) {
        if (windows.size() >= MAX_KEYS) {
            windows.values().removeIf(w -> !w.endsAfter(now));
        }
    }

    private record Window(Instant end, int count) {
        boolean endsAfter(Instant now) {
            return end.isAfter(now);
        }
    }
}
