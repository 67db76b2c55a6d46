package io.casehall.deposit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The case file of one application of the archive office (存档, 转出, 证明): what was stated, every audit round, the envelope. */
@Entity
@Table(name = "deposit_application")
public class DepositApplication {

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
    private DepositServiceType service;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepositStatus status;
    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    private String gender;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Embedded
    private DepositParticulars particulars;
    @Column(name = "agreement_accepted_at")
    private Instant agreementAcceptedAt;
    @ElementCollection
    @CollectionTable(name = "deposit_history_row", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<HistoryRow> domesticHistory = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "deposit_study_row", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<StudyRow> overseasStudy = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "deposit_upload", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<DepositUpload> uploads = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "deposit_audit_round", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<AuditRound> auditRounds = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "deposit_envelope_event", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<EnvelopeEvent> envelopeEvents = new ArrayList<>();
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** The sealed document issued on approval (transfer notice, transfer letter or certificate). */
    @Column(name = "document_ref")
    private String documentRef;
    @Column(name = "archive_number")
    private String archiveNumber;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected DepositApplication() {
    }

    public DepositApplication(String number, String submissionKey, Long applicantId, DepositServiceType service,
                              String fullName, String gender, String idNumber, Instant now) {
        this.number = number;
        this.submissionKey = submissionKey;
        this.applicantId = applicantId;
        this.service = service;
        this.fullName = fullName;
        this.gender = gender;
        this.idNumber = idNumber;
        this.submittedAt = now;
        moveTo(DepositStatus.SUBMITTED, now);
    }

    /** What the (checked) form states; replaces the previous statement on a modification. */
    public void stated(DepositParticulars particulars, List<HistoryRow> history, List<StudyRow> study,
                       List<DepositUpload> files, Instant agreementAcceptedAt) {
        this.particulars = particulars;
        this.domesticHistory.clear();
        this.domesticHistory.addAll(history);
        this.overseasStudy.clear();
        this.overseasStudy.addAll(study);
        this.uploads.clear();
        this.uploads.addAll(files);
        this.agreementAcceptedAt = agreementAcceptedAt;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** An auditor took the application (or gave it back: then it waits again). */
    public void auditorAssigned(boolean assigned, Instant now) {
        if (assigned && status == DepositStatus.SUBMITTED) {
            moveTo(DepositStatus.IN_AUDIT, now);
        } else if (!assigned && status == DepositStatus.IN_AUDIT) {
            moveTo(DepositStatus.SUBMITTED, now);
        }
    }

    public void audited(String decision, String reason, String decidedBy, Instant now) {
        boolean approved = ArchiveDepositProcess.DECISION_APPROVE.equals(decision);
        auditRounds.add(new AuditRound(auditRounds.size() + 1, decision, approved ? null : reason, decidedBy, now));
        decidedAt = now;
        moveTo(approved ? DepositStatus.APPROVED : DepositStatus.REJECTED, now);
    }

    public void resubmitted(Instant now) {
        moveTo(DepositStatus.SUBMITTED, now);
    }

    public void documentIssued(String documentRef) {
        this.documentRef = documentRef;
    }

    public void envelopeReceived(String archiveNumber, String by, Instant now) {
        this.archiveNumber = archiveNumber;
        envelopeEvents.add(new EnvelopeEvent(EnvelopeEvent.Kind.RECEIVED, null, by, now));
        closedAt = now;
        moveTo(DepositStatus.DEPOSITED, now);
    }

    public void envelopeReturned(String reason, String by, Instant now) {
        envelopeEvents.add(new EnvelopeEvent(EnvelopeEvent.Kind.RETURNED, reason, by, now));
    }

    public void envelopeReminded(Instant now) {
        envelopeEvents.add(new EnvelopeEvent(EnvelopeEvent.Kind.REMINDED, null, null, now));
    }

    public void lapsed(Instant now) {
        envelopeEvents.add(new EnvelopeEvent(EnvelopeEvent.Kind.LAPSED, null, null, now));
        closedAt = now;
        moveTo(DepositStatus.LAPSED, now);
    }

    public void completed(Instant now) {
        closedAt = now;
        moveTo(DepositStatus.COMPLETED, now);
    }

    public void cancelled(Instant now) {
        closedAt = now;
        moveTo(DepositStatus.CANCELLED, now);
    }

    private void moveTo(DepositStatus next, Instant now) {
        this.status = next;
        this.statusChangedAt = now;
    }

    /** The last audit round, if any. */
    public Optional<AuditRound> latestRound() {
        return auditRounds.isEmpty() ? Optional.empty() : Optional.of(auditRounds.get(auditRounds.size() - 1));
    }

    /** The reason of the latest rejection while the application is rejected (审核不通过 (reason)). */
    public String getRejectionReason() {
        return status == DepositStatus.REJECTED ? latestRound().map(AuditRound::getReason).orElse(null) : null;
    }

    /** 审核/取消时间 of the seed's list: the last decision, or when it was cancelled. */
    public Instant getDecidedOrCancelledAt() {
        return status == DepositStatus.CANCELLED ? closedAt : decidedAt;
    }

    public Optional<DepositUpload> upload(java.util.UUID documentId) {
        return uploads.stream().filter(u -> u.getDocumentId().equals(documentId)).findFirst();
    }

    /** Loads the rows while a transaction is open, so callers outside it (pages, views) can read them. */
    public void initializeRows() {
        org.hibernate.Hibernate.initialize(domesticHistory);
        org.hibernate.Hibernate.initialize(overseasStudy);
        org.hibernate.Hibernate.initialize(uploads);
        org.hibernate.Hibernate.initialize(auditRounds);
        org.hibernate.Hibernate.initialize(envelopeEvents);
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getSubmissionKey() { return submissionKey; }
    public Long getApplicantId() { return applicantId; }
    public DepositServiceType getService() { return service; }
    public DepositStatus getStatus() { return status; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public String getFullName() { return fullName; }
    public String getGender() { return gender; }
    public String getIdNumber() { return idNumber; }
    public DepositParticulars getParticulars() { return particulars; }
    public Instant getAgreementAcceptedAt() { return agreementAcceptedAt; }
    public List<HistoryRow> getDomesticHistory() { return List.copyOf(domesticHistory); }
    public List<StudyRow> getOverseasStudy() { return List.copyOf(overseasStudy); }
    public List<DepositUpload> getUploads() { return List.copyOf(uploads); }
    public List<AuditRound> getAuditRounds() { return List.copyOf(auditRounds); }
    public List<EnvelopeEvent> getEnvelopeEvents() { return List.copyOf(envelopeEvents); }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getDocumentRef() { return documentRef; }
    public String getArchiveNumber() { return archiveNumber; }
    public String getProcessInstanceId() { return processInstanceId; }
}
