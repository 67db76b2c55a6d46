package io.casehall.shared.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message in a message centre (我的消息): an applicant's ({@code applicantId}) or a staff or institution user's
 * ({@code userId}, a Camunda user id) — exactly one of the two.
 */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id")
    private Long applicantId;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "dedup_key", nullable = false, unique = true)
    private String dedupKey;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
    }

    InboxMessage(Long applicantId, String dedupKey, String subject, String body, String link, Instant createdAt) {
        this.applicantId = applicantId;
        this.dedupKey = dedupKey;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = createdAt;
    }

    static InboxMessage forUser(String userId, String dedupKey, String subject, String body, String link,
                                Instant createdAt) {
        InboxMessage message = new InboxMessage(null, dedupKey, subject, body, link, createdAt);
        message.userId = userId;
        return message;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getUserId() {
        return userId;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
