package io.casehall.creditbank.feedback;

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
 * A learner's feedback on one of their achievements. The learner's name, ID number and the achievement's name are
 * kept as they were when the feedback was given (the institution's list filters and shows them without joins).
 */
@Entity
@Table(name = "cb_feedback")
public class Feedback {

    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;
    @Column(name = "learner_achievement_id", nullable = false, updatable = false)
    private Long learnerAchievementId;
    @Column(name = "applicant_id", nullable = false, updatable = false)
    private Long applicantId;
    @Column(name = "learner_name", nullable = false, updatable = false)
    private String learnerName;
    @Column(name = "id_number", nullable = false, updatable = false)
    private String idNumber;
    @Column(name = "achievement_name", nullable = false, updatable = false)
    private String achievementName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FeedbackCategory category;
    @Column(nullable = false, updatable = false, length = MAX_TEXT)
    private String content;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeedbackStatus status;
    @Column(length = MAX_TEXT)
    private String reply;
    @Column(name = "replied_by")
    private String repliedBy;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Feedback() {
    }

    Feedback(Long institutionId, Long learnerAchievementId, Long applicantId, String learnerName, String idNumber,
             String achievementName, FeedbackCategory category, String content, Instant now) {
        this.institutionId = institutionId;
        this.learnerAchievementId = learnerAchievementId;
        this.applicantId = applicantId;
        this.learnerName = learnerName;
        this.idNumber = idNumber;
        this.achievementName = achievementName;
        this.category = category;
        this.content = content;
        this.status = FeedbackStatus.UNRESOLVED;
        this.createdAt = now;
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void answered(FeedbackStatus outcome, String reply, String by, Instant at) {
        this.status = outcome;
        this.reply = reply;
        this.repliedBy = by;
        this.repliedAt = at;
    }

    public boolean isOpen() {
        return status == FeedbackStatus.UNRESOLVED;
    }

    public Long getId() {
        return id;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public Long getLearnerAchievementId() {
        return learnerAchievementId;
    }

    public Long getApplicantId() {
        return applicantId;
    }

    public String getLearnerName() {
        return learnerName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getAchievementName() {
        return achievementName;
    }

    public FeedbackCategory getCategory() {
        return category;
    }

    public String getContent() {
        return content;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public String getReply() {
        return reply;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
