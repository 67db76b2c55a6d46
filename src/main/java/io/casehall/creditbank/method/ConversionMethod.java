package io.casehall.creditbank.method;

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
import java.util.UUID;

/**
 * An institution's conversion method (转换办法): the stamped PDF that says how it converts other achievements. At most
 * one is published per institution at a time (the database holds {@code published_institution_id} unique); only an
 * unpublished one may be edited or deleted.
 */
@Entity
@Table(name = "cb_conversion_method")
public class ConversionMethod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "institution_id", nullable = false, updatable = false)
    private Long institutionId;
    @Column(nullable = false)
    private String name;
    @Column(name = "document_id", nullable = false)
    private UUID documentId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MethodStatus status;
    @Column(name = "published_institution_id")
    private Long publishedInstitutionId;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "published_at")
    private Instant publishedAt;

    protected ConversionMethod() {
    }

    public ConversionMethod(Long institutionId, String name, UUID documentId, String fileName, String uploadedBy,
                            Instant now) {
        this.institutionId = institutionId;
        this.status = MethodStatus.UNPUBLISHED;
        this.uploadedBy = uploadedBy;
        replace(name, documentId, fileName, now);
    }

    /** A new name and/or file; only while unpublished (the caller checks {@link #isEditable()}). */
    public void replace(String name, UUID documentId, String fileName, Instant now) {
        this.name = name;
        if (documentId != null) {
            this.documentId = documentId;
            this.fileName = fileName;
        }
        this.uploadedAt = now;
    }

    public void publish(Instant now) {
        this.status = MethodStatus.PUBLISHED;
        this.publishedInstitutionId = institutionId;
        this.publishedAt = now;
    }

    /** Withdrawn from publication, the method is 未发布 again (the seed) and may be edited or deleted. */
    public void withdraw() {
        this.status = MethodStatus.UNPUBLISHED;
        this.publishedInstitutionId = null;
    }

    public boolean isPublished() {
        return status == MethodStatus.PUBLISHED;
    }

    public boolean isEditable() {
        return !isPublished();
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

    public UUID getDocumentId() {
        return documentId;
    }

    public String getFileName() {
        return fileName;
    }

    public MethodStatus getStatus() {
        return status;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
