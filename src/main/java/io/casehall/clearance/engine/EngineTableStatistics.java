package io.casehall.clearance.engine;

import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the query planner what it needs to plan Tasklist's queue well at season scale.
 * <p>
 * The engine's task query checks authorizations with {@code PERMS_ & ? = ?}. PostgreSQL has no statistics on such
 * an expression and guesses that 0.5 % of the rows match, so with 100,000 task authorizations it expects a few
 * dozen for the group instead of 12,500. It then reads all of them once and compares every candidate task with
 * every one (76 ms for a page of 15) instead of looking each task up in the index (10 ms). Statistics on the two
 * expressions the task queries use (READ on the task, READ_TASK on the process definition) fix the estimate
 * (PostgreSQL 14 or later; H2 has no such statistics and is unaffected).
 * <p>
 * A launch also inserts about a hundred thousand rows into these tables within a minute, well before autovacuum
 * analyses them, so the launcher refreshes the statistics as soon as it is done.
 */
@Component
public class EngineTableStatistics {

    private static final Logger log = LoggerFactory.getLogger(EngineTableStatistics.class);

    private static final List<String> EXPRESSION_STATISTICS = List.of(
            "CREATE STATISTICS IF NOT EXISTS CASEHALL_STAT_AUTH_READ ON (PERMS_ & 2) FROM ACT_RU_AUTHORIZATION",
            "CREATE STATISTICS IF NOT EXISTS CASEHALL_STAT_AUTH_READ_TASK ON (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION");

    private static final List<String> LAUNCH_TABLES = List.of("ACT_RU_TASK", "ACT_RU_IDENTITYLINK",
            "ACT_RU_AUTHORIZATION", "ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "CLEARANCE_STUDENT",
            "CLEARANCE_CHECKPOINT_STATE");

    private final JdbcTemplate jdbc;

    EngineTableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Order(11)
    @EventListener(ApplicationReadyEvent.class)
    void createExpressionStatistics() {
        if (isH2()) {
            return;
        }
        for (String statement : EXPRESSION_STATISTICS) {
            try {
                jdbc.execute(statement);
            } catch (DataAccessException e) {
                // Older PostgreSQL, or another node creating them at this moment: queries stay correct, only slower.
                log.warn("Could not create planner statistics ({})", statement, e);
            }
        }
    }

    public void refreshAfterLaunch() {
        for (String table : LAUNCH_TABLES) {
            try {
                jdbc.execute("ANALYZE " + (isH2() ? "TABLE " : "") + table);
            } catch (DataAccessException e) {
                // Statistics only speed queries up; the launch itself is complete.
                log.warn("Could not refresh the statistics of {}", table, e);
            }
        }
    }

    private boolean isH2() {
        return Boolean.TRUE.equals(jdbc.execute((Connection c) ->
                "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())));
    }
}
