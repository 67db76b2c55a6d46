package io.casehall.creditbank.commitment;

import io.casehall.creditbank.InstitutionPrincipal;
import io.casehall.shared.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information-publishing commitment (信息发布安全承诺书): before a user's first conversion method or rule, they
 * read it and accept it once (the seed). Publishing pages send a user who has not yet accepted to
 * {@link CommitmentController}, which comes back to where they were going.
 */
@Service
public class PublishingCommitments {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PublishingCommitments(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean hasAccepted(InstitutionPrincipal user) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM cb_publishing_commitment WHERE user_id = ?",
                Integer.class, user.userId());
        return found != null && found > 0;
    }

    /** The page to show first when the user has not accepted yet, coming back to {@code next}; null when accepted. */
    public String redirectIfNotAccepted(InstitutionPrincipal user, String next) {
        return hasAccepted(user) ? null : "redirect:" + CommitmentController.PATH + "?next=" + next;
    }

    @Transactional
    public void accept(InstitutionPrincipal user) {
        if (hasAccepted(user)) {
            return;
        }
        jdbc.update("INSERT INTO cb_publishing_commitment (user_id, institution_id, accepted_at) VALUES (?, ?, ?)",
                user.userId(), user.institutionId(), Timestamp.from(clock.instant()));
        audit.record(user, "PUBLISHING_COMMITMENT_ACCEPTED", "institution", user.institutionId(), null);
    }
}
