package io.casehall.clearance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A clearance plan (离校方案): a named season of students launched with one process definition. */
@Entity
@Table(name = "clearance_plan")
public class ClearancePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "process_definition_id")
    private String processDefinitionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "launch_started_at")
    private Instant launchStartedAt;

    @Column(name = "launch_heartbeat_at")
    private Instant launchHeartbeatAt;

    @Column(name = "launched_at")
    private Instant launchedAt;

    protected ClearancePlan() {
    }

    public ClearancePlan(String name, String createdBy, Instant now) {
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = PlanStatus.DRAFT;
    }

    /** Starts (or resumes) the launch with the given definition; a plan keeps the definition of its first launch. */
    public void startLaunch(String definitionId, Instant now) {
        if (processDefinitionId == null) {
            processDefinitionId = definitionId;
        }
        status = PlanStatus.LAUNCHING;
        launchStartedAt = now;
        launchHeartbeatAt = now;
    }

    public void finishLaunch(boolean complete, Instant now) {
        status = complete ? PlanStatus.LAUNCHED : PlanStatus.INTERRUPTED;
        launchHeartbeatAt = now;
        if (complete) {
            launchedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getProcessDefinitionId() {
        return processDefinitionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLaunchHeartbeatAt() {
        return launchHeartbeatAt;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }
}
