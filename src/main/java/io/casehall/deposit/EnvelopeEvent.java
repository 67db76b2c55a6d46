package io.casehall.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** What happened while the archive envelope was awaited ({@code deposit.envelope.<kind>}). */
@Embeddable
public class EnvelopeEvent {

    public enum Kind {
        /** Arrived with the tear-off slip stuck on: the archive is deposited. */
        RECEIVED,
        /** Arrived without the slip: returned to the sender, with the reason. */
        RETURNED,
        /** Nothing arrived within the waiting time: the applicant was reminded. */
        REMINDED,
        /** Nothing arrived after the second wait: the application lapsed. */
        LAPSED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;
    private String reason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected EnvelopeEvent() {
    }

    public EnvelopeEvent(Kind kind, String reason, String recordedBy, Instant recordedAt) {
        this.kind = kind;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
