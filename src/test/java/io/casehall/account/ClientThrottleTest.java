package io.casehall.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.account.ClientThrottle.Kind;
import io.casehall.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The per-client hourly allowances of code requests and account look-ups. */
class ClientThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T02:00:00Z"));
    private final ClientThrottle throttle = new ClientThrottle(clock, 3, 2);

    @Test
    void eachKindAllowsItsNumberPerClientAndHour() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryAcquire(Kind.CODE_REQUEST, "10.0.0.1")).isTrue();
        }
        assertThat(throttle.tryAcquire(Kind.CODE_REQUEST, "10.0.0.1")).isFalse();
        assertThat(throttle.minutesToWait(Kind.CODE_REQUEST, "10.0.0.1")).isEqualTo(60);
        // Another client, and another kind of request, have their own allowance.
        assertThat(throttle.tryAcquire(Kind.CODE_REQUEST, "10.0.0.2")).isTrue();
        assertThat(throttle.tryAcquire(Kind.ACCOUNT_LOOKUP, "10.0.0.1")).isTrue();
        assertThat(throttle.tryAcquire(Kind.ACCOUNT_LOOKUP, "10.0.0.1")).isTrue();
        assertThat(throttle.tryAcquire(Kind.ACCOUNT_LOOKUP, "10.0.0.1")).isFalse();
    }

    @Test
    void refusedRequestsDoNotExtendTheWaitAndTheHourEnds() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAcquire(Kind.CODE_REQUEST, "10.0.0.3");
        }
        clock.advance(Duration.ofMinutes(50));
        assertThat(throttle.tryAcquire(Kind.CODE_REQUEST, "10.0.0.3")).isFalse();
        assertThat(throttle.minutesToWait(Kind.CODE_REQUEST, "10.0.0.3")).isEqualTo(10);
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.tryAcquire(Kind.CODE_REQUEST, "10.0.0.3")).isTrue();
    }
}
