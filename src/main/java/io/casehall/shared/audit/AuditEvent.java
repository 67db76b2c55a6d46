package io.casehall.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the append-only audit log: who did what to which object, and when. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    private static final int ID_LENGTH = 128;
    private static final int DETAIL_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_kind", nullable = false)
    private String actorKind;

    @Column(name = "actor_id", nullable = false)
    private String actorId;

    @Column(nullable = false)
    private String action;

    @Column(name = "object_type", nullable = false)
    private String objectType;

    @Column(name = "object_id")
    private String objectId;

    @Column(length = 2000)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actorKind, String actorId, String action, String objectType,
               String objectId, String detail) {
        this.occurredAt = occurredAt;
        this.actorKind = actorKind;
        // Ids can be what someone typed (a failed sign-in's user name): cut to the columns, never refused.
        this.actorId = cut(actorId, ID_LENGTH);
        this.action = action;
        this.objectType = objectType;
        this.objectId = cut(objectId, ID_LENGTH);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorKind() {
        return actorKind;
    }

    public String getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getDetail() {
        return detail;
    }
}
