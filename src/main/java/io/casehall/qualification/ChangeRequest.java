package io.casehall.qualification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One submission of sensitive changes by a graduate with its proofs, decided by the graduate's college: approved
 * (the new values are applied to the record), rejected (the record stays), or expired when the college window
 * closed undecided.
 */
@Entity
@Table(name = "qualification_change_request")
public class ChangeRequest {

    /** Reason recorded on requests the college window closed on. */
    public static final String EXPIRED_REASON = "学院审核时间已结束，未审核";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;
    @Column(name = "graduate_id", nullable = false)
    private Long graduateId;
    @Column(nullable = false)
    private String college;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeRequestStatus status;
    @Column(name = "proof1_document_id")
    private UUID proof1DocumentId;
    @Column(name = "proof2_document_id")
    private UUID proof2DocumentId;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qualification_change_item", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<ChangeItem> items = new ArrayList<>();

    protected ChangeRequest() {
    }

    public ChangeRequest(QualificationGraduate graduate, List<ChangeItem> items, UUID proof1DocumentId,
                         UUID proof2DocumentId, Instant now) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a change request changes at least one field");
        }
        this.campaignId = graduate.getCampaignId();
        this.graduateId = graduate.getId();
        this.college = graduate.getCollege();
        this.items.addAll(items);
        this.proof1DocumentId = proof1DocumentId;
        this.proof2DocumentId = proof2DocumentId;
        this.submittedAt = now;
        this.status = ChangeRequestStatus.PENDING;
        graduate.changeRequested(now);
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public boolean isPending() {
        return status == ChangeRequestStatus.PENDING;
    }

    /** The college approves: the new values are applied to the graduate's record. */
    public void approve(QualificationGraduate graduate, String by, String reason, Instant now) {
        decide(graduate, ChangeRequestStatus.APPROVED, by, reason, now);
        items.forEach(item -> graduate.apply(item.getField(), item.getNewValue(), item.getNewText(), now));
        graduate.changeDecided(CheckStatus.CHANGED, now);
    }

    /** The college rejects with a reason: the record stays as it was. */
    public void reject(QualificationGraduate graduate, String by, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        decide(graduate, ChangeRequestStatus.REJECTED, by, reason, now);
        graduate.changeDecided(CheckStatus.CHANGE_REJECTED, now);
    }

    /** The college window closed while the request was undecided. */
    public void expire(QualificationGraduate graduate, Instant now) {
        decide(graduate, ChangeRequestStatus.EXPIRED, null, EXPIRED_REASON, now);
        graduate.changeDecided(CheckStatus.CHANGE_EXPIRED, now);
    }

    private void decide(QualificationGraduate graduate, ChangeRequestStatus outcome, String by, String reason,
                        Instant now) {
        if (!isPending()) {
            throw new IllegalStateException("change request " + id + " is already " + status);
        }
        if (!Objects.equals(graduate.getId(), graduateId)) {
            throw new IllegalArgumentException("change request " + id + " is not of graduate " + graduate.getId());
        }
        this.status = outcome;
        this.decidedBy = by;
        this.reason = reason;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getGraduateId() {
        return graduateId;
    }

    public String getCollege() {
        return college;
    }

    public ChangeRequestStatus getStatus() {
        return status;
    }

    public UUID getProof1DocumentId() {
        return proof1DocumentId;
    }

    public UUID getProof2DocumentId() {
        return proof2DocumentId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReason() {
        return reason;
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

    public List<ChangeItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
