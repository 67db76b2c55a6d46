package io.casehall.shared.web;

import io.casehall.shared.security.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time submission tokens, so that a form sent twice (a double click, a reload, the back button) does
 * its work once. The page puts a token made by {@link #issue()} in a hidden field; the first POST with it
 * claims the token — a row with the token as primary key, committed at once, so the claim is atomic across
 * requests running at the same moment and across nodes — runs its action and stores the action's outcome (an
 * id, a path) in the same transaction as the action's own data. Every later POST with that token gets the
 * first one's outcome instead of running the action again; one that arrives while the first is still running
 * waits for it a few seconds. An action that fails gives the token back, so the form that comes back with
 * messages can be sent again with the same token.
 */
@Service
public class SubmissionTokens {

    /** How long a second submission waits for the first before saying it is still being processed. */
    static final Duration WAIT = Duration.ofSeconds(15);
    /** A claim older than this without an outcome belongs to a request that died (node restart): taken over. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    /** Outcomes are remembered this long, far longer than anyone presses "back" and sends a form again. */
    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final long POLL_MILLIS = 100;
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** How a submission went: run now, answered from an earlier run, or still running elsewhere. */
    public enum Status { FIRST, REPEATED, STILL_RUNNING }

    /** The status and, unless still running, the action's outcome. */
    public record Outcome(Status status, String value) {
    }

    private record Claim(String owner, String purpose, Instant claimedAt, String outcome, boolean completed) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public SubmissionTokens(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A fresh token for a form about to be shown. */
    public String issue() {
        return UUID.randomUUID().toString();
    }

    /** Whether a posted token has the shape {@link #issue()} gives (anything else is refused before any look-up). */
    public static boolean wellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }

    /**
     * The outcome of an earlier submission of this token by this owner for this purpose, if it finished: lets a
     * controller answer a repeated POST before it even stores the request's uploads.
     */
    public Optional<String> completed(Actor owner, String purpose, String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return read(token).filter(claim -> claim.completed() && belongs(claim, owner, purpose)).map(Claim::outcome);
    }

    /**
     * Runs {@code action} once per token: it runs in a transaction (joined by the services it calls) that also
     * records its outcome. Throws {@link UserFacingException} {@code form.expired} for a token that is malformed
     * or another person's (the caller shows the form again with a new token); exceptions of the action pass
     * through, after the token has been given back.
     */
    public Outcome once(Actor owner, String purpose, String token, Supplier<String> action) {
        if (!wellFormed(token)) {
            throw new UserFacingException("form.expired");
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!claim(owner, purpose, token)) {
            if (System.nanoTime() > deadline) {
                return new Outcome(Status.STILL_RUNNING, null);
            }
            Optional<Claim> existing = read(token);
            if (existing.isEmpty()) {
                pause(); // the first request gave the token back: claim it again
                continue;
            }
            Claim claim = existing.get();
            if (!belongs(claim, owner, purpose)) {
                throw new UserFacingException("form.expired");
            }
            if (claim.completed()) {
                return new Outcome(Status.REPEATED, claim.outcome());
            }
            if (claim.claimedAt().isBefore(clock.instant().minus(ABANDONED_AFTER)) && takeOver(token, claim.claimedAt())) {
                break;
            }
            pause();
        }
        try {
            String outcome = transaction.execute(status -> {
                String value = action.get();
                jdbc.update("UPDATE form_submission SET outcome = ?, completed_at = ? WHERE token = ?",
                        value, Timestamp.from(clock.instant()), token);
                return value;
            });
            return new Outcome(Status.FIRST, outcome);
        } catch (RuntimeException | Error failed) {
            release(token);
            throw failed;
        }
    }

    /** Inserts the claim in its own transaction; false when the token is already claimed. */
    private boolean claim(Actor owner, String purpose, String token) {
        Instant now = clock.instant();
        try {
            newTransaction.executeWithoutResult(status -> {
                jdbc.update("DELETE FROM form_submission WHERE claimed_at < ?", Timestamp.from(now.minus(KEPT_FOR)));
                jdbc.update("INSERT INTO form_submission (token, owner, purpose, claimed_at) VALUES (?, ?, ?, ?)",
                        token, ownerOf(owner), purpose, Timestamp.from(now));
            });
            return true;
        } catch (DataIntegrityViolationException alreadyClaimed) {
            return false;
        }
    }

    /** Claims a token whose first request died; only one of several callers succeeds. */
    private boolean takeOver(String token, Instant claimedAt) {
        Integer updated = newTransaction.execute(status -> jdbc.update(
                "UPDATE form_submission SET claimed_at = ? WHERE token = ? AND completed_at IS NULL AND claimed_at = ?",
                Timestamp.from(clock.instant()), token, Timestamp.from(claimedAt)));
        return updated != null && updated == 1;
    }

    private void release(String token) {
        newTransaction.executeWithoutResult(status ->
                jdbc.update("DELETE FROM form_submission WHERE token = ? AND completed_at IS NULL", token));
    }

    private Optional<Claim> read(String token) {
        List<Claim> rows = jdbc.query(
                "SELECT owner, purpose, claimed_at, outcome, completed_at FROM form_submission WHERE token = ?",
                (rs, i) -> new Claim(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getTimestamp(5) != null), token);
        return rows.stream().findFirst();
    }

    private static boolean belongs(Claim claim, Actor owner, String purpose) {
        return claim.owner().equals(ownerOf(owner)) && claim.purpose().equals(purpose);
    }

    private static String ownerOf(Actor actor) {
        return actor.actorKind().name() + ":" + actor.actorId();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an earlier submission", e);
        }
    }
}
