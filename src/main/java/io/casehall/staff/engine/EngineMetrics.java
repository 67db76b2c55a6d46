package io.casehall.staff.engine;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The engine's state as Prometheus sees it:
 * <ul>
 *   <li>{@code casehall.engine.jobs.executed{outcome=succeeded|failed}}: jobs run on this node (counter);</li>
 *   <li>{@code casehall.engine.incidents.open{type}}: open incidents, e.g. {@code failedJob};</li>
 *   <li>{@code casehall.engine.tasks.open{queue}} and {@code casehall.engine.tasks.overdue{queue}}: open user tasks
 *       per candidate group, and those whose due date has passed.</li>
 * </ul>
 * The gauges come from two grouped queries that are run at most once per {@code casehall.metrics.engine-cache}
 * (5 s), however many gauges a scrape reads and however many scrapers there are. The role queues and the
 * incident types are always present (0 when empty); a queue created later (a clearance checkpoint or department
 * group) appears from the scrape after its first task.
 */
@Component
public class EngineMetrics {

    private static final Logger log = LoggerFactory.getLogger(EngineMetrics.class);

    static final Set<String> INCIDENT_TYPES = Set.of("failedJob", "failedExternalTask");

    private static final String TASKS_PER_QUEUE = """
            SELECT I.GROUP_ID_, COUNT(DISTINCT T.ID_),
                   COUNT(DISTINCT CASE WHEN T.DUE_DATE_ < ? THEN T.ID_ END)
            FROM ACT_RU_TASK T JOIN ACT_RU_IDENTITYLINK I ON I.TASK_ID_ = T.ID_
            WHERE I.TYPE_ = 'candidate' AND I.GROUP_ID_ IS NOT NULL
            GROUP BY I.GROUP_ID_""";

    private static final String INCIDENTS_PER_TYPE =
            "SELECT INCIDENT_TYPE_, COUNT(*) FROM ACT_RU_INCIDENT GROUP BY INCIDENT_TYPE_";

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration cacheFor;
    private final Set<String> queues = ConcurrentHashMap.newKeySet();
    private final Set<String> incidentTypes = ConcurrentHashMap.newKeySet();
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    EngineMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock, EngineMetricsPlugin plugin,
                  @Value("${casehall.metrics.engine-cache:PT5S}") Duration cacheFor) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        this.cacheFor = cacheFor;
        JobOutcomes jobs = plugin.jobOutcomes();
        FunctionCounter.builder("casehall.engine.jobs.executed", jobs, JobOutcomes::succeeded)
                .description("Jobs executed on this node").tag("outcome", "succeeded").register(registry);
        FunctionCounter.builder("casehall.engine.jobs.executed", jobs, JobOutcomes::failed)
                .description("Jobs executed on this node").tag("outcome", "failed").register(registry);
        io.casehall.staff.StaffRoles.QUEUES.keySet().forEach(this::registerQueue);
        INCIDENT_TYPES.forEach(this::registerIncidentType);
    }

    /** Reads the engine now (the next scrape shows queues and incident types seen for the first time). */
    public void refresh() {
        snapshot = read();
        snapshot.open().keySet().forEach(this::registerQueue);
        snapshot.incidents().keySet().forEach(this::registerIncidentType);
    }

    private Snapshot current() {
        Snapshot seen = snapshot;
        if (seen.readAt().plus(cacheFor).isAfter(clockNow())) {
            return seen;
        }
        synchronized (this) {
            if (snapshot.readAt().plus(cacheFor).isAfter(clockNow())) {
                return snapshot;
            }
            try {
                refresh();
            } catch (DataAccessException e) {
                // The database is unreachable: keep the last figures rather than fail the whole scrape.
                log.warn("Could not read the engine's figures for the metrics", e);
                snapshot = new Snapshot(clockNow(), snapshot.open(), snapshot.overdue(), snapshot.incidents());
            }
            return snapshot;
        }
    }

    /** The cache's age is measured in real time: the business clock is moved around in tests. */
    private static Instant clockNow() {
        return Instant.now();
    }

    private Snapshot read() {
        Map<String, Long> open = new HashMap<>();
        Map<String, Long> overdue = new HashMap<>();
        jdbc.query(TASKS_PER_QUEUE, rs -> {
            open.put(rs.getString(1), rs.getLong(2));
            overdue.put(rs.getString(1), rs.getLong(3));
        }, Timestamp.from(clock.instant()));
        Map<String, Long> incidents = new HashMap<>();
        jdbc.query(INCIDENTS_PER_TYPE, rs -> {
            incidents.put(rs.getString(1), rs.getLong(2));
        });
        return new Snapshot(clockNow(), Map.copyOf(open), Map.copyOf(overdue), Map.copyOf(incidents));
    }

    private void registerQueue(String queue) {
        if (queues.add(queue)) {
            Gauge.builder("casehall.engine.tasks.open", this, m -> m.current().open().getOrDefault(queue, 0L))
                    .description("Open user tasks per queue (candidate group)").tag("queue", queue).register(registry);
            Gauge.builder("casehall.engine.tasks.overdue", this, m -> m.current().overdue().getOrDefault(queue, 0L))
                    .description("Open user tasks per queue whose due date has passed").tag("queue", queue)
                    .register(registry);
        }
    }

    private void registerIncidentType(String type) {
        if (incidentTypes.add(type)) {
            Gauge.builder("casehall.engine.incidents.open", this, m -> m.current().incidents().getOrDefault(type, 0L))
                    .description("Open incidents per type").tag("type", type).register(registry);
        }
    }

    private record Snapshot(Instant readAt, Map<String, Long> open, Map<String, Long> overdue,
                            Map<String, Long> incidents) {
        static final Snapshot EMPTY = new Snapshot(Instant.EPOCH, Map.of(), Map.of(), Map.of());
    }
}
