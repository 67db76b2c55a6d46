package io.casehall.account.realname;

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
import java.time.LocalDate;
import java.util.UUID;

/** One submission of the real-name verification form (实名认证), with its outcome. */
@Entity
@Table(name = "real_name_request")
public class RealNameRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType documentType;

    @Column(name = "document_number", nullable = false)
    private String documentNumber;

    @Column(name = "photo_document_id", nullable = false)
    private UUID photoDocumentId;

    @Column(name = "birth_country")
    private String birthCountry;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    private String gender;
    @Column(name = "province_of_origin")
    private String provinceOfOrigin;
    @Column(name = "education_level")
    private String educationLevel;
    @Column(name = "enrolment_date")
    private LocalDate enrolmentDate;
    private String department;
    @Column(name = "schooling_length")
    private String schoolingLength;
    @Column(name = "study_mode")
    private String studyMode;
    @Column(name = "diploma_no")
    private String diplomaNo;
    @Column(name = "student_no")
    private String studentNo;
    @Column(name = "graduation_date")
    private LocalDate graduationDate;
    private String major;
    @Column(name = "degree_type")
    private String degreeType;
    @Column(name = "study_category")
    private String studyCategory;
    @Column(name = "degree_certificate_no")
    private String degreeCertificateNo;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "auto_approved", nullable = false)
    private boolean autoApproved;
    @Column(name = "review_hint")
    private String reviewHint;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_reason")
    private String decisionReason;

    protected RealNameRequest() {
    }

    RealNameRequest(Long applicantId, RealNameForm form, String documentNumber, UUID photoDocumentId,
                    Instant submittedAt) {
        this.applicantId = applicantId;
        this.documentType = form.getDocumentType();
        this.documentNumber = documentNumber;
        this.photoDocumentId = photoDocumentId;
        this.birthCountry = blankToNull(form.getBirthCountry());
        this.birthDate = form.getBirthDate();
        this.gender = blankToNull(form.getGender());
        this.provinceOfOrigin = blankToNull(form.getProvinceOfOrigin());
        this.educationLevel = blankToNull(form.getEducationLevel());
        this.enrolmentDate = form.getEnrolmentDate();
        this.department = blankToNull(form.getDepartment());
        this.schoolingLength = blankToNull(form.getSchoolingLength());
        this.studyMode = blankToNull(form.getStudyMode());
        this.diplomaNo = blankToNull(form.getDiplomaNo());
        this.studentNo = blankToNull(form.getStudentNo());
        this.graduationDate = form.getGraduationDate();
        this.major = blankToNull(form.getMajor());
        this.degreeType = blankToNull(form.getDegreeType());
        this.studyCategory = blankToNull(form.getStudyCategory());
        this.degreeCertificateNo = blankToNull(form.getDegreeCertificateNo());
        this.submittedAt = submittedAt;
    }

    void supersede() {
        if (status == RequestStatus.PENDING) {
            status = RequestStatus.SUPERSEDED;
        }
    }

    void awaitReview(String hint) {
        this.reviewHint = hint;
    }

    void approve(String by, Instant at, boolean automatically) {
        requirePending();
        status = RequestStatus.APPROVED;
        decidedBy = by;
        decidedAt = at;
        autoApproved = automatically;
    }

    void reject(String by, Instant at, String reason) {
        requirePending();
        status = RequestStatus.REJECTED;
        decidedBy = by;
        decidedAt = at;
        decisionReason = reason;
    }

    private void requirePending() {
        if (status != RequestStatus.PENDING) {
            throw new IllegalStateException("Request " + id + " is " + status + ", not pending");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() { return id; }
    public Long getApplicantId() { return applicantId; }
    public RequestStatus getStatus() { return status; }
    public DocumentType getDocumentType() { return documentType; }
    public String getDocumentNumber() { return documentNumber; }
    public UUID getPhotoDocumentId() { return photoDocumentId; }
    public String getBirthCountry() { return birthCountry; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getGender() { return gender; }
    public String getProvinceOfOrigin() { return provinceOfOrigin; }
    public String getEducationLevel() { return educationLevel; }
    public LocalDate getEnrolmentDate() { return enrolmentDate; }
    public String getDepartment() { return department; }
    public String getSchoolingLength() { return schoolingLength; }
    public String getStudyMode() { return studyMode; }
    public String getDiplomaNo() { return diplomaNo; }
    public String getStudentNo() { return studentNo; }
    public LocalDate getGraduationDate() { return graduationDate; }
    public String getMajor() { return major; }
    public String getDegreeType() { return degreeType; }
    public String getStudyCategory() { return studyCategory; }
    public String getDegreeCertificateNo() { return degreeCertificateNo; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isAutoApproved() { return autoApproved; }
    public String getReviewHint() { return reviewHint; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
}
