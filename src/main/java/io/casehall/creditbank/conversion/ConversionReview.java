package io.casehall.creditbank.conversion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision on one learner (审核记录), at the approval step of the model that made it. Written in bulk. */
@Entity
@Table(name = "cb_conversion_review")
public class ConversionReview {

    @Id
    private Long id;
    @Column(name = "item_id", nullable = false)
    private Long itemId;
    @Column(nullable = false)
    private String step;
    @Column(name = "step_name", nullable = false)
    private String stepName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversionItemStatus decision;
    private String reason;
    @Column(nullable = false)
    private String actor;
    @Column(name = "actor_name", nullable = false)
    private String actorName;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ConversionReview() {
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getStep() {
        return step;
    }

    public String getStepName() {
        return stepName;
    }

    public ConversionItemStatus getDecision() {
        return decision;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
