package io.casehall.archive;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The case file of one archive application (申请单): what was asked, how it is handled, paid and delivered. */
@Entity
@Table(name = "archive_application")
public class ArchiveApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String number;

    @Column(name = "submission_key", nullable = false)
    private String submissionKey;

    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArchiveServiceType service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StudyStage stage;

    @Column(name = "student_no")
    private String studentNo;
    /** The graduate registry does not know the student number: staff check it (a warning on the case). */
    @Column(name = "student_no_unverified", nullable = false)
    private boolean studentNoUnverified;
    @Column(name = "education_level")
    private String educationLevel;
    @Column(name = "enrolment_date")
    private LocalDate enrolmentDate;
    @Column(name = "graduation_date")
    private LocalDate graduationDate;
    private String department;
    private String major;
    @Column(name = "schooling_length")
    private String schoolingLength;
    @Column(name = "degree_type")
    private String degreeType;
    @Column(name = "study_mode")
    private String studyMode;
    @Column(name = "study_category")
    private String studyCategory;

    @Embedded
    private ArchiveDelivery delivery;
    @Column(name = "applicant_remark")
    private String applicantRemark;
    /** The notes sent with each correction, one entry a line, oldest first; the original remark stays as it was. */
    @Column(name = "correction_notes", length = 4000)
    private String correctionNotes;

    @Column(name = "fee_required", nullable = false)
    private boolean feeRequired;
    @Column(name = "proofreading_required", nullable = false)
    private boolean proofreadingRequired;
    @Column(name = "email_allowed", nullable = false)
    private boolean emailAllowed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;
    @Column(name = "staff_opinion")
    private String staffOpinion;
    private String handler;
    @Column(name = "handled_at")
    private Instant handledAt;

    @Embedded
    private ArchivePayment payment = new ArchivePayment();

    @Column(name = "proofreading_remark")
    private String proofreadingRemark;
    @Column(name = "proofreading_reply")
    private String proofreadingReply;
    @Column(name = "proofread_at")
    private Instant proofreadAt;

    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "expected_by")
    private LocalDate expectedBy;
    @Column(name = "previous_application_id")
    private Long previousApplicationId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ArchiveItem> items = new ArrayList<>();

    protected ArchiveApplication() {
    }

    public ArchiveApplication(String number, String submissionKey, Long applicantId, ApplicationForm form,
                       ServiceVariant variant, LocalDate expectedBy, Instant now) {
        this.number = number;
        this.submissionKey = submissionKey;
        this.applicantId = applicantId;
        this.service = form.getService();
        this.stage = form.getStage();
        this.studentNo = blankToNull(form.getStudentNo());
        this.educationLevel = blankToNull(form.getEducationLevel());
        this.enrolmentDate = form.getEnrolmentDate();
        this.graduationDate = form.getGraduationDate();
        this.department = blankToNull(form.getDepartment());
        this.major = blankToNull(form.getMajor());
        this.schoolingLength = blankToNull(form.getSchoolingLength());
        this.degreeType = blankToNull(form.getDegreeType());
        this.studyMode = blankToNull(form.getStudyMode());
        this.studyCategory = blankToNull(form.getStudyCategory());
        this.delivery = new ArchiveDelivery(form);
        this.applicantRemark = blankToNull(form.getRemark());
        this.feeRequired = variant.feeRequired();
        this.proofreadingRequired = variant.proofreadingRequired();
        this.emailAllowed = variant.emailAllowed();
        this.expectedBy = expectedBy;
        this.previousApplicationId = form.getPreviousApplicationId();
        this.submittedAt = now;
        this.statusChangedAt = now;
    }

    /** The student number as checked against the graduate registry (see {@code submission.ApplicantIdentity}). */
    public void studentNoChecked(String studentNo, boolean unverified) {
        this.studentNo = studentNo;
        this.studentNoUnverified = unverified;
    }

    public ArchiveItem addItem(ArchiveItemType type, int copies) {
        ArchiveItem item = new ArchiveItem(this, type, copies, items.size());
        items.add(item);
        return item;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void moveTo(ApplicationStatus next, Instant now) {
        this.status = next;
        this.statusChangedAt = now;
    }

    public void handledBy(String staffUser, Instant now) {
        this.handler = staffUser;
        this.handledAt = now;
    }

    public void staffOpinion(String opinion) {
        this.staffOpinion = blankToNull(opinion);
    }

    /** Resubmitted after 退回修改: the note (if any) is added as its own entry; the original remark is kept. */
    void correctedByApplicant(String note, Instant now) {
        this.correctionNotes = CorrectionNotes.append(correctionNotes, note);
        moveTo(ApplicationStatus.SUBMITTED, now);
    }

    /** The correction notes, oldest first (empty when there were none). */
    public List<String> getCorrectionNotes() {
        return CorrectionNotes.split(correctionNotes);
    }


    /** The fee and its payment (see {@link ArchivePayment}); callers change it through this. */
    public ArchivePayment payment() {
        return payment;
    }

    public void cancelled(String reason, Instant now) {
        this.cancelReason = reason;
        payment.cancelled(reason);
        moveTo(ApplicationStatus.CANCELLED, now);
    }

    public void proofreadingRequested(Instant now) {
        moveTo(ApplicationStatus.PROOFREADING, now);
    }

    void proofread(String remark, Instant now) {
        this.proofreadingRemark = blankToNull(remark);
        this.proofreadAt = now;
    }

    public void proofreadingAnswered(String reply) {
        this.proofreadingReply = blankToNull(reply);
    }

    void proofreadingFinished(Instant now) {
        moveTo(ApplicationStatus.IN_PROGRESS, now);
    }

    public void delivered(String pickupPlace, String pickupTime, String trackingNumber) {
        delivery.delivered(pickupPlace, pickupTime, trackingNumber);
    }

    public void completed(Instant now) {
        this.completedAt = now;
        moveTo(ApplicationStatus.COMPLETED, now);
    }

    public Optional<ArchiveItem> item(Long itemId) {
        return items.stream().filter(item -> item.getId().equals(itemId)).findFirst();
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getApplicantId() { return applicantId; }
    public ArchiveServiceType getService() { return service; }
    public StudyStage getStage() { return stage; }
    public String getStudentNo() { return studentNo; }
    public boolean isStudentNoUnverified() { return studentNoUnverified; }
    public String getEducationLevel() { return educationLevel; }
    public LocalDate getEnrolmentDate() { return enrolmentDate; }
    public LocalDate getGraduationDate() { return graduationDate; }
    public String getDepartment() { return department; }
    public String getMajor() { return major; }
    public String getSchoolingLength() { return schoolingLength; }
    public String getDegreeType() { return degreeType; }
    public String getStudyMode() { return studyMode; }
    public String getStudyCategory() { return studyCategory; }
    public DeliveryMode getDeliveryMode() { return delivery.mode(); }
    public String getRecipientName() { return delivery.recipientName(); }
    public String getRecipientPhone() { return delivery.recipientPhone(); }
    public String getPostalAddress() { return delivery.postalAddress(); }
    public String getApplicantRemark() { return applicantRemark; }
    public boolean isFeeRequired() { return feeRequired; }
    public boolean isProofreadingRequired() { return proofreadingRequired; }
    public boolean isEmailAllowed() { return emailAllowed; }
    public ApplicationStatus getStatus() { return status; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public String getStaffOpinion() { return staffOpinion; }
    public String getHandler() { return handler; }
    public Instant getHandledAt() { return handledAt; }
    public BigDecimal getFeeAmount() { return payment.feeAmount(); }
    public PaymentStatus getPaymentStatus() { return payment.status(); }
    public Instant getPaymentRaisedAt() { return payment.raisedAt(); }
    public Instant getPaidAt() { return payment.paidAt(); }
    public Instant getPaymentConfirmedAt() { return payment.confirmedAt(); }
    public Instant getRefundedAt() { return payment.refundedAt(); }
    public String getRefundReference() { return payment.refundReference(); }
    public String getProofreadingRemark() { return proofreadingRemark; }
    public String getProofreadingReply() { return proofreadingReply; }
    public Instant getProofreadAt() { return proofreadAt; }
    public String getPickupPlace() { return delivery.pickupPlace(); }
    public String getPickupTime() { return delivery.pickupTime(); }
    public String getTrackingNumber() { return delivery.trackingNumber(); }
    public Instant getCompletedAt() { return completedAt; }
    public String getCancelReason() { return cancelReason; }
    public LocalDate getExpectedBy() { return expectedBy; }
    public Long getPreviousApplicationId() { return previousApplicationId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public List<ArchiveItem> getItems() { return items; }
}
