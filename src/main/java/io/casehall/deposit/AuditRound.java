package io.casehall.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One audit decision: every round is kept, so a resubmitted case shows why it was rejected before. */
@Embeddable
public class AuditRound {

    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(nullable = false)
    private String decision;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected AuditRound() {
    }

    public AuditRound(int roundNo, String decision, String reason, String decidedBy, Instant decidedAt) {
        this.roundNo = roundNo;
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public int getRoundNo() {
        return roundNo;
    }

    /** {@code approve} or {@code reject}. */
    public String getDecision() {
        return decision;
    }

    public boolean isApproved() {
        return ArchiveDepositProcess.DECISION_APPROVE.equals(decision);
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
}
