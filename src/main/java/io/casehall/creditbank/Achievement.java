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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An achievement an institution stores (机构成果): a certificate or course it awards. Saved achievements are
 * immutable (the seed: delete and add again); only their recognition by the credit bank changes.
 */
@Entity
@Table(name = "cb_achievement")
public class Achievement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;
    @Column(nullable = false, updatable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AchievementCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AchievementSubtype subtype;
    @Column(nullable = false, updatable = false)
    private String issuer;
    @Column(updatable = false)
    private String level;
    @Column(updatable = false)
    private String discipline;
    @Column(name = "major_class", updatable = false)
    private String majorClass;
    @Column(updatable = false)
    private String major;
    @Column(name = "major_code", updatable = false)
    private String majorCode;
    @Column(name = "graduation_conclusion", updatable = false)
    private String graduationConclusion;
    @Column(name = "study_years", updatable = false)
    private BigDecimal studyYears;
    @Column(name = "original_hours", updatable = false)
    private BigDecimal originalHours;
    @Column(name = "original_credits", updatable = false)
    private BigDecimal originalCredits;
    @Column(name = "min_graduation_credits", updatable = false)
    private BigDecimal minGraduationCredits;
    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;
    @Column(nullable = false, updatable = false)
    private String introduction;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecognitionStatus recognition;
    @Column(name = "recognition_process_id")
    private String recognitionProcessId;
    @Column(name = "recognition_remark")
    private String recognitionRemark;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Achievement() {
    }

    public Achievement(Long institutionId, AchievementData data, String createdBy, Instant now) {
        this.institutionId = institutionId;
        this.name = data.name();
        this.subtype = data.subtype();
        this.category = data.subtype().category();
        this.issuer = data.issuer();
        this.level = data.level();
        this.discipline = data.discipline();
        this.majorClass = data.majorClass();
        this.major = data.major();
        this.majorCode = data.majorCode();
        this.graduationConclusion = data.graduationConclusion();
        this.studyYears = data.studyYears();
        this.originalHours = data.originalHours();
        this.originalCredits = data.originalCredits();
        this.minGraduationCredits = data.minGraduationCredits();
        this.validFrom = data.validFrom();
        this.introduction = data.introduction();
        this.recognition = RecognitionStatus.UNRECOGNISED;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public AchievementData data() {
        return new AchievementData(name, subtype, issuer, level, discipline, majorClass, major, majorCode,
                graduationConclusion, studyYears, originalHours, originalCredits, minGraduationCredits, validFrom,
                introduction);
    }

    /** Only 未认定 achievements may be deleted (the seed). */
    public boolean isDeletable() {
        return recognition == RecognitionStatus.UNRECOGNISED;
    }

    public void recognitionStarted(String processInstanceId) {
        this.recognition = RecognitionStatus.RECOGNISING;
        this.recognitionProcessId = processInstanceId;
    }

    /** The credit bank's decision: recognised, or back to 未认定 with the remark saying why. */
    public void recognitionDecided(boolean recognised, String remark) {
        this.recognition = recognised ? RecognitionStatus.RECOGNISED : RecognitionStatus.UNRECOGNISED;
        this.recognitionRemark = remark;
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

    public AchievementCategory getCategory() {
        return category;
    }

    public AchievementSubtype getSubtype() {
        return subtype;
    }

    public String getIssuer() {
        return issuer;
    }

    public RecognitionStatus getRecognition() {
        return recognition;
    }

    public String getRecognitionProcessId() {
        return recognitionProcessId;
    }

    public String getRecognitionRemark() {
        return recognitionRemark;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
