package io.casehall.creditbank.conversion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions on an application's learners, per approval step (a user task of the model, named by its element id).
 * A step decides the learners it has not decided yet — the ticked ones, or all of them; a 不通过 is final at once
 * (转换失败), a 通过 waits for the later steps; {@link #finish} makes the passes final when the last step is done.
 * Set-based statements: a batch of 5,000 learners is decided in a few of them.
 */
@Service
public class ConversionDecisions {

    /** Who decides and how: the step (task definition key and name), the result, the reason, the person. */
    public record Decision(String step, String stepName, boolean passed, String reason, String actor, String actorName) {
    }

    private static final int CHUNK = 1000;
    private static final String UNDECIDED_AT_STEP = " FROM cb_conversion_item i WHERE i.application_id = ?"
            + " AND i.status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM cb_conversion_review r"
            + " WHERE r.item_id = i.id AND r.step = ?)";

    private final JdbcTemplate jdbc;
    private final ConversionApplicationRepository applications;
    private final ConversionNotices notices;
    private final Clock clock;

    ConversionDecisions(JdbcTemplate jdbc, ConversionApplicationRepository applications, ConversionNotices notices,
                        Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.notices = notices;
        this.clock = clock;
    }

    /** How many learners of the application the step has still to decide. */
    public long undecidedAt(Long applicationId, String step) {
        Long count = jdbc.queryForObject("SELECT COUNT(*)" + UNDECIDED_AT_STEP, Long.class, applicationId, step);
        return count == null ? 0 : count;
    }

    /**
     * Decides the ticked learners (item ids; null or empty: every learner the step has not decided) and returns how
     * many were decided. Ticked learners that are not the step's to decide (another application's, already decided)
     * are left alone.
     */
    @Transactional
    public int decide(Long applicationId, Collection<Long> ticked, Decision decision) {
        Timestamp now = Timestamp.from(clock.instant());
        int decided = 0;
        for (List<Long> chunk : chunks(ticked)) {
            decided += insertReviews(applicationId, chunk, decision, now);
        }
        if (!decision.passed()) {
            jdbc.update("UPDATE cb_conversion_item SET status = 'FAILED', reason = ?, decided_by = ?, decided_at = ?,"
                            + " version = version + 1 WHERE application_id = ? AND status = 'PENDING' AND EXISTS"
                            + " (SELECT 1 FROM cb_conversion_review r WHERE r.item_id = cb_conversion_item.id"
                            + " AND r.step = ? AND r.decision = 'FAILED')",
                    decision.reason(), decision.actorName(), now, applicationId, decision.step());
        }
        return decided;
    }

    /**
     * The last step is done: every learner still 审核中 passed every step and is 转换成功; the application is decided
     * and the learner, the receiving and the initiating institution are told.
     */
    @Transactional
    public void finish(Long applicationId) {
        ConversionApplication application = applications.findById(applicationId).orElseThrow();
        if (!application.isPending()) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update("UPDATE cb_conversion_item SET status = 'PASSED', decided_at = ?, version = version + 1,"
                + " decided_by = (SELECT r.actor_name FROM cb_conversion_review r WHERE r.id ="
                + " (SELECT MAX(r2.id) FROM cb_conversion_review r2 WHERE r2.item_id = cb_conversion_item.id))"
                + " WHERE application_id = ? AND status = 'PENDING'", Timestamp.from(now), applicationId);
        application.decided(now);
        notices.decided(application);
    }

    private int insertReviews(Long applicationId, List<Long> ids, Decision decision, Timestamp now) {
        String only = ids == null ? "" : " AND i.id IN (" + String.join(",", ids.stream().map(id -> "?").toList()) + ")";
        List<Object> args = new ArrayList<>(List.of(decision.step(), decision.stepName(),
                decision.passed() ? "PASSED" : "FAILED"));
        args.add(decision.reason());
        args.add(decision.actor());
        args.add(decision.actorName());
        args.add(now);
        args.add(applicationId);
        args.add(decision.step());
        if (ids != null) {
            args.addAll(ids);
        }
        return jdbc.update("INSERT INTO cb_conversion_review (item_id, step, step_name, decision, reason, actor,"
                + " actor_name, decided_at) SELECT i.id, CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(255)),"
                + " CAST(? AS VARCHAR(12)), CAST(? AS VARCHAR(500)), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(64)),"
                + " CAST(? AS TIMESTAMP WITH TIME ZONE)" + UNDECIDED_AT_STEP + only, args.toArray());
    }

    /** The ticked ids in chunks a statement can take; one null chunk when nothing is ticked (all). */
    private static List<List<Long>> chunks(Collection<Long> ticked) {
        List<List<Long>> chunks = new ArrayList<>();
        if (ticked == null || ticked.isEmpty()) {
            chunks.add(null);
            return chunks;
        }
        List<Long> all = List.copyOf(ticked);
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
