package io.casehall.creditbank.conversion;

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
 * One conversion application: a learner's own, or an institution's batch of its learners. It runs as one
 * {@code creditConversion} process instance in the receiving institution's tenant; its learners are
 * {@link ConversionItem}s, each decided on its own.
 */
@Entity
@Table(name = "cb_conversion_application")
public class ConversionApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "rule_id", nullable = false, updatable = false)
    private Long ruleId;
    @Column(name = "rule_code", nullable = false, updatable = false)
    private String ruleCode;
    @Column(name = "target_institution_id", nullable = false, updatable = false)
    private Long targetInstitutionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConversionChannel channel;
    @Column(name = "initiator_institution_id", updatable = false)
    private Long initiatorInstitutionId;
    @Column(name = "applicant_id", updatable = false)
    private Long applicantId;
    @Column(name = "batch_name", nullable = false, updatable = false)
    private String batchName;
    @Column(name = "learner_count", nullable = false)
    private int learnerCount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;
    @Column(name = "applied_year", nullable = false, updatable = false)
    private int appliedYear;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ConversionApplication() {
    }

    private ConversionApplication(Long ruleId, String ruleCode, Long targetInstitutionId, ConversionChannel channel,
                                  Long initiatorInstitutionId, Long applicantId, String batchName, String createdBy,
                                  Instant now, int year) {
        this.ruleId = ruleId;
        this.ruleCode = ruleCode;
        this.targetInstitutionId = targetInstitutionId;
        this.channel = channel;
        this.initiatorInstitutionId = initiatorInstitutionId;
        this.applicantId = applicantId;
        this.batchName = batchName;
        this.createdBy = createdBy;
        this.appliedAt = now;
        this.appliedYear = year;
        this.status = ApplicationStatus.PENDING;
    }

    public static ConversionApplication personal(Long ruleId, String ruleCode, Long targetInstitutionId,
                                                 Long applicantId, String learnerName, Instant now, int year) {
        return new ConversionApplication(ruleId, ruleCode, targetInstitutionId, ConversionChannel.PERSONAL, null,
                applicantId, learnerName, "applicant:" + applicantId, now, year);
    }

    public static ConversionApplication batch(Long ruleId, String ruleCode, Long targetInstitutionId,
                                              Long initiatorInstitutionId, String batchName, String createdBy,
                                              Instant now, int year) {
        return new ConversionApplication(ruleId, ruleCode, targetInstitutionId, ConversionChannel.INSTITUTION,
                initiatorInstitutionId, null, batchName, createdBy, now, year);
    }

    public void started(String processInstanceId, int learnerCount) {
        this.processInstanceId = processInstanceId;
        this.learnerCount = learnerCount;
    }

    public void counted(int learnerCount) {
        this.learnerCount = learnerCount;
    }

    public void decided(Instant now) {
        this.status = ApplicationStatus.DECIDED;
        this.decidedAt = now;
    }

    public boolean isPending() {
        return status == ApplicationStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getRuleId() {
        return ruleId;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public Long getTargetInstitutionId() {
        return targetInstitutionId;
    }

    public ConversionChannel getChannel() {
        return channel;
    }

    public Long getInitiatorInstitutionId() {
        return initiatorInstitutionId;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getBatchName() {
        return batchName;
    }

    public int getLearnerCount() {
        return learnerCount;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public int getAppliedYear() {
        return appliedYear;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
