package io.casehall.creditbank;

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

/**
 * A learner account an institution keeps (学员账户): name and ID number, 未激活 until the person registers in the
 * portal and passes real-name verification with that ID number; only then is it linked to their applicant account.
 */
@Entity
@Table(name = "cb_learner")
public class Learner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;
    @Column(nullable = false)
    private String name;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LearnerStatus status;
    @Column(name = "applicant_id")
    private Long applicantId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "activated_at")
    private Instant activatedAt;

    protected Learner() {
    }

    public Learner(Long institutionId, String name, String idNumber, Instant now) {
        this.institutionId = institutionId;
        this.name = name;
        this.idNumber = idNumber;
        this.status = LearnerStatus.INACTIVE;
        this.createdAt = now;
    }

    /** Name and ID number may change only while the learner is not activated (the seed). */
    public boolean isEditable() {
        return status == LearnerStatus.INACTIVE;
    }

    public void correct(String name, String idNumber) {
        if (!isEditable()) {
            throw new IllegalStateException("an activated learner's identity is proven and cannot be edited");
        }
        this.name = name;
        this.idNumber = idNumber;
    }

    public void activate(Long applicantId, Instant now) {
        this.status = LearnerStatus.ACTIVE;
        this.applicantId = applicantId;
        this.activatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public LearnerStatus getStatus() {
        return status;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }
}
