package io.casehall.clearance.plan;

import io.casehall.clearance.ClearancePlan;
import io.casehall.shared.security.Actor;
import io.casehall.shared.web.UserFacingException;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps clearance launches alive across nodes: knows the plans this node is launching, beats for them
 * ({@code clearance_plan.launch_heartbeat_at}) and resumes, through {@link PlanLauncher}, the launches whose node
 * died. The launching itself is {@link PlanLauncher}'s.
 */
@Component
public class LaunchWatch {

    private static final Logger log = LoggerFactory.getLogger(LaunchWatch.class);

    /** Looked up when a launch is resumed: the launcher depends on the watch, not the other way round. */
    private final ObjectProvider<PlanLauncher> launcher;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** A launch whose heartbeat is older than this is taken to have died with its node. */
    private final Duration staleAfter;
    /** How often this node beats for its launches and looks for launches abandoned by a dead node (0: never). */
    private final Duration resumeEvery;
    private final ScheduledExecutorService watch =
            Executors.newSingleThreadScheduledExecutor(PlanLauncher.daemon("clearance-launch-watch"));
    /** Plans being launched by this node. */
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    LaunchWatch(ObjectProvider<PlanLauncher> launcher, JdbcTemplate jdbc, Clock clock,
                @Value("${casehall.clearance.launch.stale-after:2m}") Duration staleAfter,
                @Value("${casehall.clearance.launch.resume-every:20s}") Duration resumeEvery) {
        this.launcher = launcher;
        this.jdbc = jdbc;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.resumeEvery = resumeEvery;
    }

    /**
     * Once the application is ready: every {@code resume-every}, beat for the launches running on this node and
     * resume the launches whose node died (status LAUNCHING, heartbeat older than {@code stale-after}). Claiming
     * a plan is optimistic-locked, so of several live nodes exactly one resumes it; the students' claims make
     * even an overlapping launch start nobody twice.
     */
    @EventListener(ApplicationReadyEvent.class)
    void watchLaunches() {
        if (!resumeEvery.isZero() && !resumeEvery.isNegative()) {
            long millis = resumeEvery.toMillis();
            watch.scheduleWithFixedDelay(this::beatAndResume, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    void beatAndResume() {
        try {
            running.forEach(this::heartbeat);
            List<Long> abandoned = jdbc.queryForList("SELECT id FROM clearance_plan WHERE status = 'LAUNCHING'"
                            + " AND (launch_heartbeat_at IS NULL OR launch_heartbeat_at < ?) ORDER BY id", Long.class,
                    Timestamp.from(clock.instant().minus(staleAfter)));
            for (Long planId : abandoned) {
                if (running.contains(planId)) {
                    continue;
                }
                try {
                    launcher.getObject().launch(planId, Actor.SYSTEM);
                    log.warn("Clearance plan {}: its launch was abandoned (no heartbeat for {}), resuming it here",
                            planId, staleAfter);
                } catch (UserFacingException e) {
                    log.info("Clearance plan {}: another node resumes its launch", planId);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Checking for abandoned clearance launches failed", e);
        }
    }

    /** This node has claimed the plan and launches it. */
    void started(long planId) {
        running.add(planId);
    }

    /** This node's launch of the plan has ended (complete or not). */
    void ended(long planId) {
        running.remove(planId);
    }

    /** A LAUNCHING plan is alive while this node launches it or another node's heartbeat is fresh. */
    boolean isAlive(ClearancePlan plan) {
        if (running.contains(plan.getId())) {
            return true;
        }
        Instant heartbeat = plan.getLaunchHeartbeatAt();
        return heartbeat != null && heartbeat.isAfter(clock.instant().minus(staleAfter));
    }

    void heartbeat(long planId) {
        jdbc.update("UPDATE clearance_plan SET launch_heartbeat_at = ? WHERE id = ?", Timestamp.from(clock.instant()),
                planId);
    }

    @PreDestroy
    void stop() {
        watch.shutdownNow();
    }
}
