package io.casehall.archive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Service evaluation (服务评价) of a finished application: 1–5 stars and an optional comment, one per application. */
@Entity
@Table(name = "archive_rating")
public class ServiceRating {

    @Id
    @Column(name = "application_id")
    private Long applicationId;
    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArchiveServiceType service;
    @Column(nullable = false)
    private int stars;
    private String comment;
    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected ServiceRating() {
    }

    ServiceRating(ArchiveApplication application, int stars, String comment, Instant now) {
        this.applicationId = application.getId();
        this.applicantId = application.getApplicantId();
        this.service = application.getService();
        this.stars = stars;
        this.comment = ArchiveApplication.blankToNull(comment);
        this.ratedAt = now;
    }

    public Long getApplicationId() { return applicationId; }
    public ArchiveServiceType getService() { return service; }
    public int getStars() { return stars; }
    public String getComment() { return comment; }
    public Instant getRatedAt() { return ratedAt; }
}
