package io.casehall.qualification.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A college's request to add a graduate to a campaign or remove one from it (生源增减), and the office's decision. */
@Entity
@Table(name = "qualification_roster_change")
public class RosterChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(nullable = false)
    private String college;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_type", nullable = false)
    private RosterChangeType type;
    /** Removal: the graduate to remove; addition: the graduate created on approval. */
    @Column(name = "graduate_id")
    private Long graduateId;
    @Embedded
    private RosterGraduate graduate;
    @Column(nullable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RosterChangeStatus status;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected RosterChange() {
    }

    private RosterChange(Long campaignId, String college, RosterChangeType type, Long graduateId,
                         RosterGraduate graduate, String reason, String requestedBy, Instant requestedAt) {
        this.campaignId = campaignId;
        this.college = college;
        this.type = type;
        this.graduateId = graduateId;
        this.graduate = graduate;
        this.reason = reason;
        this.status = RosterChangeStatus.PENDING;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    static RosterChange addition(Long campaignId, String college, RosterGraduate graduate, String reason,
                                 String requestedBy, Instant at) {
        return new RosterChange(campaignId, college, RosterChangeType.ADD, null, graduate, reason, requestedBy, at);
    }

    static RosterChange removal(Long campaignId, String college, Long graduateId, RosterGraduate snapshot,
                                String reason, String requestedBy, Instant at) {
        return new RosterChange(campaignId, college, RosterChangeType.REMOVE, graduateId, snapshot, reason,
                requestedBy, at);
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Approved and applied; for an addition, the graduate it created. */
    void applied(Long graduateId, String by, Instant at) {
        requirePending();
        if (type == RosterChangeType.ADD) {
            this.graduateId = graduateId;
        }
        this.status = RosterChangeStatus.APPLIED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void rejected(String reason, String by, Instant at) {
        requirePending();
        this.status = RosterChangeStatus.REJECTED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    private void requirePending() {
        if (status != RosterChangeStatus.PENDING) {
            throw new IllegalStateException("Roster change " + id + " was decided already");
        }
    }

    public boolean isPending() {
        return status == RosterChangeStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getCollege() {
        return college;
    }

    public RosterChangeType getType() {
        return type;
    }

    public Long getGraduateId() {
        return graduateId;
    }

    public RosterGraduate getGraduate() {
        return graduate;
    }

    public String getReason() {
        return reason;
    }

    public RosterChangeStatus getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
