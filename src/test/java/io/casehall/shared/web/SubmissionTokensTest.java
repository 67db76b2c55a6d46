package io.casehall.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casehall.shared.security.Actor;
import io.casehall.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one-time submission tokens every form that creates something uses (database claim, on H2 and PostgreSQL). */
class SubmissionTokensTest extends IntegrationTest {

    private static final String PURPOSE = "test-form";
    private static final Actor ALICE = Actor.of(Actor.Kind.APPLICANT, "token-alice");
    private static final Actor BOB = Actor.of(Actor.Kind.APPLICANT, "token-bob");

    @Autowired
    SubmissionTokens tokens;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenRunsItsActionOnceAndAnswersLaterSubmissionsWithTheFirstOutcome() {
        String token = tokens.issue();
        AtomicInteger runs = new AtomicInteger();
        var first = tokens.once(ALICE, PURPOSE, token, () -> "created-" + runs.incrementAndGet());
        var second = tokens.once(ALICE, PURPOSE, token, () -> "created-" + runs.incrementAndGet());

        assertThat(first).isEqualTo(new SubmissionTokens.Outcome(SubmissionTokens.Status.FIRST, "created-1"));
        assertThat(second).isEqualTo(new SubmissionTokens.Outcome(SubmissionTokens.Status.REPEATED, "created-1"));
        assertThat(runs).hasValue(1);
        assertThat(tokens.completed(ALICE, PURPOSE, token)).contains("created-1");
        assertThat(tokens.completed(BOB, PURPOSE, token)).isEmpty();
        assertThat(tokens.issue()).isNotEqualTo(token);
    }

    @Test
    void aFailedActionGivesTheTokenBack() {
        String token = tokens.issue();
        assertThatThrownBy(() -> tokens.once(ALICE, PURPOSE, token, () -> {
            throw new UserFacingException("archive.error.noItem");
        })).isInstanceOf(UserFacingException.class);
        assertThat(tokens.completed(ALICE, PURPOSE, token)).isEmpty();

        assertThat(tokens.once(ALICE, PURPOSE, token, () -> "second try").status())
                .isEqualTo(SubmissionTokens.Status.FIRST);
    }

    @Test
    void aTokenIsItsOwnersForItsPurposeAndMalformedOnesAreRefused() {
        String token = tokens.issue();
        tokens.once(ALICE, PURPOSE, token, () -> "alice's");
        for (Runnable misuse : List.<Runnable>of(
                () -> tokens.once(BOB, PURPOSE, token, () -> "bob's"),
                () -> tokens.once(ALICE, "another-form", token, () -> "other form"),
                () -> tokens.once(ALICE, PURPOSE, "not-a-token", () -> "malformed"),
                () -> tokens.once(ALICE, PURPOSE, null, () -> "missing"))) {
            assertThatThrownBy(misuse::run).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("form.expired");
        }
    }

    @Test
    void twoSubmissionsAtTheSameMomentRunTheActionOnce() throws Exception {
        String token = tokens.issue();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch firstIsRunning = new CountDownLatch(1);
        CountDownLatch secondHasStarted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SubmissionTokens.Outcome> first = pool.submit(() -> tokens.once(ALICE, PURPOSE, token, () -> {
                firstIsRunning.countDown();
                await(secondHasStarted);
                return "made once, run " + runs.incrementAndGet();
            }));
            await(firstIsRunning);
            Future<SubmissionTokens.Outcome> second = pool.submit(() -> {
                secondHasStarted.countDown();
                return tokens.once(ALICE, PURPOSE, token, () -> "made twice, run " + runs.incrementAndGet());
            });
            assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(SubmissionTokens.Status.FIRST);
            assertThat(second.get(30, TimeUnit.SECONDS))
                    .isEqualTo(new SubmissionTokens.Outcome(SubmissionTokens.Status.REPEATED, "made once, run 1"));
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimWhoseRequestDiedIsTakenOver() {
        String token = tokens.issue();
        jdbc.update("INSERT INTO form_submission (token, owner, purpose, claimed_at) VALUES (?, ?, ?, ?)", token,
                "APPLICANT:token-alice", PURPOSE, Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));
        assertThat(tokens.once(ALICE, PURPOSE, token, () -> "after a restart"))
                .isEqualTo(new SubmissionTokens.Outcome(SubmissionTokens.Status.FIRST, "after a restart"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
