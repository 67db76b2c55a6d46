package io.casehall.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A request to e-mail chosen sealed PDFs to an address; sent once, by a job that retries while the mail server is down. */
@Entity
@Table(name = "archive_email_request")
public class EmailRequest {

    public enum Status { PENDING, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(nullable = false)
    private String address;
    @Column(name = "pdf_ids", nullable = false)
    private String pdfIds;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "request_key", nullable = false)
    private String requestKey;

    protected EmailRequest() {
    }

    EmailRequest(Long applicationId, String address, List<Long> pdfIds, String requestKey, Instant now) {
        this.applicationId = applicationId;
        this.address = address;
        this.pdfIds = String.join(",", pdfIds.stream().map(String::valueOf).toList());
        this.requestKey = requestKey;
        this.requestedAt = now;
    }

    public void sent(Instant now) {
        this.status = Status.SENT;
        this.sentAt = now;
    }

    public List<Long> pdfIdList() {
        return Arrays.stream(pdfIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getAddress() { return address; }
    public Status getStatus() { return status; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getSentAt() { return sentAt; }
}
