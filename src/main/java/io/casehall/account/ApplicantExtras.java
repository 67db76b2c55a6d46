package io.casehall.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The stored {@link ProfileExtras} of one applicant (a row exists once they have saved 我的信息). */
@Entity
@Table(name = "applicant_profile_extras")
class ApplicantExtras {

    @Id
    @Column(name = "applicant_id")
    private Long applicantId;

    @Version
    private Long version;

    @Column(nullable = false)
    private String nationality;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_validity")
    private DocumentValidity documentValidity;

    @Column(name = "validity_start")
    private LocalDate validityStart;

    private String landline;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ApplicantExtras() {
    }

    ApplicantExtras(Long applicantId) {
        this.applicantId = applicantId;
        this.nationality = ProfileExtras.DEFAULT_NATIONALITY;
    }

    ProfileExtras toExtras() {
        return new ProfileExtras(nationality, documentValidity, validityStart, landline);
    }

    void update(ProfileExtras extras, Instant now) {
        this.nationality = extras.nationality();
        this.documentValidity = extras.documentValidity();
        this.validityStart = extras.validityStart();
        this.landline = extras.landline();
        this.updatedAt = now;
    }
}
