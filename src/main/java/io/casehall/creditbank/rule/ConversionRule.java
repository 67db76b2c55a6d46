package io.casehall.creditbank.rule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A conversion rule (转换规则) of the institution that publishes it, which is the receiving institution: learners
 * holding every source achievement may have them converted into its target major and/or course. Only a 未发布 or
 * 下架 rule may be changed or deleted; a published one is withdrawn first.
 */
@Entity
@Table(name = "cb_conversion_rule")
public class ConversionRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;
    @Column(nullable = false, updatable = false)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_type", nullable = false)
    private ConversionRuleType type;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cb_conversion_rule_source", joinColumns = @JoinColumn(name = "rule_id"))
    private List<RuleSource> sources = new ArrayList<>();
    @Column(name = "target_major_id")
    private Long targetMajorId;
    @Column(name = "target_course_id")
    private Long targetCourseId;
    @Column(nullable = false)
    private String description;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RuleStatus status;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ConversionRule() {
    }

    public ConversionRule(Long institutionId, String code, String createdBy, Instant now) {
        this.institutionId = institutionId;
        this.code = code;
        this.status = RuleStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The rule's content; only while {@link #isEditable()} (the caller checks). A null document keeps the file. */
    public void define(ConversionRuleType type, List<RuleSource> sources, Long targetMajorId, Long targetCourseId,
                       String description, UUID documentId, String fileName, Instant now) {
        this.type = type;
        this.sources.clear();
        this.sources.addAll(sources);
        this.targetMajorId = targetMajorId;
        this.targetCourseId = targetCourseId;
        this.description = description;
        if (documentId != null) {
            this.documentId = documentId;
            this.fileName = fileName;
        }
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        this.status = RuleStatus.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    public void withdraw(Instant now) {
        this.status = RuleStatus.WITHDRAWN;
        this.withdrawnAt = now;
        this.updatedAt = now;
    }

    public boolean isPublished() {
        return status == RuleStatus.PUBLISHED;
    }

    /** 未发布 and 下架 rules may be modified or deleted (the seed). */
    public boolean isEditable() {
        return status != RuleStatus.PUBLISHED;
    }

    public List<Long> sourceAchievementIds() {
        return sources.stream().map(RuleSource::getAchievementId).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public String getCode() {
        return code;
    }

    public ConversionRuleType getType() {
        return type;
    }

    public List<RuleSource> getSources() {
        return List.copyOf(sources);
    }

    public Long getTargetMajorId() {
        return targetMajorId;
    }

    public Long getTargetCourseId() {
        return targetCourseId;
    }

    public String getDescription() {
        return description;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public String getFileName() {
        return fileName;
    }

    public RuleStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
