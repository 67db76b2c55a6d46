package io.casehall.creditbank.conversion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One learner's conversion within an application (a row of 转换记录). The source columns copy the learner's
 * achievement as it was when applied. Rows are written in batches by {@link ConversionItemWriter} and decided in
 * bulk by {@link ConversionDecisions}; this mapping reads them.
 */
@Entity
@Table(name = "cb_conversion_item")
public class ConversionItem {

    @Id
    private Long id;
    @Version
    private long version;
    @Column(name = "application_id", nullable = false)
    private Long applicationId;
    @Column(name = "rule_id", nullable = false)
    private Long ruleId;
    @Column(name = "rule_code", nullable = false)
    private String ruleCode;
    @Column(name = "target_institution_id", nullable = false)
    private Long targetInstitutionId;
    @Column(name = "initiator_institution_id")
    private Long initiatorInstitutionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversionChannel channel;
    @Column(name = "learner_name", nullable = false)
    private String learnerName;
    @Column(name = "id_number", nullable = false)
    private String idNumber;
    @Column(name = "applicant_id")
    private Long applicantId;
    @Column(name = "source_learner_achievement_id", nullable = false)
    private Long sourceLearnerAchievementId;
    @Column(name = "source_name", nullable = false)
    private String sourceName;
    @Column(name = "personal_no", nullable = false)
    private String personalNo;
    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;
    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;
    @Column(name = "applied_year", nullable = false)
    private int appliedYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConversionItemStatus status;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ConversionItem() {
    }

    public boolean isPending() {
        return status == ConversionItemStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
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

    public Long getInitiatorInstitutionId() {
        return initiatorInstitutionId;
    }

    public ConversionChannel getChannel() {
        return channel;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public Long getSourceLearnerAchievementId() {
        return sourceLearnerAchievementId;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getPersonalNo() {
        return personalNo;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public int getAppliedYear() {
        return appliedYear;
    }

    public ConversionItemStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
