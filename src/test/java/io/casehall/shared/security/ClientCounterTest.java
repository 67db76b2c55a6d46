package io.casehall.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ClientCounterTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T02:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aClientIsHeldBackAtItsLimitUntilItsWindowEnds() {
        ClientCounter counter = new ClientCounter(clock, Duration.ofMinutes(10), 3);
        assertThat(counter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(counter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(counter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(counter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(counter.exhausted("10.0.0.1")).isTrue();
        assertThat(counter.tryAcquire("10.0.0.2")).as("another client").isTrue();

        now.set(now.get().plus(Duration.ofMinutes(4)));
        assertThat(counter.retryAfter("10.0.0.1")).isEqualTo(Duration.ofMinutes(6));

        now.set(now.get().plus(Duration.ofMinutes(6)));
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
