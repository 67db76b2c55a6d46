package io.casehall.clearance.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks at clearance scale, created once the engine has created its tables.
 * <p>
 * {@code ACT_RU_TASK.PARENT_TASK_ID_}: completing a task makes the engine look for its sub-tasks
 * ({@code TaskManager.deleteTask} → {@code findTasksByParentTaskId}), and Camunda 7.24 has no index on that column
 * (H2 and PostgreSQL alike). With 100,000 open checkpoint tasks every completion scanned the whole task table:
 * one operator passing 1,000 students took 24 s on H2 instead of about one.
 */
@Component
class EngineIndexes {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    static final String TASK_PARENT = "CASEHALL_IDX_TASK_PARENT";

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Order(10)
    @EventListener(ApplicationReadyEvent.class)
    void create() {
        try {
            jdbc.execute("CREATE INDEX IF NOT EXISTS " + TASK_PARENT + " ON ACT_RU_TASK (PARENT_TASK_ID_)");
        } catch (DataAccessException e) {
            // Another node of the cluster is creating it at the same moment.
            log.warn("Could not create the index {} (another node may be creating it)", TASK_PARENT, e);
        }
    }
}
