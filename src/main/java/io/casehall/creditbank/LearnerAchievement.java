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
import java.time.LocalDate;
import java.util.UUID;

/**
 * A learner's achievement (学员成果) stored by the institution against one of its achievements: the learner's name and
 * ID number as awarded, the personal achievement number (个人成果编号, unique within the institution) and the issue
 * date. Withdrawn (撤回) with a reason and a reason file, never deleted.
 */
@Entity
@Table(name = "cb_learner_achievement")
public class LearnerAchievement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;
    @Column(name = "achievement_id", nullable = false, updatable = false)
    private Long achievementId;
    @Column(name = "learner_id", nullable = false, updatable = false)
    private Long learnerId;
    @Column(name = "learner_name", nullable = false, updatable = false)
    private String learnerName;
    @Column(name = "id_number", nullable = false, updatable = false)
    private String idNumber;
    @Column(name = "personal_no", nullable = false, updatable = false)
    private String personalNo;
    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;
    @Column(name = "stored_year", nullable = false, updatable = false)
    private int storedYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LearnerAchievementStatus status;
    @Column(name = "withdraw_reason")
    private String withdrawReason;
    @Column(name = "withdraw_document_id")
    private UUID withdrawDocumentId;
    @Column(name = "withdrawn_by")
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LearnerAchievement() {
    }

    public LearnerAchievement(Achievement achievement, Learner learner, String personalNo, LocalDate issueDate,
                              int storedYear, String createdBy, Instant now) {
        if (!achievement.getInstitutionId().equals(learner.getInstitutionId())) {
            throw new IllegalArgumentException("achievement and learner belong to different institutions");
        }
        this.institutionId = achievement.getInstitutionId();
        this.achievementId = achievement.getId();
        this.learnerId = learner.getId();
        this.learnerName = learner.getName();
        this.idNumber = learner.getIdNumber();
        this.personalNo = personalNo;
        this.issueDate = issueDate;
        this.storedYear = storedYear;
        this.status = achievement.getRecognition() == RecognitionStatus.RECOGNISED
                ? LearnerAchievementStatus.BANK_STORED : LearnerAchievementStatus.INSTITUTION_STORED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public boolean isWithdrawn() {
        return status == LearnerAchievementStatus.WITHDRAWN;
    }

    public void withdraw(String reason, UUID documentId, String by, Instant now) {
        this.status = LearnerAchievementStatus.WITHDRAWN;
        this.withdrawReason = reason;
        this.withdrawDocumentId = documentId;
        this.withdrawnBy = by;
        this.withdrawnAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Long getAchievementId() {
        return achievementId;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPersonalNo() {
        return personalNo;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public int getStoredYear() {
        return storedYear;
    }

    public LearnerAchievementStatus getStatus() {
        return status;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public UUID getWithdrawDocumentId() {
        return withdrawDocumentId;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
