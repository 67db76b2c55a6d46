package io.casehall.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.casehall.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientCounterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T02:00:00Z"));

    @Test
    void aClientIsHeldBackAtItsLimitUntilItsWindowEnds() {
        ClientCounter counter = new ClientCounter(clock, Duration.ofMinutes(10), 3);
        assertThat(counter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(counter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(counter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(counter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(counter.exhausted("10.0.0.1")).isTrue();
        assertThat(counter.tryAcquire("10.0.0.2")).as("another client").isTrue();

        clock.advance(Duration.ofMinutes(4));
        assertThat(counter.retryAfter("10.0.0.1")).isEqualTo(Duration.ofMinutes(6));

        clock.advance(Duration.ofMinutes(6));
        assertThat(counter.exhausted("10.0.0.1")).isFalse();
        assertThat(counter.tryAcquire("10.0.0.1")).isTrue();
    }

    @Test
    void recordedEventsCountBeyondTheLimitAndForgetClearsThem() {
        ClientCounter counter = new ClientCounter(clock, Duration.ofMinutes(10), 2);
        counter.record("a");
        assertThat(counter.exhausted("a")).isFalse();
        counter.record("a");
        counter.record("a");
        assertThat(counter.exhausted("a")).isTrue();
        counter.forget("a");
        assertThat(counter.exhausted("a")).isFalse();
        assertThat(counter.retryAfter("a")).isZero();
    }
}
